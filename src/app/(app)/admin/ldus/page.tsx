import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { Flash } from '@/components/flash'
import { SimpleTable } from '@/components/simple-table'
import { collatorFor, localisedName, localisedOptions } from '@/lib/localised'
import { regions } from '@/server/agencies/agency.schemas'
import { changeLduOfAuthorityAction, createLduAction, removeLduAction, renameLduAction } from '@/server/ldu-mapping/actions'
import { findLduMapping } from '@/server/ldu-mapping/ldu-mapping'
import { requireActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('lduMapping')
  return { title: t('title') }
}

/**
 * The reference data behind the outcome breakdowns by force, LDU and local authority (issue 14): each local
 * authority with its LDU, changed one at a time (only LDUs of its force area are offered); the LDUs, renamed in
 * English and Welsh, or removed when nothing uses them (`?removed=1` after a removal); and a new LDU.
 * Administrators only (`ldu.manage`); the figures follow at their next refresh.
 */
export default async function LduMappingPage({ searchParams }: { searchParams: Promise<{ removed?: string }> }) {
  const { removed } = await searchParams
  const mapping = await orNotFound(findLduMapping(await requireActor()))
  const t = await getTranslations()
  const locale = await getLocale()
  // Listed in the reader's alphabet by the name they read (Welsh names in Welsh order).
  const inOrder = <T extends { name: string; nameCy: string | null }>(rows: T[]) => rows.toSorted((a, b) => collatorFor(locale).compare(localisedName(a, locale), localisedName(b, locale)))
  const [authorities, ldus, providers] = [inOrder(mapping.authorities), inOrder(mapping.ldus), mapping.providers]
  const u = (key: string, values?: Record<string, string>) => (t as unknown as (k: string, v?: Record<string, string>) => string)(`lduMapping.${key}`, values)
  const lduName = new Map(ldus.map((l) => [l.id, localisedName(l, locale)]))
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{u('title')}</h1>
      <p className="mb-2 max-w-3xl">{u('intro')}</p>
      <p className="mb-6 max-w-3xl font-bold">{u('takesEffect')} <Link href="/admin/jobs" className="font-normal underline">{u('jobsLink')}</Link></p>

      <h2 className="mb-2 text-2xl font-bold">{u('authoritiesHeading')}</h2>
      <SimpleTable caption={u('authoritiesCaption')} rowHeaders
        headers={[u('authority'), u('code'), u('region'), u('ldu'), u('change')]}
        rows={authorities.map((a) => {
          const authority = localisedName(a, locale)
          return {
            key: a.id,
            cells: [
              authority,
              a.code,
              t(`enums.region.${a.region}`),
              a.lduId ? (lduName.get(a.lduId) ?? a.lduId) : u('noLdu'),
              <ActionForm key="change" problemTitle={t('common.problem')} action={changeLduOfAuthorityAction} idPrefix={`la-${a.code}`} hidden={{ localAuthorityId: a.id, seenLduId: a.lduId ?? '' }}
                submitLabel={u('saveLdu', { authority })} successMessage={u('lduSaved')} disclosure={{ summary: u('changeLdu', { authority }), look: 'link' }}
                fields={[{ kind: 'select', name: 'lduId', label: u('lduField', { authority }), hint: u('lduHint'), placeholder: u('chooseLdu'), defaultValue: a.lduId ?? '', options: localisedOptions(ldus.filter((l) => l.region === a.region), locale) }]} />,
            ],
          }
        })} />

      <h2 id="ldus-heading" className="mt-8 mb-2 text-2xl font-bold">{u('ldusHeading')}</h2>
      {removed === '1' && <Flash className="mb-4">{u('removed')}</Flash>}
      <SimpleTable caption={u('ldusCaption')} rowHeaders
        headers={[u('lduName'), u('code'), u('region'), u('provider'), u('change')]}
        rows={ldus.map((l) => {
          const ldu = localisedName(l, locale)
          return {
            key: l.id,
            cells: [
              ldu,
              l.code,
              t(`enums.region.${l.region}`),
              localisedName(l.agency, locale),
              <div key="change" className="space-y-2">
              <ActionForm problemTitle={t('common.problem')} action={renameLduAction} idPrefix={`ldu-${l.code}`} hidden={{ lduId: l.id, seenName: l.name, seenNameCy: l.nameCy ?? '' }}
                submitLabel={u('saveName', { ldu })} successMessage={u('renamed')} disclosure={{ summary: u('rename', { ldu }), look: 'link' }}
                fields={[
                  { kind: 'text', name: 'name', label: u('nameField'), defaultValue: l.name, maxLength: 200 },
                  { kind: 'text', name: 'nameCy', label: u('nameCyField'), defaultValue: l.nameCy ?? '', maxLength: 200 },
                ]} />
              <ActionForm problemTitle={t('common.problem')} action={removeLduAction} idPrefix={`ldu-remove-${l.code}`} hidden={{ lduId: l.id, seenName: l.name }}
                variant="warning" submitLabel={u('removeButton', { ldu })} successMessage={u('removed')} fields={[]}
                disclosure={{ summary: u('remove', { ldu }), look: 'link', intro: <p className="my-2 max-w-prose">{u('removeHint')}</p> }} />
              </div>,
            ],
          }
        })} />

      <h2 className="mt-8 mb-2 text-2xl font-bold">{u('addHeading')}</h2>
      <ActionForm problemTitle={t('common.problem')} action={createLduAction} idPrefix="new-ldu" hidden={{}}
        submitLabel={u('add')} successMessage={u('added')}
        fields={[
          { kind: 'text', name: 'code', label: u('codeField'), hint: u('codeHint'), maxLength: 40 },
          { kind: 'text', name: 'name', label: u('nameField'), maxLength: 200 },
          { kind: 'text', name: 'nameCy', label: u('nameCyField'), maxLength: 200 },
          { kind: 'select', name: 'region', label: u('regionField'), placeholder: u('chooseRegion'), options: regions.map((r) => ({ value: r, label: t(`enums.region.${r}`) })) },
          { kind: 'select', name: 'agencyId', label: u('providerField'), placeholder: u('chooseProvider'), options: localisedOptions(providers, locale) },
        ]} />
    </>
  )
}
