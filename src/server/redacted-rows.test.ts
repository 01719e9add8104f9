import { describe, expect, it } from 'vitest'
import { redactedOpening } from './break-glass/redacted-opening'
import { redactedCircle, redactedConcern, redactedCosaReferral, redactedMeeting, redactedMembership, redactedNonAssociation, redactedOverdueMinutes } from './cosa/redacted-rows'
import { redactedDiaryEntry } from './diary/redacted-entry'
import { redactedAction, redactedActionKeys, redactedTrackedAction, redactedTrackedActionKeys } from './mappa/redacted-actions'
import { redactedItem, redactedItemKeys } from './mappa/redacted-item'
import { redactedNominal } from './mappa/redacted-nominal'
import { redactedRow } from './redacted-row'

// Issue 17 item 3: every redacted row (a Limited Access person the reader may not see) is built from an allow-list,
// so a field added to a query later cannot reach it by default. Each builder is given a row loaded with everything a
// query could bring — the person, their ids, free text — under SECRET values, and must return exactly its keys and
// no SECRET anywhere.

const at = new Date('2026-12-01T10:00:00Z')
const SECRET = 'SECRET-3f1c'
/** What a later query might add to any row: the person, ids of their records, and text about them. */
const extras = {
  id: `${SECRET}-id`, offenderId: `${SECRET}-offender`, circleId: `${SECRET}-circle`, meetingId2: `${SECRET}-meeting`, assignmentId: `${SECRET}-place`,
  referralId: `${SECRET}-referral`, offender: { id: `${SECRET}-o`, crn: `${SECRET}-crn`, firstName: SECRET, lastName: SECRET }, crn: `${SECRET}-crn`,
  description: SECRET, reason: SECRET, location: SECRET, note: SECRET, leftReason: SECRET, newColumn: SECRET,
  coreMember: { crn: SECRET, name: SECRET, accessRestrictions: [] }, volunteers: [{ assignmentId: SECRET }],
}

/** A nominal as a query might load it: its category, id and lead agency must stay out of a redacted row. */
const secretNominal = { level: 3, nextReviewDate: at, category: 1, id: `${SECRET}-nominal`, leadAgency: { name: SECRET } }

const keysOf = (row: object) => Object.keys(row).sort()
const cases: [string, () => object, readonly string[]][] = [
  ['a circle', () => redactedCircle({ ...extras, status: 'ACTIVE', closedOn: null, endingFrom: null, programme: 'COMMUNITY', startDate: at, _count: { members: 4 } }), ['restricted', 'status', 'closedOn', 'endingFrom', 'programme', 'startDate', 'memberCount']],
  ['a circle meeting', () => redactedMeeting({ ...extras, startsAt: at, confirmed: 2, pending: 1, needsCover: 1 }), ['restricted', 'startsAt', 'confirmed', 'pending', 'needsCover']],
  ['overdue minutes', () => redactedOverdueMinutes({ ...extras, startsAt: at, endsAt: at, dueAt: at }), ['restricted', 'startsAt', 'endsAt', 'dueAt']],
  ['a concern', () => redactedConcern({ ...extras, urgency: 'URGENT', status: 'RAISED', raisedAt: at, passedAt: null, breach: true }), ['restricted', 'urgency', 'status', 'raisedAt', 'passedAt', 'breach']],
  ['a volunteer’s place in a circle', () => redactedMembership({ ...extras, kind: 'REGULAR', joinedOn: at, leftOn: null, leftBecause: null, status: 'ACTIVE' }), ['restricted', 'kind', 'joinedOn', 'leftOn', 'leftBecause', 'status']],
  ['a COSA referral waiting', () => redactedCosaReferral({ ...extras, programme: 'COMMUNITY', status: 'SUBMITTED', createdAt: at }), ['restricted', 'programme', 'status', 'createdAt']],
  ['a volunteer’s non-association (break 28 D1)', () => redactedNonAssociation({ ...extras, createdAt: at }), ['restricted', 'createdAt']],
  ['a MAPPA agenda item', () => redactedItem({ ...extras, meetingId: 'meeting-1', position: 3, reason: 'REVIEW', status: 'LISTED', recordedAt: at, nominal: secretNominal }), redactedItemKeys],
  ['a MAPPA agenda item’s nominal (h17f: the register row’s level and next review, no category)', () => redactedItem({ ...extras, meetingId: 'meeting-1', position: 3, reason: 'REVIEW', status: 'LISTED', recordedAt: at, nominal: secretNominal }).nominal!, ['restricted', 'level', 'nextReviewDate']],
  ['a MAPPA action', () => redactedAction({ ...extras, version: 2, status: 'OPEN', dueDate: at, ownerAgency: { name: 'Police', nameCy: null, id: SECRET } as never, ownerUser: { name: 'DC Morgan' }, meeting: { id: 'meeting-1', level: 2, startsAt: at } }, true), redactedActionKeys],
  ['a MAPPA register row (no category: walk 25 O2)', () => redactedNominal({ ...extras, category: 1, level: 2, nextReviewDate: at, overdue: true, mark: 'overdue', leadAgency: { name: SECRET } }), ['restricted', 'level', 'nextReviewDate', 'overdue', 'mark', 'id', 'category', 'leadAgency', 'offender']],
  ['a tracked action', () => redactedTrackedAction({ ...extras, kind: 'MEETING', version: 2, status: 'OPEN', dueDate: at, ownerAgency: { id: 'agency-1', name: 'Police', nameCy: null }, ownerUser: null, meeting: null }, false), redactedTrackedActionKeys],
  ['a diary entry', () => redactedDiaryEntry({ ...extras, start: at, end: at, durationMinutes: 60, type: 'OFFICE', status: 'BOOKED' }), ['restricted', 'start', 'end', 'durationMinutes', 'type', 'status', 'id', 'location', 'person']],
  ['a break-glass opening', () => redactedOpening({ ...extras, from: at, until: at, user: { name: 'Bethan', agency: { name: 'NPS', nameCy: null } } }), ['restricted', 'from', 'until', 'user', 'id', 'person', 'reason', 'activity']],
]

describe('every redacted-row builder', () => {
  it.each(cases)('gives %s its allowed keys and nothing else', (_label, build, keys) => {
    const row = build()
    expect(keysOf(row)).toEqual([...new Set(keys)].sort())
    expect(JSON.stringify(row)).not.toContain(SECRET)
    expect(row).toMatchObject({ restricted: true })
  })

  it('gives an agenda item’s nominal exactly the level and next review date the register row gives (h17f)', () => {
    const register = redactedNominal({ ...secretNominal, overdue: false, mark: null })
    const item = redactedItem({ meetingId: 'meeting-1', position: 1, reason: 'REVIEW', status: 'LISTED', recordedAt: null, nominal: secretNominal })
    expect(item.nominal).toEqual({ restricted: true, level: register.level, nextReviewDate: register.nextReviewDate })
  })

  it('copies only the keys it is given, whatever else the row has', () => {
    expect(redactedRow({ position: 1, status: 'LISTED', id: SECRET, later: SECRET }, ['position', 'status'])).toEqual({ restricted: true, position: 1, status: 'LISTED' })
  })
})
