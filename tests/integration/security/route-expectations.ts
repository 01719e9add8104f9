import type { Role } from '../../../src/generated/prisma/enums'
import { roles as matrixRoles } from '../../../src/server/policy/permissions'
import type { RouteFixtures } from './route-fixtures'

/** Who calls a route: a role of the matrix, no one (no session) or a user disabled since they signed in. */
export type Caller = Role | 'ANONYMOUS' | 'DISABLED'

/**
 * One request to a route handler and the matrix's answer to it. `allowed` get 200; any other signed-in role gets
 * `refused` (404 by default: a record or report the caller may not reach is "not found", never "forbidden", so its
 * existence does not leak); ANONYMOUS and DISABLED get 401 unless the route is public (`allowed: 'everyone'` or `public`).
 * Every answer is scanned for every planted marker (route-fixtures.ts `markers`; a ZIP file by file, a PDF through its
 * fonts): one found is a leak unless `grants` gives it to that caller here, and each grant must be found in that
 * caller's answer (or the scan proves nothing).
 */
export type RouteCase = {
  label: string
  path: (f: RouteFixtures) => string
  params?: (f: RouteFixtures) => Record<string, string | string[]>
  allowed: readonly Caller[] | 'everyone'
  /** Reached without a session (the address is the credential): ANONYMOUS and DISABLED are answered as anyone else. */
  public?: true
  refused?: number
  grants?: readonly Grant[]
}

/** Planted markers a request's answer may carry to some callers (route-fixtures.ts `markers`, by name). */
export type Grant = { markers: readonly MarkerName[]; to: readonly Caller[] }
export type MarkerName = keyof RouteFixtures['markers']

/** Covered over HTTP instead (the handler needs Next's request scope): named for the discovery test. */
export type OverHttp = { overHttp: string }

// The MAPPA minutes' restricted text: those who run the meeting (the area's coordinator) and the distribution list
// (the police attendee). The world officer was granted the minutes about another nominal only.
const minutesMarkers: Grant = { markers: ['mappaShared', 'mappaDisclosure', 'mappaAction'], to: ['MAPPA_COORDINATOR', 'POLICE_OFFENDER_MANAGER'] }
// The tracker lists the area's actions, those of meetings whose minutes are not approved yet too: the coordinators' own list.
const trackedActions: Grant = { markers: ['mappaAction', 'draftAction'], to: ['MAPPA_COORDINATOR'] }
// The ids of the restricted person's records (route-markers.ts): only their own bundle, for the senior on their list, holds them.
const restrictedRecordIds = ['restrictedItemId', 'restrictedActionId', 'restrictedNominalId', 'restrictedCircleId', 'restrictedCircleMeetingId', 'restrictedReferralId', 'restrictedConcernId', 'restrictedPartnerReferralId'] as const
// A calendar address is the credential: whoever holds it reads the venue of its volunteer's confirmed meetings.
const venue = (marker: 'ownVenue' | 'otherVenue'): Grant => ({ markers: [marker], to: ['ANONYMOUS', 'DISABLED', ...matrixRoles] })
// Staff of the subject's record scope: the officer who manages them, the team's senior, and (the subject is a South
// Wales MAPPA nominal) the area's police and MAPPA coordinator.
const subjectReaders = ['PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER', 'POLICE_OFFENDER_MANAGER', 'MAPPA_COORDINATOR'] as const
// stats.view (all Wales) and stats.viewOwn (their own LDU or region).
const outcomeReaders = ['STRATEGIC_MANAGER', 'SENIOR_PROBATION_OFFICER', 'POLICE_OFFENDER_MANAGER', 'MAPPA_COORDINATOR'] as const

/**
 * Every route handler (`src/app/**\/route.ts`, by its path under src/app) → the requests it is tested with (issue 17,
 * the suite that keeps it true). The discovery test fails for a route file missing here, so a new export, feed or
 * download must declare who may fetch it.
 */
