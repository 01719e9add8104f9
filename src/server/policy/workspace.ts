import type { Actor } from './actor'
import { can } from './can'
import type { Permission } from './permissions'

// What each role's navigation and home page offer, derived from the permission table alone (issue 15 item 15): a
// link or section shows when the actor holds every permission in `all` and none in `unless`. No role names here, so
// a role changed in permissions.ts changes its screens with it.
type Rule = { all: readonly Permission[]; unless?: readonly Permission[] }
const holds = (actor: Actor, rule: Rule) => rule.all.every((p) => can(actor, p)) && !(rule.unless ?? []).some((p) => can(actor, p))

/** The navigation: each entry's label is a catalogue key. */
export const navigation = [
  { href: '/', label: 'nav.home', all: [] },
  { href: '/partner', label: 'nav.partner', all: ['partner.work'] },
  { href: '/diary', label: 'diary.nav', all: ['diary.view'] },
  { href: '/offenders', label: 'nav.search', all: ['offender.search'] },
  { href: '/mappa', label: 'nav.mappa', all: ['mappa.manage'] },
  { href: '/mappa/nominals', label: 'mappaRegister.nav', all: ['mappa.manage'] },
  { href: '/cosa', label: 'nav.cosa', all: ['cosa.manage'] },
  { href: '/iom', label: 'nav.iom', all: ['iom.read'] },
  { href: '/outcomes', label: 'outcomes.nav', all: ['stats.view'] },
  // Leads (issue 14): the same dashboard, limited to their own area; one link whichever grant they hold.
  { href: '/outcomes', label: 'outcomes.nav', all: ['stats.viewOwn'], unless: ['stats.view'] },
  { href: '/schemes', label: 'outcomesSchemes.nav', all: ['scheme.view'] },
  { href: '/admin/services', label: 'nav.services', all: ['service.manage'] },
  { href: '/admin/support-needs', label: 'nav.supportNeeds', all: ['service.manage'] },
  { href: '/admin/letters', label: 'letters.nav', all: ['letter.manage'] },
  { href: '/admin/schemes', label: 'outcomesSchemes.admin.nav', all: ['scheme.manage'] },
  { href: '/admin/unit-costs', label: 'outcomesSchemes.unitCosts.nav', all: ['unitCost.manage'] },
  { href: '/admin/ldus', label: 'lduMapping.nav', all: ['ldu.manage'] },
  { href: '/admin/users', label: 'nav.users', all: ['user.manage'] },
  { href: '/admin/agencies', label: 'nav.agencies', all: ['agency.manage'] },
  { href: '/admin/jobs', label: 'jobs.nav', all: ['jobs.manage'] },
  // The whole-system audit log is an administrator's; seniors and MAPPA coordinators read a record's own log from it.
  { href: '/admin/audit', label: 'nav.audit', all: ['audit.read', 'user.manage'] },
  // Break-glass openings (issue 17): for seniors and the data protection lead.
  { href: '/admin/break-glass', label: 'breakGlass.nav', all: ['breakGlass.review'] },
] as const satisfies readonly (Rule & { href: string; label: string })[]
export type NavItem = (typeof navigation)[number]

/** The links an actor's navigation shows, in order. */
export const navFor = (actor: Actor): NavItem[] => navigation.filter((n) => holds(actor, n))

/**
 * The home page's sections in order. `main` marks a role's own work: a home with none says nothing is shared yet.
 * Service-level clocks come first for a partner (their referrals, breached and near breach first). Only an offender
 * manager has a caseload of their own; police see their IOM list there instead (probation reach it from the nav),
 * MAPPA coordinators their area's MAPPA work, COSA coordinators the week of their circles.
 */
export const homeSections = [
  { section: 'partnerReferrals', all: ['partner.work'], main: true },
  { section: 'transfers', all: ['allocation.manage'], main: false },
  { section: 'countersign', all: ['enforcement.countersign'], main: false },
  // Meetings the actor sits in and MAPPA actions they own, whoever they are: empty for most.
  { section: 'mappaWork', all: [], unless: ['user.manage'], main: false },
  { section: 'serviceLevelAlerts', all: ['partner.refer'], main: false },
  { section: 'caseload', all: ['caseload.view'], main: true },
  { section: 'mappaOverview', all: ['mappa.manage'], main: true },
  { section: 'iomMembers', all: ['iom.read'], unless: ['caseload.view'], main: true },
  { section: 'cosaWork', all: ['cosa.manage'], main: true },
  { section: 'statistics', all: ['stats.view'], main: true },
  { section: 'admin', all: ['user.manage'], main: true },
  { section: 'breakGlassReview', all: ['breakGlass.reviewAll'], main: true },
  { section: 'volunteer', all: ['cosa.portal'], main: true },
] as const satisfies readonly (Rule & { section: string; main: boolean })[]
export type HomeSection = (typeof homeSections)[number]['section']

/** The sections of an actor's home page, in order; `nothingShared` when none of them is the actor's own work. */
export function homeFor(actor: Actor): { sections: HomeSection[]; nothingShared: boolean } {
  const shown = homeSections.filter((s) => holds(actor, s))
  return { sections: shown.map((s) => s.section), nothingShared: !shown.some((s) => s.main) }
}
