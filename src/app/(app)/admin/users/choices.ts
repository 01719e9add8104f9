import type { Option } from '@/components/select-field'
import { localisedOptions } from '@/lib/localised'

type AgencyChoice = { id: string; name: string; nameCy: string | null; teams: { id: string; name: string; nameCy: string | null }[] }

/** Select options for agencies and for teams (labelled with their agency, so the choice is unambiguous). */
export function userFormChoices(agencies: AgencyChoice[], cy: boolean): { agencies: Option[]; teams: Option[] } {
  const label = (o: { name: string; nameCy: string | null }) => (cy && o.nameCy ? o.nameCy : o.name)
  return {
    agencies: localisedOptions(agencies, cy ? 'cy' : 'en'),
    teams: agencies.flatMap((a) => a.teams.map((team) => ({ value: team.id, label: `${label(team)} — ${label(a)}` }))),
  }
}
