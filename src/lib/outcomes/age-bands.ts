/**
 * The Ministry of Justice age bands at cohort start (proven reoffending statistics tables), youngest first: each
 * band's key and its ages in whole years, both ends included (`to` null: no upper end). The one list the
 * breakdown's SQL and the priority groups' shared cells are made from.
 */
export const AGE_BANDS = [
  { key: '10-17', from: 10, to: 17 },
  { key: '18-20', from: 18, to: 20 },
  { key: '21-24', from: 21, to: 24 },
  { key: '25-29', from: 25, to: 29 },
  { key: '30-39', from: 30, to: 39 },
  { key: '40-49', from: 40, to: 49 },
  { key: '50+', from: 50, to: null },
] as const

/**
 * The age bands lying wholly inside an age range (whole years, both ends included): their people are all in the
 * range, so a group defined by that range has the same people in those bands as everyone has (group-cells.ts).
 * Input: { from, to }. Output: band keys, youngest first.
 */
export const bandsWithin = (range: { from: number; to: number }): string[] =>
  AGE_BANDS.filter((b) => b.from >= range.from && b.to !== null && b.to <= range.to).map((b) => b.key)
