import { getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { mergeOffendersAction } from '@/server/offenders/merge-actions'

/** For seniors: fold a duplicate record (by CRN) into this one. */
export async function MergeSection({ offenderId }: { offenderId: string }) {
  const t = await getTranslations()
  return (
    <section aria-labelledby="merge-heading" className="mt-10 max-w-xl">
      <h2 id="merge-heading" className="mb-2 text-2xl font-bold">{t('merge.title')}</h2>
      <p className="mb-4">{t('merge.intro')}</p>
      <ActionForm problemTitle={t('common.problem')} action={mergeOffendersAction} idPrefix="merge" hidden={{ keepId: offenderId }} submitLabel={t('merge.submit')} successMessage={t('merge.done')} variant="warning"
        disclosure={{ summary: t('merge.open'), look: 'link' }}
        fields={[
          { kind: 'text', name: 'mergeCrn', label: t('merge.crn'), hint: t('merge.crnHint') },
          { kind: 'text', name: 'reason', label: t('merge.reason') },
        ]} />
    </section>
  )
}
