import { describe, expect, it } from 'vitest'
import { isUndecodableReply, partOf } from './reply-parts'

const none = () => null
const parts = (fields: Record<string, string>) => (id: string) => fields[id] ?? null

describe('a server action reply that names parts it does not carry (break 51 F4)', () => {
  it('reads which part a reference names, in decimal, and which need none', () => {
    expect(['$$1', '$T', '$undefined', '$NaN', '$Infinity', '$-0', '$n12', '$D2026-12-05T00:00:00.000Z', '$K1', 'plain'].map(partOf)).toEqual(Array(10).fill(null))
    expect(['$1', '$a', '$Q1', '$W1f', '$@2', '$B4', '$Z'].map(partOf)).toEqual(['1', '10', '1', '31', '2', '4', 'missing'])
    // Re-break 51 F1: a BigInt that is no number, and a server reference, which no Llwybr call sends as an argument.
    expect(['$nx', '$F1', '$F3:x:y'].map(partOf)).toEqual(['missing', 'missing', 'missing'])
  })

  it('takes what the app sends: plain values, a form under "$K", prior state', () => {
    expect(isUndecodableReply('["$K1","Llŷn"]', none)).toBe(false)
    expect(isUndecodableReply('["$undefined","$K1"]', none)).toBe(false)
    expect(isUndecodableReply('[{"ok":false,"message":"$$ literal"},"$K1"]', none)).toBe(false)
    expect(isUndecodableReply('["$Q1"]', parts({ '1': '[["a","b"]]' }))).toBe(false)
  })

  it('refuses a missing or unreadable part, text that is not JSON, and nesting deeper than any form', () => {
    expect(isUndecodableReply('["$Q1"]', none)).toBe(true)
    expect(isUndecodableReply('["$Q1"]', parts({ '1': '{' }))).toBe(true)
    expect(isUndecodableReply('["$1"]', parts({ '1': '["$2"]' }))).toBe(true)
    expect(isUndecodableReply('{', none)).toBe(true)
    expect(isUndecodableReply('', none)).toBe(true)
    expect(isUndecodableReply('['.repeat(5000) + ']'.repeat(5000), none)).toBe(true)
    expect(isUndecodableReply('['.repeat(20) + ']'.repeat(20), none)).toBe(false)
    // Re-break 51 F1: arguments that are no list, and a path a part does not have (inherited names included).
    for (const root of ['null', '"x"', '{}']) expect(isUndecodableReply(root, none), root).toBe(true)
    for (const path of ['a', 'toString', 'constructor:prototype', '__proto__:then']) expect(isUndecodableReply(`["$1:${path}"]`, parts({ '1': '{}' })), path).toBe(true)
    expect(isUndecodableReply('["$1:a"]', parts({ '1': '{"a":1}' }))).toBe(false)
    // A repeated object is a path into the root, part 0.
    expect(isUndecodableReply('[{"a":{"b":1}},"$0:0:a"]', parts({ '0': '[{"a":{"b":1}},"$0:0:a"]' }))).toBe(false)
  })
})
