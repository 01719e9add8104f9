import { describe, expect, it } from 'vitest'
import { errorsForRendered } from '../../components/rendered-errors'
import { ZRecordSupervision } from '../cosa/supervision.schemas'
import { ZAddAction, ZAddAttendee, ZAddReviewAction, ZDecideMinutesRequest, ZMarkAttendance, ZRequestMinutes, ZScheduleMeeting, ZUpdateAction, ZUpdateReview } from './mappa.schemas'

// Issue 16 (MAPPA break test item 3): the "add an account" attendance form, sent empty, was refused with an error on
// "Agency", a field only the other attendance form has. For each MAPPA and COSA form whose schema is enumerated here
// (the fields it renders, the hidden values it posts), every error the schema can raise on a blank or wrong
// submission must name a field the form renders.
type Pair = [form: string, schema: { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[] }[] } } }, rendered: string[], hidden: Record<string, string>]
const id = '00000000-0000-4000-8000-000000000001'
const pairs: Pair[] = [
  ['attendance: add an account', ZAddAttendee, ['userId', 'status'], { meetingId: id, form: 'account' }],
  ['attendance: add someone by name', ZAddAttendee, ['name', 'agencyId', 'role', 'status'], { meetingId: id, form: 'named' }],
  ['attendance: mark', ZMarkAttendance, ['status'], { meetingId: id, attendanceId: id }],
  ['schedule a meeting', ZScheduleMeeting, ['level', 'startsAt', 'venue', 'online', 'chairId', 'coreAgencyIds', 'dutyToCooperateAgencyIds'], {}],
  ['meeting: add an action', ZAddAction, ['description', 'ownerAgencyId', 'ownerUserId', 'dueDate'], { meetingId: id, itemId: id, version: '1' }],
  ['tracker: update an action', ZUpdateAction, ['status', 'statusNote'], { actionId: id, version: '1' }],
  ['review: edit', ZUpdateReview, ['termsOfReference', 'lessons', 'agencyIds'], { reviewId: id, version: '1' }],
  ['review: add an action', ZAddReviewAction, ['description', 'ownerAgencyId', 'dueDate'], { reviewId: id }],
  ['minutes: ask to see', ZRequestMinutes, ['reason'], { meetingId: id, offenderId: id }],
  ['minutes: decide a request', ZDecideMinutesRequest, ['decision', 'decisionReason'], { requestId: id }],
  ['COSA: record supervision', ZRecordSupervision, ['heldOn', 'notes', 'minutes', 'nextDueOn'], { volunteerId: id }],
]
const submissions = (rendered: string[]) => [
  Object.fromEntries(rendered.map((f) => [f, ''])),
  Object.fromEntries(rendered.map((f) => [f, 'not-valid'])),
  {},
]

describe('form refusals name only fields the form renders', () => {
  it.each(pairs)('%s', (_form, schema, rendered, hidden) => {
    for (const submitted of submissions(rendered)) {
      const issues = schema.safeParse({ ...submitted, ...hidden }).error?.issues ?? []
      const named = issues.map((i) => String(i.path[0] ?? '_form'))
      expect(named.filter((field) => field !== '_form' && !rendered.includes(field))).toEqual([])
    }
  })
})

describe('a refusal on a field the form does not render is shown as a form-level error', () => {
  it('keeps rendered fields and moves the rest to _form, once per message', () => {
    expect(errorsForRendered({ userId: ['Choose'], agencyId: ['Choose an agency'], name: ['Enter a name'], _form: ['Enter a name'] }, ['userId', 'status']))
      .toEqual({ userId: ['Choose'], _form: ['Choose an agency', 'Enter a name'] })
  })
})
