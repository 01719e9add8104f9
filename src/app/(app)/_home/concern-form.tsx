import { getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { raiseConcernAction } from '@/server/cosa/actions'
import { myCircles } from '@/server/cosa/concerns'
import type { Actor } from '@/server/policy'

/** A volunteer tells their coordinator about a worry, straight away, from the same screen as their meetings. */
export async function ConcernForm({ actor }: { actor: Actor }) {
  const circles = await myCircles(actor)
  if (!circles.length) return null
  const t = await getTranslations()
  return (
    <section aria-labelledby="concern-heading" className="mb-10 max-w-xl">
      <h2 id="concern-heading" className="mb-3 text-2xl font-bold">{t('concerns.raise')}</h2>
      <p className="mb-3">{t('concerns.raiseHint')}</p>
      <ActionForm problemTitle={t('common.problem')} action={raiseConcernAction} idPrefix="concern" hidden={{}} fields={[
        { kind: 'select', name: 'circleId', label: t('concerns.circle'), options: circles.map((c) => ({ value: c.id, label: t('portal.with', { name: c.coreMember.firstName }) })), placeholder: t('common.choose'), ...(circles.length === 1 ? { defaultValue: circles[0]!.id } : {}) },
        { kind: 'select', name: 'urgency', label: t('concerns.urgency'), options: (['URGENT', 'ROUTINE'] as const).map((u) => ({ value: u, label: t(`enums.concernUrgency.${u}`) })), placeholder: t('common.choose') },
        { kind: 'textarea', name: 'description', label: t('concerns.what') },
      ]} submitLabel={t('concerns.send')} successMessage={t('concerns.sent')} />
    </section>
  )
}
