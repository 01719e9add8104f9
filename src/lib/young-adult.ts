/**
 * Who is a "young adult": the one definition, used by the person record's priority groups, IOM cohort selection and
 * every label that names the group (issue 15 item 4). Ages in whole years, both ends included.
 * Source: Wales Reducing Reoffending Strategy 2014–2016, "Young adults (aged 16-25)" (seeds/003…, priority groups),
 * the same range IOM Cymru uses for the youth-to-adult transition group (domain.md).
 */
export const YOUNG_ADULT_AGES = { from: 16, to: 25 } as const

/** Whether someone of `age` whole years is a young adult. */
export const isYoungAdult = (age: number) => age >= YOUNG_ADULT_AGES.from && age <= YOUNG_ADULT_AGES.to
