import { getLocale, getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import type { Pathway } from '@/generated/prisma/enums'
import { setSupportNeedActiveAction, updateSupportNeedAction } from '@/server/pathways/actions'
import { needLabel, pathwayLabelKey } from '@/server/pathways/pathways'

type Need = { id: string; label: string; labelCy: string; active: boolean; version: number }

/**
 * One pathway's support needs: both labels, whether still offered, and the forms to reword, withdraw or offer again,
 * each form naming the need in the reader's language (walk 58 F2: the Welsh page said "Tynnu Sexual health support yn ôl").
 */
export async function CatalogueSection({ pathway, needs }: { pathway: Pathway; needs: Need[] }) {
  const t = await getTranslations()
  const locale = await getLocale()
  const title = t(pathwayLabelKey(pathway))
  const common = { problemTitle: t('common.problem') }
  return (
    <section aria-labelledby={`needs-${pathway}`} className="mb-10">
      <h2 id={`needs-${pathway}`} className="mb-3 text-2xl font-bold">{title}</h2>
      {needs.length === 0 ? <p>{t('pathways.catalogue.none')}</p> : (
        <SimpleTable caption={t('pathways.catalogue.caption', { pathway: title })} hideCaption rowHeaders
          headers={[t('pathways.catalogue.label'), t('pathways.catalogue.labelCy'), t('pathways.catalogue.offered'), t('pathways.catalogue.change')]}
          rows={needs.map((n) => ({ n, label: needLabel(n, locale) })).map(({ n, label }) => ({
            key: `${n.id}-${n.version}`,
            cells: [
              n.label,
              <span key="cy" lang="cy">{n.labelCy}</span>,
              n.active ? t('common.yes') : t('common.no'),
              <div key="change" className="space-y-2">
                <ActionForm {...common} action={updateSupportNeedAction} idPrefix={`need-${n.id}`} hidden={{ supportNeedId: n.id, version: n.version }} submitLabel={t('pathways.catalogue.save')} successMessage={t('pathways.catalogue.saved')}
                  disclosure={{ summary: t('pathways.catalogue.edit', { label }), look: 'link' }}
                  fields={[
                    { kind: 'text', name: 'label', label: t('pathways.catalogue.label'), defaultValue: n.label },
                    { kind: 'text', name: 'labelCy', label: t('pathways.catalogue.labelCy'), defaultValue: n.labelCy },
                  ]} />
                <ActionForm {...common} action={setSupportNeedActiveAction} idPrefix={`need-active-${n.id}`} hidden={{ supportNeedId: n.id, version: n.version, active: n.active ? 'false' : 'true' }} fields={[]}
                  submitLabel={n.active ? t('pathways.catalogue.withdraw', { label }) : t('pathways.catalogue.offerAgain', { label })} successMessage={t('pathways.catalogue.saved')} variant="secondary" />
              </div>,
            ],
          }))} />
      )}
    </section>
  )
}
