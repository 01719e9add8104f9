import 'server-only'
import fs from 'node:fs/promises'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

// A4 in points; the top and bottom margins leave room for the protective marking and the footer drawn last.
const WIDTH = 595.28
const HEIGHT = 841.89
const LEFT = 56
const CONTENT = WIDTH - 2 * LEFT
const TOP = HEIGHT - 64
const BOTTOM = 72
const BLACK = rgb(0, 0, 0)
const GREY = rgb(0.35, 0.35, 0.35)
const RULE = rgb(0.75, 0.75, 0.75)
const BODY = 10
const LEADING = 1.4
const HEADING_SIZE = { 1: 16, 2: 13, 3: 11.5, 4: BODY } as const
const HEADING_GAP = { 1: 0, 2: 10, 3: 8, 4: 4 } as const
const RULE_HEIGHT = 12
/** Table text: 9 pt, shrunk as far as 6 pt for a word to fit its column. */
const TABLE_SIZE = 9
const MIN_TABLE_SIZE = 6

// The standard 14 PDF fonts have no ŵ or ŷ, so DejaVu Sans is embedded. The path is built from the working
// directory (the app root under `next start` and vitest) rather than require.resolve, which bundlers rewrite into
// a module id; next.config.ts traces these two files into the server output.
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')
let fontFiles: Promise<[Uint8Array, Uint8Array]> | undefined

function loadFonts() {
  fontFiles ??= Promise.all([fs.readFile(path.join(FONT_DIR, 'DejaVuSans.ttf')), fs.readFile(path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'))]).catch((e: unknown) => {
    fontFiles = undefined
    throw e
  })
  return fontFiles
}

// pdf-lib draws glyphs at their advance widths and drops the offsets that kerning and mark placement compute, so
// turning those features off changes nothing drawn and makes each line about a third quicker to encode.
const NO_POSITIONING = { kern: false, mark: false, mkmk: false }

// Width at size 1 of each character drawn so far, by weight; the fonts never change, so documents share it.
const advances = new Map<string, number>()

// Typed text may hold tabs, carriage returns or other control characters that have no glyph and no width.
const clean = (s: string) => s.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '')

type TextStyle = { size?: number; bold?: boolean; grey?: boolean }
type TableOptions = { caption?: string; header?: string[]; boldFirstColumn?: boolean; rules?: boolean }

/** Lays text out top to bottom on A4 pages, wrapping lines and starting new pages as it goes. */
export class PdfWriter {
  private page!: PDFPage
  private y = TOP
  private readonly pageFonts = new WeakMap<PDFPage, PDFFont>()

