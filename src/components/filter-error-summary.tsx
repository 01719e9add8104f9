import { getTranslations } from 'next-intl/server'
import { ErrorSummary } from '@/components/error-summary'

/**
 * A list's bad filters (withFilterErrors): each named with its message, and a line saying the list below is shown
 * without them, so nobody reads the unfiltered list as the filtered one (break 49: a refused CRN over the whole audit
 * log). Input: messages by field, and labels for fields whose name is not their label. Renders nothing when empty.
 */
export async function FilterErrorSummary({ errors, labels }: { errors: Record<string, string[]>; labels?: Record<string, string> }) {
  if (Object.keys(errors).length === 0) return null
  const t = await getTranslations('common')
  return <ErrorSummary title={t('problem')} message={t('filtersLeftOut')} fieldErrors={errors} labels={labels ?? {}} />
}
