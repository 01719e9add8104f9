import 'server-only'
// Which step of a circle's life was just done, carried to its page as `?done=<step>&cancelled=<n>` after the
// redirect (cosa16 item 4). Shared by the actions that redirect and the page that reads it.

// `memberAdded`, `memberLeft`, `outerRemoved`: the add form goes once no one else can join, and a removed member's
// row takes its form with it, so the page says so rather than nothing (walk 20, D3).
export const lifeSteps = ['started', 'ending', 'running', 'endReview', 'questionnaire', 'closed', 'memberAdded', 'memberLeft', 'outerRemoved'] as const
export type TLifeStep = (typeof lifeSteps)[number]

/**
 * The circle page's address saying `step` was done; `cancelled` is how many meetings it cancelled, if any. `at` (the
 * time, ms) makes each step's address new, so its message shows even when the page stays mounted from the last one.
 */
export const lifeStepDone = (circleId: string, step: TLifeStep, cancelled?: number) =>
  `/cosa/circles/${circleId}?done=${step}${cancelled === undefined ? '' : `&cancelled=${cancelled}`}&at=${Date.now()}`

/** Reads `?done=` and `?cancelled=` back: the step (null when absent or unknown) and a count of at least 0. */
export function lifeStepOf(params: { done?: string | string[]; cancelled?: string | string[] }): { step: TLifeStep; cancelled: number } | null {
  const step = lifeSteps.find((s) => s === params.done)
  if (!step) return null
  const n = Number(typeof params.cancelled === 'string' ? params.cancelled : 0)
  return { step, cancelled: Number.isInteger(n) && n > 0 ? n : 0 }
}
