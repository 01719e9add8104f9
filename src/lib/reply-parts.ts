/**
 * Break 51 F4: a server action body that is JSON but names parts it does not carry (`"$Q1"`, a Map in part 1, sent
 * without part 1) or nests deeper than any form sends left React's decodeReply waiting for the part, and Next answered
 * 500 ("Connection closed"). React's reply format (react-server-dom-webpack, ReplyServer parseModelString): a string
 * "$$…" is a literal "$…"; "$T", "$I", "$u", "$N", "$n…", "$D…", "$-…" and "$K…" (a FormData, made from whatever
 * fields carry its prefix) need no part; every other "$…" refers to a part by a hexadecimal id, after a one-letter tag
 * when it has one, and that part must be there (as a form field named by the id in decimal) and be JSON itself.
 */

const NO_PART = new Set(['$', 'T', 'I', 'u', 'N', 'n', 'D', '-', 'K'])
/** Deeper than any argument a Llwybr form or call sends (a few levels); React walks it recursively. */
const MAX_DEPTH = 64

/** The decimal part id a reference string names, or null when it names none. */
export function partOf(reference: string): string | null {
  if (reference[0] !== '$' || reference.length < 2 || NO_PART.has(reference[1]!)) return null
  const hex = /^[0-9a-f]/.test(reference[1]!) ? reference.slice(1) : reference.slice(2)
  const id = /^[0-9a-f]+/.exec(hex)?.[0]
  return id === undefined ? 'missing' : String(parseInt(id, 16))
}

/**
 * True when the reply rooted at `root` (JSON text) cannot be decoded: not JSON, nested deeper than MAX_DEPTH, or
 * naming a part `part(id)` does not give as JSON text (a file part, for a Blob, counts as given).
 * Input: the root's text; `part`, the body's field by name (always null for a plain JSON body). Output: boolean.
 */
export function isUndecodableReply(root: string, part: (id: string) => FormDataEntryValue | null): boolean {
  const seen = new Set<string>()
  const walk = (value: unknown, depth: number): boolean => {
    if (depth > MAX_DEPTH) return true
    if (typeof value === 'string') {
      const id = partOf(value)
      if (id === null || seen.has(id)) return false
      seen.add(id)
      const given = part(id)
      if (given === null) return true
      return typeof given === 'string' ? parseAndWalk(given, depth + 1) : false
    }
    if (value && typeof value === 'object') return Object.values(value).some((v) => walk(v, depth + 1))
    return false
  }
  const parseAndWalk = (text: string, depth: number): boolean => {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return true
    }
    return walk(parsed, depth)
  }
  return parseAndWalk(root, 0)
}