  private constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage()
  }

  static async create(meta: { title: string; lang: string }) {
    const doc = await PDFDocument.create()
    doc.registerFontkit(fontkit)
    const [regular, bold] = await loadFonts()
    // Subsetting keeps a few pages of minutes at tens of kilobytes instead of the 1.4 MB of both whole fonts.
    const writer = new PdfWriter(doc, await doc.embedFont(regular, { subset: true, features: NO_POSITIONING }), await doc.embedFont(bold, { subset: true, features: NO_POSITIONING }))
    doc.setTitle(meta.title, { showInWindowTitleBar: true })
    doc.setLanguage(meta.lang)
    doc.setCreator('Llwybr')
    doc.setProducer('Llwybr')
    return writer
  }

  private newPage() {
    this.page = this.doc.addPage([WIDTH, HEIGHT])
    this.y = TOP
  }

  private font(bold?: boolean) {
    return bold ? this.bold : this.regular
  }

  /** Starts a new page unless `height` still fits on this one (keeps a heading with what follows it). */
  private ensure(height: number) {
    if (this.y - height < BOTTOM && this.y < TOP) this.newPage()
  }

  /**
   * Sums cached widths of single characters: measuring through the font shapes the whole string each time, which
   * made wrapping 8,000 characters take a tenth of a second. pdf-lib draws without kerning, so the sum is what is
   * drawn (a ligature only makes the line narrower).
   */
  width(text: string, style: TextStyle = {}) {
    const font = this.font(style.bold)
    let width = 0
    for (const ch of text) {
      const key = `${style.bold ? 'b' : 'r'}${ch}`
      let w = advances.get(key)
      if (w === undefined) advances.set(key, (w = font.widthOfTextAtSize(ch, 1)))
      width += w
    }
    return width * (style.size ?? BODY)
  }

  /** Greedy word wrap: paragraphs keep their line breaks, runs of spaces collapse to one. */
  wrap(text: string, width: number, style: TextStyle = {}): string[] {
    const measure = (s: string) => this.width(s, style)
    const space = measure(' ')
    const lines: string[] = []
    for (const paragraph of clean(text).split('\n')) {
      let line = ''
      let lineWidth = 0
      const flush = () => {
        if (line) lines.push(line)
        line = ''
        lineWidth = 0
      }
      // `gap` is the width of what joins the piece to the line: a space between words, nothing between characters.
      const add = (piece: string, pieceWidth: number, gap: number) => {
        if (line && lineWidth + gap + pieceWidth > width) flush()
        if (line) {
          line += gap ? ' ' : ''
          lineWidth += gap
        }
        line += piece
        lineWidth += pieceWidth
      }
      for (const word of paragraph.split(' ').filter(Boolean)) {
        const w = measure(word)
        if (w <= width) add(word, w, space)
        else {
          // A word wider than the line (a link, a long reference) starts a line and breaks between characters.
          flush()
          for (const ch of word) add(ch, measure(ch), 0)
        }
      }
      lines.push(line)
    }
    return lines
  }

  private drawLine(text: string, x: number, style: TextStyle) {
    if (!text) return
    const size = style.size ?? BODY
    // Passing `font` to drawText adds two font entries to the page's resources per call; switching only when the
    // font changes adds one per switch.
    const font = this.font(style.bold)
    if (this.pageFonts.get(this.page) !== font) {
      this.page.setFont(font)
      this.pageFonts.set(this.page, font)
    }
    this.page.drawText(text, { x, y: this.y - size, size, color: style.grey ? GREY : BLACK })
  }

  text(text: string, style: TextStyle = {}) {
    const lineHeight = (style.size ?? BODY) * LEADING
    for (const line of this.wrap(text, CONTENT, style)) {
      this.ensure(lineHeight)
      this.drawLine(line, LEFT, style)
      this.y -= lineHeight
    }
  }

  /** `keep` is the height of what must follow the heading on its page (by default three lines of text). */
  heading(text: string, level: 1 | 2 | 3 | 4, keep = 3 * BODY * LEADING) {
    const size = HEADING_SIZE[level]
    this.gap(HEADING_GAP[level])
    this.ensure(size * LEADING * this.wrap(text, CONTENT, { size, bold: true }).length + 2 + keep)
    this.text(text, { size, bold: true })
    this.gap(2)
  }

  /**
   * The height a one-line heading of `level` takes with the three lines it keeps, after a rule when `ruled`: the
   * `keep` of a heading directly above it, so the two stay on one page (walk 41 O2: "Nominals discussed" stood alone
   * at a page foot, its first item's ruled heading moved on). Output: points.
   */
  static headingBlock(level: 1 | 2 | 3 | 4, ruled = false) {
    return (ruled ? RULE_HEIGHT : 0) + HEADING_GAP[level] + HEADING_SIZE[level] * LEADING + 2 + 3 * BODY * LEADING
  }

  gap(points: number) {
    this.y -= points
  }

  rule() {
    this.ensure(RULE_HEIGHT)
    this.gap(RULE_HEIGHT / 2)
    this.page.drawLine({ start: { x: LEFT, y: this.y }, end: { x: LEFT + CONTENT, y: this.y }, thickness: 1, color: RULE })
    this.gap(RULE_HEIGHT / 2)
  }

  /**
   * Columns take `widths` as shares of the text width. The caption, header and first row stay together, and a row
   * moves to the next page whole (under the header again) unless it is taller than a page. Body text is 9 pt; the
   * header is set at the largest size up to 9 pt (not under 6) at which every heading word fits its column, so a
   * narrow column wraps between words rather than breaking one across lines (issue 14: board pack headings broke
   * mid-word). Callers keep columns wide enough for that (board-pack-columns.ts).
   */
  table(widths: number[], rows: string[][], options: TableOptions = {}) {
    const pad = 3
    const columns = widths.map((w, i) => ({ x: LEFT + CONTENT * widths.slice(0, i).reduce((a, b) => a + b, 0), width: CONTENT * w }))
    const bodyBold = (i: number) => i === 0 && !!options.boldFirstColumn
    // The size at which the widest word of each of `cells` still fits its column.
    const fitting = (cells: string[], bold: (i: number) => boolean) => {
      let size = TABLE_SIZE
      cells.forEach((cell, i) => {
        const room = (columns[i]?.width ?? CONTENT) - 2 * pad
        for (const word of clean(cell).split(/\s+/).filter(Boolean)) size = Math.min(size, room / this.width(word, { size: 1, bold: bold(i) }))
      })
      return Math.max(MIN_TABLE_SIZE, Math.floor(size * 4) / 4)
    }
    const layout = (cells: string[], bold: (i: number) => boolean, size: number) => {
      const lineHeight = size * LEADING
      const lines = columns.map((c, i) => this.wrap(cells[i] ?? '', c.width - 2 * pad, { size, bold: bold(i) }))
      const count = Math.max(1, ...lines.map((l) => l.length))
      return { lines, bold, count, size, lineHeight, height: count * lineHeight + 2 * pad }
    }
    const header = options.header && layout(options.header, () => true, fitting(options.header, () => true))
    const body = rows.map((cells) => layout(cells, bodyBold, TABLE_SIZE))
    if (options.caption) this.heading(options.caption, 4, (header?.height ?? 0) + (body[0]?.height ?? 0))
    const draw = (row: ReturnType<typeof layout>, isHeader: boolean) => {
      this.gap(pad)
      for (let n = 0; n < row.count; n++) {
        if (this.y - row.lineHeight < BOTTOM) {
          this.newPage()
          if (header && !isHeader) draw(header, true)
        }
        columns.forEach((c, i) => this.drawLine(row.lines[i]?.[n] ?? '', c.x + pad, { size: row.size, bold: row.bold(i) }))
        this.y -= row.lineHeight
      }
      this.gap(pad)
      if (options.rules) this.page.drawLine({ start: { x: LEFT, y: this.y }, end: { x: LEFT + CONTENT, y: this.y }, thickness: isHeader ? 1 : 0.5, color: isHeader ? GREY : RULE })
    }
    body.forEach((row, index) => {
      this.ensure(row.height + (header && index === 0 ? header.height : 0))
      if (header && (index === 0 || this.y === TOP)) draw(header, true)
      draw(row, false)
    })
  }

  /** Draws the marking on top of every page and the footer (which may number pages) under it, then saves. */
  async finish(marking: string, footer: (page: number, pages: number) => string) {
    const pages = this.doc.getPages()
    pages.forEach((page, i) => {
      this.page = page
      this.y = HEIGHT - 30
      this.drawLine(marking, LEFT + (CONTENT - this.width(marking, { size: 9, bold: true })) / 2, { size: 9, bold: true })
      this.y = BOTTOM - 24
      for (const line of this.wrap(footer(i + 1, pages.length), CONTENT, { size: 7.5, grey: true })) {
        this.drawLine(line, LEFT + (CONTENT - this.width(line, { size: 7.5 })) / 2, { size: 7.5, grey: true })
        this.y -= 7.5 * LEADING
      }
    })
    // pdf-lib types its output loosely; it is always a fresh ArrayBuffer, which `new Response(bytes)` requires.
    return (await this.doc.save()) as Uint8Array<ArrayBuffer>
  }
}
