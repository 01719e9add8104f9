/**
 * The subject access bundle (issue 17), as written to bundle.json. Documented shape, version 1:
 * - `format` "llwybr.subject-access", `version` 1 (a change that removes or renames a field raises the version);
 * - `generatedAt` ISO 8601 UTC; `request` { reference, receivedOn, dueOn } (London days, YYYY-MM-DD);
 * - `subject` { crn, name };
 * - `sections`: one array of rows per key of `sectionKeys`, always present (empty when nothing is held). A row is
 *   flat: values are strings, numbers, booleans or null. Dates held as days are YYYY-MM-DD, moments ISO 8601 UTC;
 *   codes (enums) are as stored and lists are joined with "; ". Ids of other rows (sentenceId, meetingId …) let a
 *   reader join sections. Staff named as authors carry their names (see third-party.ts for why).
 * - a police intelligence row exported by another agency's staff has `summary` null and `summaryWithheld` true: its
 *   force reviews and discloses its words (withheld-intelligence.ts);
 * - every row has `redactionReview` (true when it holds third-party information a reviewer must consider before
 *   disclosure) and `redactionReasons` (codes of `redactionReasons`).
 */
export const SUBJECT_ACCESS_FORMAT = 'llwybr.subject-access'
export const SUBJECT_ACCESS_VERSION = 1

/**
 * Why a row needs a redaction review: a victim's details (risk and MAPPA victim safety planning, serious case
 * reviews, a registration for child concerns or domestic abuse), police intelligence (IOM intelligence entries), MAPPA
 * minutes (what agencies shared about others), another private person's name (COSA volunteers, who are members of the
 * public), or a contact its author marked sensitive (what others, such as household members, told the officer: walk
 * 17 of issue 17, a data protection lead going by the mark alone would have disclosed them), or a contact written by
 * another agency than the one responsible for the person (walk 52 F4: that agency is consulted before disclosure).
 */
export const redactionReasons = ['VICTIM', 'POLICE_INTELLIGENCE', 'MAPPA_MINUTES', 'THIRD_PARTY_NAME', 'SENSITIVE_CONTACT', 'OTHER_AGENCY'] as const
export type RedactionReason = (typeof redactionReasons)[number]

export const sectionKeys = [
  'record',
  'aliases',
  'detailChanges',
  'circumstances',
  'sentences',
  'sentenceOffences',
  'requirements',
  'sentenceEvents',
  'provenOffences',
  'contacts',
  'enforcement',
  'documents',
  'riskProfile',
  'riskAssessments',
  'riskFlags',
  'riskPlans',
  'sentencePlan',
  'mappaNominal',
  'mappaLevelChanges',
  'mappaReferrals',
  'mappaMeetingItems',
  'mappaActions',
  'mappaReviews',
  'cosaReferrals',
  'circles',
  'circleVolunteers',
  'circleMeetings',
  'cosaConcerns',
  'iomMemberships',
  'iomEvents',
  'iomDecisions',
  'policeIntelligence',
  'pathways',
  'pathwayUpdates',
  'partnerReferrals',
  'partnerReferralUpdates',
  'recordAudit',
] as const
export type SectionKey = (typeof sectionKeys)[number]

export type Cell = string | number | boolean | null
export type BundleRow = { [field: string]: Cell } & { redactionReview: boolean; redactionReasons: string }
export type Sections = Record<SectionKey, BundleRow[]>

export type SubjectAccessBundle = {
  format: typeof SUBJECT_ACCESS_FORMAT
  version: typeof SUBJECT_ACCESS_VERSION
  generatedAt: string
  request: { reference: string; receivedOn: string; dueOn: string }
  subject: { crn: string; name: string }
  sections: Sections
}