export const routeExpectations: Record<string, RouteCase[] | OverHttp> = {
  'api/auth/[...nextauth]/route.ts': { overHttp: 'tests/e2e/every-page-every-role.spec.ts' },
  '(auth)/sign-in/sso/route.ts': { overHttp: 'tests/e2e/sso.spec.ts' },
  'api/health/route.ts': [{ label: 'health', path: () => '/api/health', allowed: 'everyone' }],
  'api/cosa/calendar/[token]/route.ts': [
    // The secret address is the credential, whoever (if anyone) is signed in; an unknown token is not found.
    // The volunteer's place is on the restricted person's circle, whose restriction list does not name the volunteer:
    // their feed leaves that circle out, its venue and its meeting's id too (break 28 D6 of issue 17, ADR 0023), so
    // it grants nothing. calendar.int.test.ts holds a feed's own venue and UIDs for a circle the volunteer may see.
    { label: 'the volunteer’s calendar address', path: (f) => `/api/cosa/calendar/${f.calendarToken}`, params: (f) => ({ token: f.calendarToken }), allowed: 'everyone' },
    { label: 'another volunteer’s calendar address', path: (f) => `/api/cosa/calendar/${f.otherCalendarToken}`, params: (f) => ({ token: f.otherCalendarToken }), allowed: 'everyone', grants: [venue('otherVenue')] },
    { label: 'a guessed calendar address', path: () => `/api/cosa/calendar/${'A'.repeat(43)}`, params: () => ({ token: 'A'.repeat(43) }), allowed: [], public: true },
  ],
  'api/cosa/hours/route.ts': [{ label: 'volunteer hours CSV', path: () => '/api/cosa/hours', allowed: ['COSA_COORDINATOR'] }],
  'api/documents/[id]/route.ts': [
    { label: 'a document in scope', path: (f) => `/api/documents/${f.documents.inScope.id}`, params: (f) => ({ id: f.documents.inScope.id }), allowed: subjectReaders },
    { label: 'a document out of every caller’s scope', path: (f) => `/api/documents/${f.documents.outOfScope.id}`, params: (f) => ({ id: f.documents.outOfScope.id }), allowed: [] },
    // The officer is excluded from this person; their senior (same team) is not.
    { label: 'a Limited Access person’s document', path: (f) => `/api/documents/${f.documents.limited.id}`, params: (f) => ({ id: f.documents.limited.id }), allowed: ['SENIOR_PROBATION_OFFICER'] },
  ],
  '(app)/mappa/actions/export/route.ts': [{ label: 'the action tracker CSV', path: () => '/mappa/actions/export', allowed: ['MAPPA_COORDINATOR'], grants: [trackedActions] }],
  '(app)/mappa/meetings/[id]/minutes/pdf/route.ts': [
    { label: 'finalised minutes as PDF', path: (f) => `/mappa/meetings/${f.meeting.id}/minutes/pdf`, params: (f) => ({ id: f.meeting.id }), allowed: ['MAPPA_COORDINATOR', 'POLICE_OFFENDER_MANAGER', 'PROBATION_OFFICER'], grants: [minutesMarkers] },
  ],
  '(app)/offenders/[id]/enforcement/[enforcementId]/letter/route.ts': [
    // enforcement.decide on a record they may change: the officer who manages the subject, and the team's senior.
    { label: 'an issued warning letter', path: (f) => `/offenders/${f.subject.id}/enforcement/${f.enforcement.id}/letter`, params: (f) => ({ id: f.subject.id, enforcementId: f.enforcement.id }), allowed: ['PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER'] },
    { label: 'a Limited Access person’s letter', path: (f) => `/offenders/${f.limitedEnforcement.offenderId}/enforcement/${f.limitedEnforcement.id}/letter`, params: (f) => ({ id: f.limitedEnforcement.offenderId, enforcementId: f.limitedEnforcement.id }), allowed: ['SENIOR_PROBATION_OFFICER'], grants: [{ markers: ['excludedName'], to: ['SENIOR_PROBATION_OFFICER'] }] },
  ],
  '(app)/offenders/[id]/subject-access/bundle/route.ts': [
    // The subject's bundle holds the subject's own data only: no other nominal of their meetings, nothing of a
    // Limited Access person, of another team's person or of minutes about anyone else.
    { label: 'a subject access bundle', path: (f) => `/offenders/${f.subject.id}/subject-access/bundle?reference=SAR-2026-17&receivedOn=2026-11-20`, params: (f) => ({ id: f.subject.id }), allowed: ['SENIOR_PROBATION_OFFICER'] },
    // The restricted person's own bundle, by the one senior on their restriction list: their circle's venue is theirs.
    { label: 'a Limited Access person’s subject access bundle', path: (f) => `/offenders/${f.markers.restrictedId}/subject-access/bundle?reference=SAR-2026-18&receivedOn=2026-11-20`, params: (f) => ({ id: f.markers.restrictedId }), allowed: ['SENIOR_PROBATION_OFFICER'], grants: [{ markers: ['restrictedName', 'restrictedCrn', 'restrictedPnc', 'restrictedId', 'ownVenue', ...restrictedRecordIds], to: ['SENIOR_PROBATION_OFFICER'] }] },
  ],
  '(app)/schemes/[id]/export/route.ts': [
    { label: 'a scheme report for the coordinator’s provider', path: (f) => `/schemes/${f.schemes.own.id}/export?format=csv`, params: (f) => ({ id: f.schemes.own.id }), allowed: ['STRATEGIC_MANAGER', 'COSA_COORDINATOR'] },
    { label: 'a scheme report for another provider', path: (f) => `/schemes/${f.schemes.other.id}/export?format=xlsx`, params: (f) => ({ id: f.schemes.other.id }), allowed: ['STRATEGIC_MANAGER'] },
  ],
  '(app)/outcomes/export/route.ts': [
    { label: 'an outcome table as CSV', path: () => '/outcomes/export?table=appointments&format=csv', allowed: outcomeReaders },
    { label: 'the IOM outcome table', path: () => '/outcomes/export?table=iom&format=csv', allowed: outcomeReaders },
  ],
  '(app)/outcomes/board-pack/route.ts': [{ label: 'the board pack PDF', path: () => '/outcomes/board-pack', allowed: outcomeReaders }],
}
