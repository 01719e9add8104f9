// Which step on a volunteer's page was just done, carried to it as `?done=<step>&circles=<n>&places=<n>` after the
// redirect, when the step's form is gone once it succeeds (walk 20, D3): a stage change to "Left" hides every form,
// and a removed availability window or leave takes its own form with it. Shared by the actions and the page.

export const volunteerSteps = ['stageChanged', 'availabilityRemoved', 'leaveRemoved'] as const
export type TVolunteerStep = (typeof volunteerSteps)[number]
type TCounts = { circlesLeft: number; placesReleased: number }

/**
 * The volunteer page's address saying `step` was done; `counts` are the circles left and places released by a stage
 * change. `at` (the time, ms) makes each address new, so its message shows even when the page stays mounted.
 */
export const volunteerStepDone = (volunteerId: string, step: TVolunteerStep, counts?: TCounts) =>
  `/cosa/volunteers/${volunteerId}?done=${step}${counts ? `&circles=${counts.circlesLeft}&places=${counts.placesReleased}` : ''}&at=${Date.now()}`

const count = (v: string | string[] | undefined) => {
  const n = Number(typeof v === 'string' ? v : 0)
  return Number.isInteger(n) && n > 0 ? n : 0
}

/** Reads `?done=`, `?circles=` and `?places=` back: the step (null when absent or unknown) and counts of at least 0. */
export function volunteerStepOf(params: { done?: string | string[]; circles?: string | string[]; places?: string | string[] }): ({ step: TVolunteerStep } & TCounts) | null {
  const step = volunteerSteps.find((s) => s === params.done)
  return step ? { step, circlesLeft: count(params.circles), placesReleased: count(params.places) } : null
}
