type Event = { type: string; values: unknown; createdAt: Date }
type Snapshot = { asAt: Date }

/**
 * The release date (`YYYY-MM-DD`) whose accommodation and employment are still not recorded, or null. Release prompts
 * for them but does not require them (ADR 0008 addendum): prisons often notify a release before the officer has seen
 * the person, and a wrong "settled" guess is worse than none. Until any snapshot dated on or after the release exists,
 * the record shows it as due; recording one (with the release or on its own) clears it. Only while the person is out
 * on licence: a recall or return to custody after the release ends the question for that release.
 */
export function releaseSnapshotDue(events: Event[], snapshots: Snapshot[]): string | null {
  const custody = events.filter((e) => ['RELEASED', 'RECALLED', 'RETURNED_TO_CUSTODY'].includes(e.type))
  const latest = custody.reduce<Event | null>((a, e) => (!a || e.createdAt > a.createdAt ? e : a), null)
  if (latest?.type !== 'RELEASED') return null
  const on = (latest.values as { on?: string } | null)?.on
  if (!on) return null
  return snapshots.some((s) => s.asAt.toISOString().slice(0, 10) >= on) ? null : on
}
