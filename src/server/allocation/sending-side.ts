import type { Actor } from '../policy'

/**
 * Whether the actor stands on the sending side of a transfer request: not of the team it would go to. The receiving
 * side accepts or rejects it from its own list; it never withdraws it (break 61 F4: the receiving senior, who may
 * also change the case, withdrew it and was told "The case stays with your team"). Input: the actor and the
 * request's `toTeamId`. Output: boolean.
 */
export const onSendingSide = (actor: Pick<Actor, 'teamId'>, request: { toTeamId: string }) => request.toTeamId !== actor.teamId
