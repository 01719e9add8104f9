import fc from 'fast-check'
import type { World } from '../../support/world'
import { schemaFieldNames } from './inputs'

const NUL = '\u0000'
const RLO = '\u202E'
/** Strings a hostile client types: markup, SQL, control and bidi characters, path tricks, odd Unicode. */
const hostile = [
  '', ' ', NUL, `a${NUL}b`, '\u0007\u001b[31m', `report${RLO}exe.pdf`, '\u200B', '\uFEFF', '\uD800', '😀'.repeat(50),
  "'; DROP TABLE \"Offender\"; --", "' OR '1'='1", '%', '_', '\\', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '../../etc/passwd', 'javascript:alert(1)', '{{7*7}}', '${process.exit()}', 'null', 'undefined', 'true', '[]', '{}',
  '__proto__', 'constructor', '\r\nSet-Cookie: x=1', 'Llŷr Ðŵr', 'x'.repeat(10_000), 'ŵ'.repeat(10_001),
]
/** Numbers and dates that are wrong in every direction. */
const numeric = [
  '0', '-1', '1', '2', '-0', '1e308', '-1e308', '9'.repeat(400), 'NaN', 'Infinity', '-Infinity', '0x10', '1.5', '2147483648',
  '-2147483649', '9007199254740993', '2026-02-30', '2026-11-30', '1899-12-31', '9999-12-31', '2026-11-30T25:61', '2026-11-30T10:00',
  '00:00', '24:00', 'on', 'off',
]
/** Field names no schema expects, including prototype keys and Next's own action fields. */
const oddNames = ['__proto__', 'constructor', 'prototype', 'a.__proto__.b', 'toString', '$ACTION_ID_x', '$ACTION_REF_1', '', ' ', `x${NUL}`, 'offenderId[]', 'x'.repeat(300)]
const enums = ['CASE_NOTE', 'HOME_VISIT', 'EXCLUSION', 'RESTRICTION', 'MALE', 'ACTIVE', 'DECLINED', 'ACCEPTED', 'conclude', 'cy', 'en', 'RED', 'AMBER', 'GREEN', 'PROBATION_OFFICER', 'SYSTEM_ADMINISTRATOR', 'POLICE']

// One 10.5 MB upload, made once: over the 10 MB limit (issue 17 item 4 threw on it).
const huge = new Uint8Array(10.5 * 1024 * 1024)

/** Upload-like values: tiny, empty, over the limit, with hostile names and types. */
const files = fc.constantFrom(
  () => new File([Buffer.from('%PDF-1.4\n%%EOF\n')], 'report.pdf', { type: 'application/pdf' }),
  () => new File([], '', { type: '' }),
  () => new File([huge], 'huge.pdf', { type: 'application/pdf' }),
  () => new File([Buffer.from('MZ')], `report${RLO}exe.pdf`, { type: 'application/pdf' }),
  () => new File([Buffer.from('x')], `a${NUL}.pdf`, { type: 'application/pdf' }),
  () => new File([Buffer.from('<svg onload=alert(1)>')], '../../x.svg', { type: 'image/svg+xml' }),
).map((make) => make())

/**
 * Arbitrary request bodies for a server action (issue 17, the suite; security.md IV-2): mostly forms whose names are
 * the schemas' real field names (plus odd and random ones, repeated keys allowed) and whose values are hostile, huge,
 * numeric, enum-like, ids of the world's records or files; sometimes not a form at all.
 */
export function bodies(w: World, realistic?: () => FormData): fc.Arbitrary<unknown> {
  const ids = [w.people.mine.id, w.people.excluded.id, w.people.restricted.id, w.people.north.id, w.staff.officer.id, w.staff.admin.id, w.nps.id, w.teamA.id, '00000000-0000-0000-0000-000000000000', w.people.mine.crn]
  const name = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...schemaFieldNames()) }, fc.constantFrom(...oddNames), fc.string({ maxLength: 20 }))
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...hostile) },
    { weight: 2, arbitrary: fc.constantFrom(...numeric) },
    fc.constantFrom(...enums),
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    fc.string({ maxLength: 40, unit: 'binary' }),
    fc.string({ maxLength: 40, unit: 'grapheme' }),
  )
  const value = fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: files })
  const form = fc.array(fc.tuple(name, value), { maxLength: 25 }).map(formShown)
  const notAForm = fc.oneof(
    fc.constantFrom(undefined, null, 0, -1, '', 'x', [], {}, new Map()),
    fc.dictionary(fc.constantFrom(...schemaFieldNames(), '__proto__'), text, { maxKeys: 5 }),
    fc.array(text, { maxLength: 3 }),
  )
  if (!realistic) return fc.oneof({ weight: 9, arbitrary: form }, { weight: 1, arbitrary: notAForm })
  // A valid submission with one to three of its fields replaced, or one added: reaches the domain and the database.
  const mutated = fc.tuple(fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 3 }), fc.option(fc.tuple(name, value))).map(([changes, extra]) => {
    const base = [...realistic().entries()] as [string, FormDataEntryValue][]
    // A submission with no fields (an action that takes none) gets only the added one.
    for (const [at, v] of base.length ? changes : []) base[at % base.length] = [base[at % base.length]![0], v]
    const fields = extra ? [...base, extra] : base
    return formShown(fields)
  })
  return fc.oneof({ weight: 5, arbitrary: mutated }, { weight: 4, arbitrary: form }, { weight: 1, arbitrary: notAForm })
}

/** A FormData of these fields that prints them (long values cut) when it is a failing case, not an opaque object. */
function formShown(fields: [string, FormDataEntryValue][]): FormData {
  const f = new FormData()
  for (const [k, v] of fields) f.append(k, v)
  const shown = () => JSON.stringify(fields.map(([k, v]) => [k, typeof v === 'string' ? v.slice(0, 60) : `File(${v.name}, ${v.size})`]))
  return Object.assign(f, { [fc.toStringMethod]: shown })
}
