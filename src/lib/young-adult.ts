/**
 * The youth to adult transition group ("young adults" in the Strategy): the one definition used by the person
 * record's priority groups, IOM cohort selection and every label that names the group (issue 15 item 4), named
 * "Youth to adult transition" in both languages so it is never read as the outcome indicators' young adults
 * (COHORT_YOUNG_ADULT_AGES, issue 14). Ages in whole years today, both ends included.
 * Source: Wales Reducing Reoffending Strategy 2014–2016, "Young adults (aged 16-25)" (seeds/003…, priority groups),
 * the same range IOM Cymru uses for the youth-to-adult transition group (domain.md).
 */
export const YOUNG_ADULT_AGES = { from: 16, to: 25 } as const

/** Whether someone of `age` whole years is a young adult. */
export const isYoungAdult = (age: number) => age >= YOUNG_ADULT_AGES.from && age <= YOUNG_ADULT_AGES.to

/**
 * Young adults as the outcome indicators count them: aged 18 to 25 at cohort start, both ends included (issue 14,
 * "Breakdowns": "young adults aged 18–25 at cohort start"). The proven reoffending cohorts are the Ministry of
 * Justice's adult cohorts, which start at 18 (16- and 17-year-olds are in the youth justice figures), so the
 * indicators' group starts there while the person record and IOM selection keep the Strategy's 16–25 above. Every
 * outcome label, filter, definition and board pack names it "young adults at cohort start" with this range, and the
 * definitions page sets the two side by side (source of both: seeds/003, domain.md "Priority groups"; issue 14).
 */
export const COHORT_YOUNG_ADULT_AGES = { from: 18, to: 25 } as const
