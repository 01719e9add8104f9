import { TableScroll } from '@/components/table-scroll'
import { getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { getDateFormatter } from '@/i18n/date-formatter'
import { addAccessEntryAction, liftRestrictionAction, removeAccessEntryAction } from '@/server/limited-access/actions'
import type { TAccessLists } from '@/server/limited-access/get-access-lists'

type Entry = TAccessLists['exclusions'][number]

/** One Limited Access list as a table, each entry with its remove button (or why it stays). */
async function ListTable({ offenderId, kind, entries }: { offenderId: string; kind: 'exclusions' | 'restrictions'; entries: Entry[] }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const headingId = `access-${kind}-heading`
  return (
    <>
      <h3 id={headingId} className="mb-2 mt-6 text-xl font-bold">{t(`breakGlass.access.${kind}`)}</h3>
      {entries.length === 0 ? (
        <p>{t('breakGlass.access.none')}</p>
      ) : (
        <TableScroll labelledBy={headingId}>
          <table className="w-full border-collapse text-left text-sm" aria-labelledby={headingId}>
            <thead className="border-b-2 border-gray-900">
              <tr>
                {(['staff', 'reason', 'added', 'by', 'actions'] as const).map((c) => <th key={c} scope="col" className="p-2">{t(`breakGlass.access.${c}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-gray-300 align-top">
                  <td className="p-2">{e.user.name} ({e.user.email})</td>
                  <td className="p-2">{e.reason}</td>
                  <td className="p-2">{formatDate(e.createdAt, 'date')}</td>
                  <td className="p-2">{e.createdBy?.name ?? ''}</td>
                  <td className="p-2">
                    {e.isKept ? t('breakGlass.access.kept') : (
                      <ActionForm problemTitle={t('common.problem')} action={removeAccessEntryAction} idPrefix={`access-remove-${e.id}`} hidden={{ offenderId, entryId: e.id }} disclosure={t('breakGlass.access.removeDisclosure', { name: e.user.name })} fields={[{ kind: 'textarea', name: 'reason', label: t('breakGlass.access.removeReason'), hint: t('breakGlass.access.removeReasonHint'), maxLength: 500 }]} submitLabel={t('breakGlass.access.remove', { name: e.user.name })} successMessage={t('breakGlass.access.removed')} variant="secondary" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}

/** For seniors: the person's exclusion and restriction lists, managed on screen (issue 17, security.md AC-5); null for others. */
export async function AccessListsSection({ lists, offenderId }: { lists: TAccessLists | null; offenderId: string }) {
  if (!lists) return null
  const t = await getTranslations()
  return (
    <section aria-labelledby="access-lists-heading" className="mt-10 max-w-4xl">
      <h2 id="access-lists-heading" className="mb-2 text-2xl font-bold">{t('breakGlass.access.title')}</h2>
      <p className="mb-2">{t('breakGlass.access.intro')}</p>
      <ListTable offenderId={offenderId} kind="exclusions" entries={lists.exclusions} />
      <ListTable offenderId={offenderId} kind="restrictions" entries={lists.restrictions} />
      {lists.restrictions.length > 0 && (
        // Entries kept on the list cannot be removed one by one; this ends the list altogether (issue 17 item 2).
        <div className="mt-4 max-w-xl">
          <ActionForm
            problemTitle={t('common.problem')}
            action={liftRestrictionAction}
            idPrefix="access-lift"
            disclosure={t('securityMore.lift.disclosure')}
            hidden={{ offenderId }}
            submitLabel={t('securityMore.lift.submit')}
            successMessage={t('securityMore.lift.done')}
            fields={[{ kind: 'textarea', name: 'reason', label: t('securityMore.lift.reason'), hint: t('securityMore.lift.intro'), maxLength: 500 }]}
          />
        </div>
      )}
      <div className="mt-6 max-w-xl">
        <ActionForm
          problemTitle={t('common.problem')}
          action={addAccessEntryAction}
          idPrefix="access-add"
          disclosure={t('breakGlass.access.add')}
          hidden={{ offenderId }}
          submitLabel={t('breakGlass.access.submit')}
          successMessage={t('breakGlass.access.added_done')}
          fields={[
            { kind: 'select', name: 'kind', label: t('breakGlass.access.kind'), hint: t('breakGlass.access.addHint'), options: (['EXCLUSION', 'RESTRICTION'] as const).map((k) => ({ value: k, label: t(`breakGlass.access.kind${k}`) })) },
            { kind: 'select', name: 'userId', label: t('breakGlass.access.user'), placeholder: t('breakGlass.access.choose'), options: lists.staff.map((s) => ({ value: s.id, label: `${s.name} (${s.email})` })) },
            { kind: 'textarea', name: 'reason', label: t('breakGlass.access.addReason'), maxLength: 500 },
          ]}
        />
      </div>
    </section>
  )
}
