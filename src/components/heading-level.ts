/** The level of a heading element (h1–h6, or role="heading" with aria-level), or null for any other element. */
function levelOf(el: Element): number | null {
  const tag = /^H([1-6])$/.exec(el.tagName)
  if (tag) return Number(tag[1])
  const aria = el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level')) : NaN
  return Number.isInteger(aria) && aria >= 1 ? aria : null
}

/**
 * The level a heading placed at `el` takes so that it sits inside the section it appears in: one below the nearest
 * heading before `el` in document order, at most 6; 2 when none comes before (in the browser only).
 * Why: an error summary's fixed h2 inside a form section headed h3 ended that section in a screen reader's headings
 * list, so the next form seemed to belong to "There is a problem" (walk 37 O8a).
 */
export function levelWithin(el: Element): number {
  const walker = el.ownerDocument.createTreeWalker(el.ownerDocument.body, NodeFilter.SHOW_ELEMENT)
  walker.currentNode = el
  for (let node = walker.previousNode(); node; node = walker.previousNode()) {
    const level = levelOf(node as Element)
    if (level !== null) return Math.min(6, level + 1)
  }
  return 2
}
