// Pure: the run screen (client hints) and the server (the truth) share these rules.

export const levelDecisions = ['CONTINUE', 'RAISE', 'LOWER', 'EXIT_TO_LEVEL_1'] as const
export type LevelDecision = (typeof levelDecisions)[number]

/**
 * The level a decision leads to from the nominal's current level (1–3), or null when it is not a possible step.
 * MAPPA levels: from level 2 the step down is an exit to level 1, recorded as such; level 3 is the highest.
 */
export function levelAfter(current: number, decision: LevelDecision): number | null {
  switch (decision) {
    case 'CONTINUE':
      return current
    case 'RAISE':
      return current < 3 ? current + 1 : null
    case 'LOWER':
      return current === 3 ? 2 : null
    case 'EXIT_TO_LEVEL_1':
      return current > 1 ? 1 : null
  }
}

/** Why a decision is not offered: a catalogue key under `mappaChair.notOffered` (issue 16 item 2). */
export type NotOfferedReason = 'highest' | 'lowerIsExit' | 'alreadyLevel1'

/**
 * The level decisions to offer for a nominal at `current`, and each one left out with the reason to show, so the
 * chair is never offered a step the server would refuse (issue 16 item 2).
 */
export function levelChoices(current: number): { offered: LevelDecision[]; notOffered: { decision: LevelDecision; reason: NotOfferedReason }[] } {
  const offered = levelDecisions.filter((d) => levelAfter(current, d) !== null)
  const notOffered = levelDecisions
    .filter((d) => levelAfter(current, d) === null)
    .map((decision) => ({ decision, reason: (decision === 'RAISE' ? 'highest' : current === 2 && decision === 'LOWER' ? 'lowerIsExit' : 'alreadyLevel1') as NotOfferedReason }))
  return { offered, notOffered }
}
