import { describe, expect, it } from 'vitest'
import { issueKey } from '../validation-messages'
import { ZPathwayUpdate, ZSupportNeedCreate } from './pathway.schemas'

const offenderId = '0b8f1c9e-2a4d-4c55-9a1e-3f7b2d6c8e10'
const needId = '5d2a7e31-8c4b-4f0a-b6d9-1e3c5a7f9b20'
const keys = (r: { success: boolean; error?: { issues: Parameters<typeof issueKey>[0][] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), issueKey(i).key]))

describe('a pathway update', () => {
  const valid = { offenderId, pathway: 'ACCOMMODATION', version: '0', need: 'HIGH', status: 'SUPPORT_REQUIRED', needIds: needId, note: '' }

  it('takes one ticked need as a list, drops repeats, and a blank note as none', () => {
    expect(ZPathwayUpdate.parse(valid)).toEqual({ ...valid, version: 0, needIds: [needId], note: null })
    expect(ZPathwayUpdate.parse({ ...valid, needIds: [needId, needId] }).needIds).toEqual([needId])
    expect(ZPathwayUpdate.parse({ ...valid, needIds: undefined }).needIds).toEqual([])
  })

  it('asks for a need and a status from the lists', () => {
    expect(keys(ZPathwayUpdate.safeParse({ ...valid, need: '', status: 'DONE' }))).toEqual({ need: 'chooseOption', status: 'chooseOption' })
    expect(keys(ZPathwayUpdate.safeParse({ ...valid, pathway: 'PROBATION' }))).toEqual({ pathway: 'chooseOption' })
  })

  it('needs a note when the person declines the support', () => {
    expect(keys(ZPathwayUpdate.safeParse({ ...valid, status: 'SUPPORT_DECLINED', note: '   ' }))).toEqual({ note: 'declineNoteRequired' })
    expect(ZPathwayUpdate.safeParse({ ...valid, status: 'SUPPORT_DECLINED', note: 'Wants to wait for the family court.' }).success).toBe(true)
  })

  it('refuses a note over 2000 characters and needs that are not ids', () => {
    expect(keys(ZPathwayUpdate.safeParse({ ...valid, note: 'x'.repeat(2001), needIds: ['not-an-id'] }))).toEqual({ note: 'tooLong', 'needIds.0': 'invalid' })
  })
})

describe('a support need', () => {
  it('needs both labels', () => {
    expect(keys(ZSupportNeedCreate.safeParse({ pathway: 'HEALTH', label: ' ', labelCy: '' }))).toEqual({ label: 'required', labelCy: 'required' })
  })
})
