import { staleRefusal } from '../errors'

export type TCircleStatus = 'FORMING' | 'ACTIVE' | 'ENDING' | 'CLOSED'

/**
 * The refusal of a circle step its status does not allow, named by the status the circle is actually in (break test
 * of issue 16, D6: adding a volunteer to a closed circle said "Only a forming circle can be started", and the
 * questionnaire on a closed circle said it is completed "once the circle is ending"). Keys under "validation".
 */
export const circleStatusRefusals = {
  FORMING: 'circleNotStartedYet',
  ACTIVE: 'circleNotEnding',
  ENDING: 'circleIsEnding',
  CLOSED: 'circleClosed',
} as const satisfies Record<TCircleStatus, string>

/**
 * Refuses a step unless the circle is in one of `allowed`; the message names its status, or `own[status]` where
 * the step has a more precise one (the pattern of an ending circle, the end review of a running one).
 * Input: the circle's status, the statuses the step allows, optional own keys. Output: none.
 * Errors: VALIDATION on `_form` with the key, marked stale (staleRefusal: the answer offers the reload). Call it after the circle row is held (circleOf), so the status read is
 * the one the step's writes commit against (break test of issue 16, D1).
 */
export function refuseUnlessCircle(status: string, allowed: readonly TCircleStatus[], own: Partial<Record<TCircleStatus, string>> = {}): void {
  if ((allowed as readonly string[]).includes(status)) return
  const s = status as TCircleStatus
  // The form was drawn for a status the circle no longer has: said as a stale page, with the reload (walk 23, D2).
  throw staleRefusal(own[s] ?? circleStatusRefusals[s])
}
