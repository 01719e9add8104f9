/**
 * The code of the agency Llwybr itself runs under: its system administrators' home (prisma/seed/reference-data.ts),
 * not an organisation that works with people on probation.
 */
export const SYSTEM_AGENCY_CODE = 'LLWYBR-OPS'

/**
 * Prisma `where` for an agency that may be picked as a partner (MAPPA meeting and serious case review agencies, a
 * COSA outer-circle agency): active and not the system's own agency, which was offered as one (fix16b item 6). Used
 * both by the pickers and by the checks of what is posted, so neither offers nor takes it.
 */
export const partnerAgency = { active: true, code: { not: SYSTEM_AGENCY_CODE } } as const
