/**
 * The demo users who fetch every page (one per role of the matrix, and a second Cardiff senior on the test person's
 * exclusion list), no one, and a user disabled after signing in (every-page-every-role.spec.ts, issue 17).
 */
export const callers = [
  'probation.officer@llwybr.test',
  'senior.probation@llwybr.test',
  'senior.cardiff2@llwybr.test',
  'police@llwybr.test',
  'mappa.chair@llwybr.test',
  'cosa.coordinator@llwybr.test',
  'cosa.volunteer@llwybr.test',
  'partner@llwybr.test',
  'manager@llwybr.test',
  'admin@llwybr.test',
  'data.protection@llwybr.test',
  'anonymous',
  'disabled',
] as const
export type PageCaller = (typeof callers)[number]
type Staff = Exclude<PageCaller, 'anonymous' | 'disabled'>

/** The ids the spec finds or makes for the dynamic segments. `person` is the demo officer's, excluded for senior.cardiff2. */
export type Ids = Record<'person' | 'surname' | 'outcomesDrill' | 'contact' | 'meeting' | 'agency' | 'user' | 'service' | 'adminScheme' | 'scheme' | 'volunteer' | 'circle' | 'circleMeeting' | 'cohort' | 'partnerReferral', string>

/**
 * ok (200), not-found (404), sign-in (redirect there), `redirect <path>` elsewhere, or break-glass: 200 with only the
 * form asking a reason to open a record outside the caller's scope, and not the person's name (issue 17).
 */
export type Outcome = 'ok' | 'not-found' | 'sign-in' | 'break-glass' | `redirect ${string}`

type PageCase = { label?: string; url: (ids: Ids) => string; expect: (caller: PageCaller) => Outcome }

// Role groups of the permission matrix (src/server/policy/permissions.ts) as demo users.
const O = 'probation.officer@llwybr.test'
const S = 'senior.probation@llwybr.test'
const S2 = 'senior.cardiff2@llwybr.test'
const POLICE = 'police@llwybr.test'
const MAPPA = 'mappa.chair@llwybr.test'
const COSA = 'cosa.coordinator@llwybr.test'
const PARTNER = 'partner@llwybr.test'
const MANAGER = 'manager@llwybr.test'
const ADMIN = 'admin@llwybr.test'
const DPL = 'data.protection@llwybr.test'
const probation = [O, S, S2] as const
const seniors = [S, S2] as const

/** A page of the signed-in app: `allowed` see it, other staff get `refused`, no one and the disabled go to sign-in. */
function app(url: (ids: Ids) => string, allowed: readonly Staff[], refused: Outcome | ((caller: Staff) => Outcome) = 'not-found', label?: string): PageCase {
  const refusal = (caller: Staff) => (typeof refused === 'function' ? refused(caller) : refused)
  return { label, url, expect: (caller) => (caller === 'anonymous' || caller === 'disabled' ? 'sign-in' : allowed.includes(caller) ? 'ok' : refusal(caller)) }
}
const at = (path: string) => () => path
const everyone = callers.filter((c): c is Staff => c !== 'anonymous' && c !== 'disabled')
// The test person: the demo officer manages them and their senior reads the team; the second Cardiff senior is
// excluded (Limited Access); police and MAPPA do not reach a person with no MAPPA or IOM flag, but may break glass
// on the record's front page (never on an excluded person, so not the second senior).
const breakGlass = (caller: Staff): Outcome => (caller === POLICE || caller === MAPPA ? 'break-glass' : 'not-found')
const person = (sub: string, allowed: readonly Staff[] = [O, S]) => [app((i) => `/offenders/${i.person}${sub}`, allowed, sub === '' ? breakGlass : 'not-found')]
// A random id for a kind of record the demo data has none of: not found for everyone (never a crash or a leak).
const NO_SUCH = '00000000-0000-4000-8000-000000000000'

/**
 * Every page (its address pattern under src/app without route groups) → the requests it is checked with and the
 * answer the permission matrix gives each caller (issue 17, the suite that keeps it true). The spec fails for a page
 * missing here, so a new page must say who may open it.
 */
