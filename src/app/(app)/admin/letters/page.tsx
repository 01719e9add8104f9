import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { updateLetterTemplateAction } from '@/server/letters/actions'
import { findLetterTemplates } from '@/server/letters/letter-templates'
import { letterPlaceholders } from '@/server/letters/letter.schemas'
import { requireActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('letters')
  return { title: t('title') }
}

/** The administrators' wording of the enforcement letters, in English and Welsh: reference data, no case data. */
export default async function LettersPage() {
  const templates = await orNotFound(findLetterTemplates((await requireActor())))
  const t = await getTranslations()
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('letters.title')}</h1>
      <p className="mb-4 max-w-3xl">{t('letters.intro')}</p>
      <p className="mb-8">
        {t('letters.placeholders')} {letterPlaceholders.map((p) => <code key={p} className="mr-2 bg-gray-100 px-1">{`{${p}}`}</code>)}
      </p>
      {templates.map((tpl) => (
        <section key={tpl.kind} aria-labelledby={`letter-${tpl.kind}`} className="mb-12 max-w-3xl">
          <h2 id={`letter-${tpl.kind}`} className="mb-1 text-2xl font-bold">{t(`letters.kind.${tpl.kind}`)}</h2>
          <p className="mb-3 text-sm text-gray-700">{t('letters.version', { version: tpl.version })}</p>
          <ActionForm
            problemTitle={t('common.problem')}
            action={updateLetterTemplateAction}
            idPrefix={`letter-${tpl.kind}`}
            hidden={{ kind: tpl.kind, version: tpl.version }}
            fields={[
              { kind: 'text', name: 'titleEn', label: t('letters.titleEn'), defaultValue: tpl.titleEn },
              { kind: 'textarea', name: 'bodyEn', label: t('letters.bodyEn'), defaultValue: tpl.bodyEn },
              { kind: 'text', name: 'titleCy', label: t('letters.titleCy'), defaultValue: tpl.titleCy },
              { kind: 'textarea', name: 'bodyCy', label: t('letters.bodyCy'), defaultValue: tpl.bodyCy },
            ]}
            submitLabel={t('letters.save')}
            successMessage={t('letters.saved')}
          />
        </section>
      ))}
    </>
  )
}
