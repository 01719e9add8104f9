import 'server-only'
import type { TRotaCoreMember } from './rota-core-members'

type Translate = (key: 'cosaBreak.circleOf' | 'cosaBreak.circleOfRestricted', values?: { name: string; crn: string }) => string

/**
 * A circle named inside a sentence ("Meeting of …", "also serves in …"): "the circle for Name (CRN)", or "the circle
 * for a restricted person (ask someone with access)" when the reader may not see the core member (ADR 0023), the same
 * words the COSA lists use for such a row (walk 27, D4: confirmations said "Meeting of Restricted record — ask the
 * data protection lead"). Input: the translator, the core member as rotaCoreMembers gives them. Output: the phrase.
 */
export function circleInSentence(t: Translate, c: TRotaCoreMember | undefined): string {
  return c?.name ? t('cosaBreak.circleOf', { name: c.name, crn: c.crn }) : t('cosaBreak.circleOfRestricted')
}
