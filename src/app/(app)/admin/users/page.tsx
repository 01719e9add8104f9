import { TableScroll } from '@/components/table-scroll'
import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { Button } from '@/components/button'
import { Pagination } from '@/components/pagination'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { keysetLinks } from '@/lib/keyset-links'
import { withFilterErrors } from '@/app/_lib/filter-errors'
import { orNotFound } from '@/app/_lib/or-not-found'
import { FilterErrorSummary } from '@/components/filter-error-summary'
import { findUsers } from '@/server/users/find-users'
import { requireActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.users')
  return { title: t('title') }
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams
  const actor = (await requireActor())
  // Bad filters (too long, control characters) get field messages above the unfiltered list, not an error page.
  const { result, errors } = await withFilterErrors(params, (p) => orNotFound(findUsers(actor, p)))
  const { users, total, pages, query } = result
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const cy = (await getLocale()) === 'cy'
  const href = ({ page, ...boundary }: { after?: string; before?: string; page: number }) =>
    `/admin/users?${new URLSearchParams({ q: query.q ?? '', status: query.status ?? '', ...boundary, page: String(page) })}`
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('admin.users.title')}</h1>
      <p className="mb-6">
        <Link href="/admin/users/new" className="font-bold">{t('admin.users.new')}</Link>
      </p>
      <FilterErrorSummary errors={errors} labels={{ q: t('admin.users.search'), status: t('admin.users.status') }} />
      <form noValidate method="get" className="mb-6 flex flex-wrap items-end gap-4">
        <TextField name="q" label={t('admin.users.search')} defaultValue={query.q ?? ''} errors={errors.q} maxLength={100} />
        <SelectField
          name="status"
          label={t('admin.users.status')}
          placeholder={t('admin.users.anyStatus')}
          defaultValue={query.status ?? ''}
          errors={errors.status}
          options={(['ACTIVE', 'DISABLED'] as const).map((s) => ({ value: s, label: t(`enums.userStatus.${s}`) }))}
        />
        <Button type="submit">{t('admin.users.filter')}</Button>
      </form>
      <p className="mb-2" role="status">{t('admin.users.count', { count: total })}</p>
      <TableScroll label={t('admin.users.caption')}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t('admin.users.caption')}</caption>
          <thead className="border-b-2 border-gray-900">
            <tr>
              {(['name', 'email', 'agency', 'roles', 'status', 'lastSignIn'] as const).map((c) => (
                <th key={c} scope="col" className="p-2">{t(`admin.users.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-gray-300">
                <td className="p-2"><Link href={`/admin/users/${u.id}`}>{u.name}</Link></td>
                <td className="p-2">{u.email}</td>
                <td className="p-2">{cy && u.agency.nameCy ? u.agency.nameCy : u.agency.name}</td>
                <td className="p-2">{u.roles.map((r) => t(`roles.${r}`)).join(', ')}</td>
                <td className="p-2">{t(`enums.userStatus.${u.status}`)}</td>
                <td className="p-2">{u.lastSignInAt ? formatDate(u.lastSignInAt, 'dateTime') : t('admin.users.never')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination page={query.page} pages={pages} {...keysetLinks(result, query.page, href)} />
    </>
  )
}
