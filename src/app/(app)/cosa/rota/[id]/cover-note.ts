/**
 * Which sentence heads the "put a volunteer on this meeting" form: who is free to cover, or why nobody is. With every
 * member of the circle already on the meeting (no one listed under "who else of the circle can come"), saying that no
 * member of the circle is free contradicted the page (walk 34 O11): only the wider pool is then in question.
 * Input: the meeting's cover suggestions and the circle's members not on it. Output: a key of the `rota` messages.
 */
export function coverNote(cover: readonly unknown[], othersOfCircle: readonly unknown[]): 'coverSuggested' | 'noCover' | 'noCoverOutside' {
  if (cover.length) return 'coverSuggested'
  return othersOfCircle.length ? 'noCover' : 'noCoverOutside'
}
