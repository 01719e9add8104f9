import { getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { openBreakGlassAction } from '@/server/break-glass/actions'
import { BREAK_GLASS_HOURS, BREAK_GLASS_REASON_MIN, BREAK_GLASS_REASON_WORDS } from '@/server/break-glass/break-glass.schemas'

/**
 * The break-glass page body (issue 17): the record is outside the user's scope; a reason opens it. `target` is only
 * what the user followed or typed (the id in the address, or the CRN searched for): nothing else about the person
 * is shown before they give a reason. `heading` is false where the page already has its own h1 (the search).
 */
export async function BreakGlassForm({ target, notice, heading = true }: { target: string; notice?: string; heading?: boolean }) {
  const t = await getTranslations()
  const Title = heading ? 'h1' : 'h2'
  return (
    <section aria-labelledby="break-glass-heading" className="mb-8 max-w-2xl border-l-4 border-error pl-4">
      {notice && <p className="mb-2 font-bold">{notice}</p>}
      <Title id="break-glass-heading" className={`mb-4 font-bold ${heading ? 'text-3xl' : 'text-2xl'}`}>
        {t('breakGlass.title')}
      </Title>
      <p className="mb-4">{t('breakGlass.body', { hours: BREAK_GLASS_HOURS })}</p>
      <ActionForm
        problemTitle={t('common.problem')}
        action={openBreakGlassAction}
        idPrefix="break-glass"
        hidden={{ target }}
        submitLabel={t('breakGlass.submit')}
        successMessage={t('breakGlass.done')}
        variant="warning"
        fields={[{ kind: 'textarea', name: 'reason', label: t('breakGlass.reason'), hint: t('breakGlass.reasonHint', { min: BREAK_GLASS_REASON_MIN, words: BREAK_GLASS_REASON_WORDS }), maxLength: 500 }]}
      />
    </section>
  )
}
