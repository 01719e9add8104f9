import type { Option } from '@/components/select-field'
import { localisedOptions } from '@/lib/localised'

type AgencyChoice = { id: string; name: string; nameCy: string | null; teams: { id: string; name: string; nameCy: string | null }[] }

/**
 * Select options for agencies and for teams: each team labelled with its agency, so the choice is unambiguous, and
 * grouped by it, so the form offers only the chosen agency's teams (re-break 54: every agency's were offered, and one of
 * another agency refused on saving).
 */
export function userFormChoices(agencies: AgencyChoice[], cy: boolean): { agencies: Option[]; teams: Option[] } {
  const label = (o: { name: string; nameCy: string | null }) => (cy && o.nameCy ? o.nameCy : o.name)
  return {
    agencies: localisedOptions(agencies, cy ? 'cy' : 'en'),
    teams: agencies.flatMap((a) => a.teams.map((team) => ({ value: team.id, label: `${label(team)} — ${label(a)}`, group: a.id }))),
  }
}
