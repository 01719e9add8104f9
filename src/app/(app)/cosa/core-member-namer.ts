import { getTranslations } from 'next-intl/server'
import type { TRotaCoreMember } from '@/server/cosa/rota-core-members'

/**
 * How every COSA coordinator page writes a core member: "Name (CRN)", or "Restricted record — ask …" when the record
 * is limited for the viewer (the server sends neither name nor CRN then, ADR 0023). Output: a function to text.
 */
export async function coreMemberNamer(): Promise<(p: TRotaCoreMember) => string> {
  const t = await getTranslations('cosaLast')
  return (p) => (p.name ? `${p.name} (${p.crn})` : t('restricted'))
}
