import type { VolunteerStage } from '../../generated/prisma/enums'
import { pipeline, type Vetting } from './pipeline'

/** Why a volunteer cannot join a circle today, in the order the coordinator would act on it. */
export type TJoinRefusal = 'left' | 'paused' | 'notYetVetted' | 'nonAssociation' | 'dbsExpired' | 'trainingLapsed' | 'atCircleLimit'

type Joiner = Vetting & { maxCircles: number; nonAssociated: boolean; circlesNow: number }

const vettedStages: readonly VolunteerStage[] = ['MATCHED', 'ACTIVE']

/**
 * The one reason a volunteer not yet in the circle cannot join it today, or null when addCircleMember would take them.
 * Input: the volunteer's vetting (`YYYY-MM-DD` London dates), their circle limit, whether they have a non-association
 * with this core member and how many circles they serve in now; `today` a London `YYYY-MM-DD`. Output: a reason key
 * (`cosaStaffing.cannotJoin.<key>`) or null. The first reason found wins: a volunteer who has left is not also told
 * their DBS lapsed. Rule source: domain.md "COSA" (vetted: matched or active, valid enhanced DBS, current training);
 * re-walk D7 of issue 16 (every other volunteer is listed with why, not left out).
 */
export function joinRefusal(v: Joiner, today: string): TJoinRefusal | null {
  if (v.stage === 'LEFT') return 'left'
  if (v.stage === 'PAUSED') return 'paused'
  if (!vettedStages.includes(v.stage) && pipeline.includes(v.stage as (typeof pipeline)[number])) return 'notYetVetted'
  if (v.nonAssociated) return 'nonAssociation'
  if (v.dbsExpiresOn === null || v.dbsExpiresOn < today) return 'dbsExpired'
  if (v.trainingCompletedOn === null || v.trainingCompletedOn > today || (v.trainingExpiresOn !== null && v.trainingExpiresOn < today)) return 'trainingLapsed'
  if (v.circlesNow >= v.maxCircles) return 'atCircleLimit'
  return null
}
