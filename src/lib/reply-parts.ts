/**
 * Break 51 F4: a server action body that is JSON but names parts it does not carry (`"$Q1"`, a Map in part 1, sent
 * without part 1) or nests deeper than any form sends left React's decodeReply waiting for the part, and Next answered
 * 500 ("Connection closed"). React's reply format (react-server-dom-webpack, ReplyServer parseModelString): a string
 * "$$…" is a literal "$…"; "$T", "$I", "$u", "$N", "$n…", "$D…", "$-…" and "$K…" (a FormData, made from whatever
 * fields carry its prefix) need no part; every other "$…" refers to a part by a hexadecimal id, after a one-letter tag
 * when it has one, and that part must be there (as a form field named by the id in decimal) and be JSON itself.
 */

const NO_PART = new Set(['$', 'T', 'I', 'u', 'N', 'D', '-', 'K'])
/** Deeper than any argument a Llwybr form or call sends (a few levels); React walks it recursively. */
const MAX_DEPTH = 64

/**
 * The decimal part id a reference string names, or null when it names none, or 'missing' when it is malformed: a
 * BigInt that is no whole number ("$nx"), a server reference ("$F…", never an argument Llwybr sends), no id at all.
 */
export function partOf(reference: string): string | null {
  if (reference[0] !== '$' || reference.length < 2) return null
  const tag = reference[1]!
  if (tag === 'n') return /^\$n-?\d+$/.test(reference) ? null : 'missing'
  if (NO_PART.has(tag)) return null
  if (tag === 'F') return 'missing'
  const hex = /^[0-9a-f]/.test(tag) ? reference.slice(1) : reference.slice(2)
  const id = /^[0-9a-f]+/.exec(hex)?.[0]
  return id === undefined ? 'missing' : String(parseInt(id, 16))
}

/** The property path after a part reference's id ("$1:a:b" → ["a", "b"]). */
const pathOf = (reference: string): string[] => reference.split(':').slice(1)

/** Whether `path` leads through own properties of `value` (never "__proto__", "constructor" or other inherited ones). */
function reaches(value: unknown, path: string[]): boolean {
  let at = value
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return false
    at = (at as Record<string, unknown>)[key]
  }
  return true
}

/**
 * True when the reply rooted at `root` (JSON text) cannot be decoded into an action's arguments: not a JSON array,
 * nested deeper than MAX_DEPTH, or holding a reference that is malformed or names a part `part(id)` does not give as
 * JSON text (a file part, for a Blob, counts as given) or a path that part does not have (re-break 51 F1: "0=null",
 * "$nx", "$F1", "$1:a" all answered 500).
 * Input: the root's text; `part`, the body's field by name (always null for a plain JSON body). Output: boolean.
 */
export function isUndecodableReply(root: string, part: (id: string) => FormDataEntryValue | null): boolean {
  const parsedParts = new Map<string, unknown>()
  const walk = (value: unknown, depth: number): boolean => {
    if (depth > MAX_DEPTH) return true
    if (typeof value === 'string') {
      const id = partOf(value)
      if (id === null) return false
      if (id === 'missing') return true
      if (!parsedParts.has(id)) {
        const given = part(id)
        if (given === null) return true
        if (typeof given !== 'string') return false
        const parsed = parse(given)
        if (parsed === undefined) return true
        parsedParts.set(id, parsed)
        if (walk(parsed, depth + 1)) return true
      }
      return !reaches(parsedParts.get(id), pathOf(value))
    }
    if (value && typeof value === 'object') return Object.values(value).some((v) => walk(v, depth + 1))
    return false
  }
  const args = parse(root)
  return !Array.isArray(args) || walk(args, 0)
}

/** JSON text parsed, or undefined when it is not JSON. */
function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
