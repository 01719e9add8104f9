import { buildWorld, type World } from '../../support/world'
import { discoverActions, type DiscoveredAction } from './actions'
import { realisticRecords, type RealisticRecords } from './realistic-records'
import { callersByRole, type RoleCaller } from './role-actors'

/** What a suite sending every action's realistic input needs: a world, the actions, a caller per role and the records. */
export type RealisticSuite = { w: World; actions: DiscoveredAction[]; callers: RoleCaller[]; r: RealisticRecords }

/** Builds a RealisticSuite (issue 17, the suite); call after `request-mocks` is imported. */
export async function realisticSuite(): Promise<RealisticSuite> {
  const w = await buildWorld()
  const actions = await discoverActions()
  const callers = await callersByRole(w)
  return { w, actions, callers, r: await realisticRecords(w, callers) }
}
