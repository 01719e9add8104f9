/**
 * Previous/next links for a keyset page (issue 15 item 8), for `Pagination`'s keyset mode: "next" starts after the
 * page's last row, "previous" ends before its first; page 2's "previous" is simply the first page.
 * @param page whether pages exist either side, and the ids of the page's first and last rows
 * @param current the page number shown ("page n of m")
 * @param href builds the list's address from the boundary and the page number
 */
export function keysetLinks(
  page: { hasNext: boolean; hasPrevious: boolean; firstId?: string; lastId?: string },
  current: number,
  href: (p: { after?: string; before?: string; page: number }) => string,
) {
  return {
    previousHref: page.hasPrevious && page.firstId ? (current <= 2 ? href({ page: 1 }) : href({ before: page.firstId, page: current - 1 })) : undefined,
    nextHref: page.hasNext && page.lastId ? href({ after: page.lastId, page: current + 1 }) : undefined,
  }
}
