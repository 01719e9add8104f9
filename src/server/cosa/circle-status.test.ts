import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import cy from '../../i18n/messages/cy'
import en from '../../i18n/messages/en'
import { isValidationKey } from '../validation-messages'
import { circleStatusRefusals, refuseUnlessCircle, type TCircleStatus } from './circle-status'

// Every circle-status refusal names the status the circle is in (break test of issue 16, D6: a closed circle
// answered "Only a forming circle can be started" and "…once the circle is ending").
const statuses: TCircleStatus[] = ['FORMING', 'ACTIVE', 'ENDING', 'CLOSED']
const keyOf = (status: TCircleStatus, allowed: TCircleStatus[], own?: Partial<Record<TCircleStatus, string>>) => {
  try {
    refuseUnlessCircle(status, allowed, own)
    return null
  } catch (e) {
    return (e as { fieldErrors: Record<string, string[]> }).fieldErrors._form![0]
  }
}

describe('refuseUnlessCircle', () => {
  it('maps each status to its own message key, in both languages, each saying something different', () => {
    expect(statuses.map((s) => keyOf(s, []))).toEqual(['circleNotStartedYet', 'circleNotEnding', 'circleIsEnding', 'circleClosed'])
    const keys = Object.values(circleStatusRefusals)
    for (const key of keys) expect(isValidationKey(key)).toBe(true)
    for (const messages of [en, cy]) {
      const said = keys.map((k) => (messages.validation as Record<string, string>)[k])
      expect(said.every(Boolean)).toBe(true)
      expect(new Set(said).size).toBe(keys.length)
    }
    expect(en.validation.circleClosed).toMatch(/closed/)
    expect(en.validation.circleNotStartedYet).toMatch(/not started/)
  })

  it('lets an allowed status through, and a step’s own key wins for its status only', () => {
    expect(keyOf('ACTIVE', ['FORMING', 'ACTIVE'])).toBeNull()
    expect(keyOf('ENDING', ['FORMING', 'ACTIVE'], { ENDING: 'patternWhileEnding' })).toBe('patternWhileEnding')
    expect(keyOf('CLOSED', ['FORMING', 'ACTIVE'], { ENDING: 'patternWhileEnding' })).toBe('circleClosed')
  })

  it('is how every COSA step refuses on a circle’s status: none writes its own status check and key', () => {
    const dir = join(__dirname)
    const own = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').map((line, i) => ({ where: `${f}:${i + 1}`, line })))
      .filter(({ line }) => /circle\.status\s*[!=]==.*throw invalid\('_form'/.test(line))
    expect(own.map((o) => o.where)).toEqual([])
  })
})
