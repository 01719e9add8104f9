import { describe, expect, it } from 'vitest'
import { issueKey } from '../validation-messages'
import { ZPanelDecision } from './members.schemas'

const id = '00000000-0000-4000-8000-000000000000'
const decide = (panelists: string) => ZPanelDecision.safeParse({ cohortId: id, offenderId: id, drawnAs: '1:1:', decision: 'NOT_SELECT', panelOn: '2026-01-05', panelists, reason: 'Not enough offending' })
const panelistProblems = (panelists: string) => (decide(panelists).error?.issues ?? []).filter((i) => i.path[0] === 'panelists').map((i) => issueKey(i).key)

// Break 60 F4: "Agencies present" of "\u200b, \u2800" or a Hangul filler alone was saved as agencies that draw nothing.
describe('the agencies present at an IOM panel', () => {
  it('asks for them when every agency named draws nothing, as for an empty box', () => {
    expect(panelistProblems('')).toEqual(['iomPanelists'])
    for (const v of ['\u200b, \u2800', '\u3164', ' \u200b \n\u2800,\u3000', '\u0301, \ufeff']) expect(panelistProblems(v), JSON.stringify(v)).toEqual(['iomPanelists'])
  })

  it('drops agencies that draw nothing and trims invisible characters from the edges of the rest', () => {
    expect(decide('Probation, \u200b, \u2800South Wales Police\u200b\n\u3164').data?.panelists).toEqual(['Probation', 'South Wales Police'])
  })
})

// Review 62 item 2: the form says the database snapshot it was drawn in; one PostgreSQL would not read is a form that
// cannot be read (said as such), never a server error from the cast.
describe('the snapshot an IOM panel form was drawn in', () => {
  const drawn = (drawnAs: unknown) => ZPanelDecision.safeParse({ cohortId: id, offenderId: id, decision: 'NOT_SELECT', panelOn: '2026-01-05', panelists: 'Probation', reason: 'Not enough offending', drawnAs })
  const problems = (drawnAs: unknown) => (drawn(drawnAs).error?.issues ?? []).map((i) => [i.path[0], issueKey(i).key])

  it('reads one as PostgreSQL writes it', () => {
    for (const v of ['740:740:', '740:745:741,743', '740:745:741,741', '1:1:']) expect(problems(v), v).toEqual([])
  })

  it('refuses anything PostgreSQL would not read', () => {
    const unreadable = [undefined, '', '2026-12-06T17:00:00.000Z', '0:5:', '9:5:', '5:9:3', '5:9:9', '5:9:7,6', '5:9:6,', '18446744073709551615:18446744073709551616:', '1:2:1:', -1, 7, null]
    for (const v of unreadable) expect(problems(v), String(v)).toEqual([['drawnAs', 'formVersionUnreadable']])
  })
})
