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

/**
 * The fields of a page's query given once, for a form's defaults and the links that keep a filter: a repeated field is
 * left out (the schema refuses it and names it, re-break 51 F3), as is one with no value.
 * Input: a page's awaited `searchParams`. Output: { field: string }.
 */
export function singleValues<T extends object>(query: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === 'string')) as Partial<Record<keyof T, string>>
}
