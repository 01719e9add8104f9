import { describe, expect, it } from 'vitest'
import { issueKey } from '../validation-messages'
import { ZPanelDecision } from './members.schemas'

const id = '00000000-0000-4000-8000-000000000000'
const decide = (panelists: string) => ZPanelDecision.safeParse({ cohortId: id, offenderId: id, decision: 'NOT_SELECT', panelOn: '2026-01-05', panelists, reason: 'Not enough offending' })
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
