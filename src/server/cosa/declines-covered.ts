import type { AssignmentResponse, DropoutKind } from '../../generated/prisma/enums'

type TPlace = { volunteerId: string; response: AssignmentResponse; createdAt: Date }
type TDropout = { volunteerId: string; kind: DropoutKind; recordedAt: Date }

/**
 * Who of a meeting's declines still needs cover. A decline needs cover even if two others remain (issue 16 item 10),
 * until a place is taken after it: each place given after a decline (not declined, its volunteer still serving)
 * covers one decline, the earliest first, so the rota or a coordinator filling the place clears "Needs cover" (walk
 * 41 F6: it stayed after the rota had put Dafydd on). A decline is dated by its dropout record, else, for a row
 * older than those records, by its own place. Input: the meeting's places and dropouts, whether a volunteer still
 * serves on it (not kept out), their first names. Output: the first names of declines not covered, in the order
 * they declined.
 */
export function declinesUncovered(places: TPlace[], dropouts: TDropout[], serving: (volunteerId: string) => boolean, names: Map<string, string>): string[] {
  const declinedAt = (p: TPlace) => dropouts.findLast((d) => d.kind === 'DECLINED' && d.volunteerId === p.volunteerId)?.recordedAt ?? p.createdAt
  const declines = places.filter((p) => p.response === 'DECLINED').map((p) => ({ volunteerId: p.volunteerId, at: declinedAt(p).getTime() })).sort((a, b) => a.at - b.at)
  const given = places.filter((p) => p.response !== 'DECLINED' && serving(p.volunteerId)).map((p) => p.createdAt.getTime()).sort((a, b) => a - b)
  return declines.flatMap((d) => {
    const covering = given.findIndex((at) => at > d.at)
    if (covering === -1) return [names.get(d.volunteerId) ?? '']
    given.splice(covering, 1)
    return []
  })
}
