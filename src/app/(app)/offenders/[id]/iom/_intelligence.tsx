import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { todayInLondon } from '@/lib/dates'
import { recordIntelligenceAction } from '@/server/iom/actions'
import { intelligenceAbout, mayAddIntelligence } from '@/server/iom/intelligence'
import type { Actor } from '@/server/policy'

/** Police intelligence on the person: police only, read and written through its own police-only domain calls. */
export async function IntelligenceSection({ actor, offenderId }: { actor: Actor; offenderId: string }) {
  const [entries, mayAdd] = await Promise.all([intelligenceAbout(actor, offenderId), mayAddIntelligence(actor, offenderId)])
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date) => formatDate(d, 'day')
  return (
    <section aria-labelledby="intel-heading" className="mb-10 max-w-3xl border-l-4 border-error pl-4">
      <h2 id="intel-heading" className="mb-1 text-2xl font-bold">{t('iomIntel.heading')}</h2>
      <p className="mb-4 font-bold">{t('iomIntel.policeOnly')}</p>
      {entries.length === 0 ? <p className="mb-6">{t('iomIntel.none')}</p> : (
        <ul className="mb-6 space-y-3">
          {entries.map((e) => (
            <li key={e.id}>
              <p className="font-bold">{t('iomIntel.entry', { date: day(e.recordedOn), grading: e.grading, author: e.author.name })}</p>
              <p className="whitespace-pre-wrap">{e.summary}</p>
            </li>
          ))}
        </ul>
      )}
      {/* Through a break-glass opening the record is read only (walk 54 F1). */}
      {!mayAdd ? <p>{t('iomIntel.readOnly')}</p> : <>
      <h3 className="mb-2 text-xl font-bold">{t('iomIntel.add')}</h3>
      <ActionForm problemTitle={t('common.problem')} action={recordIntelligenceAction} idPrefix="intel" hidden={{ offenderId }} submitLabel={t('iomIntel.save')} successMessage={t('iomIntel.saved')} fields={[
        { kind: 'textarea', name: 'summary', label: t('iomIntel.summary') },
        { kind: 'text', name: 'grading', label: t('iomIntel.grading'), hint: t('iomIntel.gradingHint') },
        { kind: 'date', name: 'recordedOn', label: t('iomIntel.recordedOn'), defaultValue: todayInLondon() },
      ]} />
      </>}
    </section>
  )
}
