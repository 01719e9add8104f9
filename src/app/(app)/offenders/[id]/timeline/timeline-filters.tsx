import { getTranslations } from 'next-intl/server'
import { Button } from '@/components/button'
import { SelectField, type Option } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { contactTypes } from '@/server/contacts/contact.schemas'
import { compliance, COURT } from '@/server/contacts/timeline.schemas'

/** A plain GET form: filters live in the URL, so a filtered timeline can be bookmarked and works without JS. */
export async function TimelineFilters({ values, errors, agencies }: { values: Record<string, string | undefined>; errors: Record<string, string[]>; agencies: Option[] }) {
  const t = await getTranslations()
  return (
    <form noValidate method="get" className="grid gap-4 border-2 border-gray-300 p-4 md:grid-cols-3" aria-label={t('timeline.filters')}>
      <SelectField name="type" label={t('timeline.type')} placeholder={t('timeline.any')} defaultValue={values.type ?? ''} errors={errors.type} options={[...contactTypes.map((c) => ({ value: c, label: t(`enums.contactType.${c}`) })), { value: COURT, label: t('timeline.court') }]} />
      <SelectField name="agencyId" label={t('timeline.agency')} placeholder={t('timeline.any')} defaultValue={values.agencyId ?? ''} errors={errors.agencyId} options={agencies} />
      <SelectField
        name="compliance"
        label={t('timeline.compliance')}
        placeholder={t('timeline.any')}
        defaultValue={values.compliance ?? ''}
        errors={errors.compliance}
        options={compliance.map((c) => ({ value: c, label: t(`timeline.complianceOption.${c}`) }))}
      />
      <TextField name="from" type="date" label={t('timeline.from')} defaultValue={values.from ?? ''} errors={errors.from} />
      <TextField name="to" type="date" label={t('timeline.to')} defaultValue={values.to ?? ''} errors={errors.to} />
      <TextField name="q" label={t('timeline.keyword')} defaultValue={values.q ?? ''} errors={errors.q} maxLength={100} />
      <div className="md:col-span-3">
        <Button type="submit">{t('timeline.apply')}</Button>
      </div>
    </form>
  )
}
