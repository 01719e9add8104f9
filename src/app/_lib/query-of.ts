/**
 * A route handler's query string shaped as Next hands a page its `searchParams`: one string per field, or an array of
 * strings when the field is repeated, so a download reads a hand-made address as its page does (break 50 F5: the page
 * refused `?reference=A&reference=B` while `Object.fromEntries` gave the bundle the last value).
 * Input: the request. Output: { field: string | string[] }.
 */
export function queryOf(request: Request): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (const [field, value] of new URL(request.url).searchParams) {
    const seen = query[field]
    query[field] = seen === undefined ? value : [seen, value].flat()
  }
  return query
}
