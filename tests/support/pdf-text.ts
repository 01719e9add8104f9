import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, type PDFPage } from 'pdf-lib'

function raw(object: unknown): PDFRawStream {
  if (!(object instanceof PDFRawStream)) throw new Error('expected a stream')
  return object
}

/** The text drawn on a page, one string per drawing operation, read back through each font's ToUnicode map. */
export function pageText(page: PDFPage): string[] {
  const fonts = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict)
  const maps = new Map<string, Map<string, string>>()
  for (const [name] of fonts.entries()) {
    const font = fonts.lookup(name, PDFDict)
    const cmap = new TextDecoder().decode(decodePDFRawStream(raw(font.lookup(PDFName.of('ToUnicode')))).decode())
    const map = new Map<string, string>()
    for (const [, gid, hex] of cmap.matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)) map.set(gid!.toLowerCase(), String.fromCharCode(...hex!.match(/.{4}/g)!.map((h) => parseInt(h, 16))))
    maps.set(name.asString(), map)
  }
  const contents = page.node.Contents()!
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => raw(page.doc.context.lookup(ref))) : [raw(contents)]
  const lines: string[] = []
  for (const stream of streams) {
    let font = new Map<string, string>()
    const ops = new TextDecoder().decode(decodePDFRawStream(stream).decode())
    for (const [, fontName, hex] of ops.matchAll(/(\/\S+) [\d.]+ Tf|<([0-9a-fA-F]*)> Tj/g)) {
      if (fontName) font = maps.get(fontName) ?? new Map()
      else lines.push(hex!.match(/.{4}/g)!.map((gid) => font.get(gid.toLowerCase()) ?? '\ufffd').join(''))
    }
  }
  return lines
}

/** Every line of text in a PDF, page after page (for tests that read what a generated PDF says). */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes)
  return doc.getPages().flatMap(pageText)
}