export const pageExpectations: Record<string, PageCase[]> = {
  '/sign-in': [{ url: at('/sign-in'), expect: (c) => (c === 'anonymous' || c === 'disabled' ? 'ok' : 'redirect /') }],
  // The second step of single sign-on (ADR 0016): only a session still owing its code stays; a signed-in caller goes
  // home, anyone else to sign in (none of these callers owes a code).
  '/sign-in/code': [{ url: at('/sign-in/code'), expect: (c) => (c === 'anonymous' || c === 'disabled' ? 'sign-in' : 'redirect /') }],
  '/account/two-step': [app(at('/account/two-step'), everyone)],
  '/': [app(at('/'), everyone)],
  // The app's not-found page, sent by the server where Next's own is blank (src/lib/blank-not-found.ts): a 404 for all.
  '/missing': [app(at('/missing'), [], 'not-found')],
  '/admin/agencies': [app(at('/admin/agencies'), [ADMIN])],
  '/admin/agencies/[id]': [app((i) => `/admin/agencies/${i.agency}`, [ADMIN])],
  '/admin/agencies/new': [app(at('/admin/agencies/new'), [ADMIN])],
  '/admin/audit': [app(at('/admin/audit'), [ADMIN])],
  '/admin/break-glass': [app(at('/admin/break-glass'), [...seniors, DPL])],
  '/admin/jobs': [app(at('/admin/jobs'), [ADMIN])],
  '/admin/ldus': [app(at('/admin/ldus'), [ADMIN])],
  '/admin/letters': [app(at('/admin/letters'), [ADMIN])],
  '/admin/schemes': [app(at('/admin/schemes'), [ADMIN])],
  '/admin/schemes/[id]': [app((i) => `/admin/schemes/${i.adminScheme}`, [ADMIN])],
  '/admin/services': [app(at('/admin/services'), [ADMIN])],
  '/admin/services/[id]': [app((i) => `/admin/services/${i.service}`, [ADMIN])],
  '/admin/support-needs': [app(at('/admin/support-needs'), [ADMIN])],
  '/admin/unit-costs': [app(at('/admin/unit-costs'), [ADMIN])],
  '/admin/users': [app(at('/admin/users'), [ADMIN])],
  '/admin/users/[id]': [app((i) => `/admin/users/${i.user}`, [ADMIN])],
  '/admin/users/new': [app(at('/admin/users/new'), [ADMIN])],
  '/cosa': [app(at('/cosa'), [COSA])],
  '/cosa/circles/[id]': [app((i) => `/cosa/circles/${i.circle}`, [COSA])],
  '/cosa/hours': [app(at('/cosa/hours'), [COSA])],
  '/cosa/rota': [app(at('/cosa/rota'), [COSA])],
  '/cosa/rota/[id]': [app((i) => `/cosa/rota/${i.circleMeeting}`, [COSA])],
  '/cosa/volunteers/[id]': [app((i) => `/cosa/volunteers/${i.volunteer}`, [COSA])],
  '/cosa/volunteers/new': [app(at('/cosa/volunteers/new'), [COSA])],
  '/diary': [app(at('/diary'), probation)],
  '/iom': [app(at('/iom'), [...probation, POLICE])],
  '/iom/cohorts/[id]': [app((i) => `/iom/cohorts/${i.cohort}`, [...probation, POLICE])],
  '/iom/cohorts/new': [app(at('/iom/cohorts/new'), [...probation, POLICE])],
  '/mappa': [app(at('/mappa'), [MAPPA])],
  '/mappa/actions': [app(at('/mappa/actions'), [MAPPA])],
  // The meeting's page is the agenda: its runner, and the police attendee once it is published (the distribution list).
  '/mappa/meetings/[id]': [app((i) => `/mappa/meetings/${i.meeting}`, [MAPPA, POLICE])],
  '/mappa/meetings/[id]/minutes': [app((i) => `/mappa/meetings/${i.meeting}/minutes`, [MAPPA])],
  '/mappa/meetings/[id]/run': [app((i) => `/mappa/meetings/${i.meeting}/run`, [MAPPA])],
  '/mappa/meetings/new': [app(at('/mappa/meetings/new'), [MAPPA])],
  '/mappa/nominals': [app(at('/mappa/nominals'), [MAPPA])],
  '/mappa/referrals/[id]': [app(() => `/mappa/referrals/${NO_SUCH}`, [], 'not-found', 'no referral in the demo data')],
  '/mappa/reviews/[id]': [app(() => `/mappa/reviews/${NO_SUCH}`, [], 'not-found', 'no review in the demo data')],
  '/mappa/reviews/new': [app(at('/mappa/reviews/new'), [MAPPA])],
  '/offenders': [app(at('/offenders'), [...probation, POLICE, MAPPA])],
  '/offenders/[id]': person(''),
  '/offenders/[id]/audit': person('/audit'),
  // Editing a contact: its author only (contact.update on their own free contacts).
  '/offenders/[id]/contacts/[contactId]': [app((i) => `/offenders/${i.person}/contacts/${i.contact}`, [O])],
  '/offenders/[id]/cosa': person('/cosa'),
  '/offenders/[id]/details': person('/details'),
  '/offenders/[id]/iom': person('/iom'),
  '/offenders/[id]/mappa': person('/mappa'),
  '/offenders/[id]/pathways': person('/pathways'),
  '/offenders/[id]/referrals': person('/referrals'),
  '/offenders/[id]/risk': person('/risk'),
  '/offenders/[id]/sentences': person('/sentences'),
  '/offenders/[id]/subject-access': person('/subject-access', [S]),
  '/offenders/[id]/timeline': person('/timeline'),
  '/offenders/new': [app(at('/offenders/new'), probation)],
  '/outcomes': [app(at('/outcomes'), [MANAGER, ...seniors, POLICE, MAPPA])],
  // What each indicator counts and its source: reference text with no figures or people, for any signed-in user.
  '/outcomes/definitions': [app(at('/outcomes/definitions'), everyone)],
  '/outcomes/people': [
    // Names of people: leads of their own area only (stats.viewOwn), never the all-Wales manager, who sees no case data.
    app((i) => `/outcomes/people?${i.outcomesDrill}`, [...seniors, POLICE, MAPPA], 'not-found', 'a drill-down to the people behind a figure'),
    app(at('/outcomes/people'), [], 'not-found', 'no quarter or measure'),
  ],
  '/partner': [app(at('/partner'), [PARTNER])],
  '/partner/referrals/[id]': [app((i) => `/partner/referrals/${i.partnerReferral}`, [PARTNER])],
  '/schemes': [app(at('/schemes'), [COSA, MANAGER])],
  '/schemes/[id]': [app((i) => `/schemes/${i.scheme}`, [COSA, MANAGER])],
}

