import type { AgencyKind } from '@/generated/prisma/enums'
import type { Option } from '@/components/select-field'
import { localisedOptions } from '@/lib/localised'

type AgencyChoice = { id: string; name: string; nameCy: string | null; kind: AgencyKind; teams: { id: string; name: string; nameCy: string | null }[] }

/**
 * Select options for agencies and for teams: each team labelled with its agency, so the choice is unambiguous, and
 * grouped by it, so the form offers only the chosen agency's teams (re-break 54: every agency's were offered, and one of
 * another agency refused on saving); and each agency's kind, so the form offers only the roles that fit it (break 65 F8).
 */
export function userFormChoices(agencies: AgencyChoice[], cy: boolean): { agencies: Option[]; teams: Option[]; agencyKinds: Record<string, AgencyKind> } {
  const label = (o: { name: string; nameCy: string | null }) => (cy && o.nameCy ? o.nameCy : o.name)
  return {
    agencies: localisedOptions(agencies, cy ? 'cy' : 'en'),
    agencyKinds: Object.fromEntries(agencies.map((a) => [a.id, a.kind])),
    teams: agencies.flatMap((a) => a.teams.map((team) => ({ value: team.id, label: `${label(team)} — ${label(a)}`, group: a.id }))),
  }
}
