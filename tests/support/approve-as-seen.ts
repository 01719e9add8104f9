import type { Actor } from '../../src/server/policy'
import { prisma } from '../../src/server/db'
import { approveMinutes } from '../../src/server/mappa/minutes'
import { minutesFingerprint } from '../../src/server/mappa/minutes-fingerprint'

/** The chair approves the minutes as they read them now (the approve form's fingerprint, MAPPA fix item 2), sure (break test item 2). */
export async function approveAsSeen(actor: Actor, meetingId: string) {
  return approveMinutes(actor, { meetingId, fingerprint: await minutesFingerprint(prisma, meetingId), confirm: 'on' })
}
