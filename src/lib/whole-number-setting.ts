/**
 * A whole-number setting from the environment (the README's configuration table): `value` as written there, else
 * `fallback` when it is unset, blank, not a whole number or outside `min`..`max`. Never NaN and never a fraction, so
 * a typo such as `2.5` or `ten` cannot stop a gate or pool from being built (review of issue 14's outcome gate:
 * p-limit refuses 2.5, which broke every outcome page). Output: a whole number within the bounds.
 */
export function wholeNumberSetting(value: string | undefined, fallback: number, { min, max }: { min: number; max: number }): number {
  const n = value === undefined || value.trim() === '' ? NaN : Number(value)
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback
}
