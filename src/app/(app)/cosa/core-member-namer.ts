import { getTranslations } from 'next-intl/server'
import type { TRotaCoreMember } from '@/server/cosa/rota-core-members'

/**
 * How every COSA coordinator page writes a core member: "Name (CRN)", or "Access restricted (CRN)" when the record is
 * limited for the viewer (the server sends no name then). Output: a function from { crn, name | null } to text.
 */
export async function coreMemberNamer(): Promise<(p: TRotaCoreMember) => string> {
  const t = await getTranslations('cosaLast')
  return (p) => (p.name ? `${p.name} (${p.crn})` : t('restricted', { crn: p.crn }))
}
