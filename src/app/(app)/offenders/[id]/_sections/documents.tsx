import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { findDocuments } from '@/server/documents/documents'
import { UploadForm } from './upload-form'

type Documents = Awaited<ReturnType<typeof findDocuments>>

export async function DocumentsSection({ offenderId, documents, canUpload }: { offenderId: string; documents: Documents; canUpload: boolean }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  return (
    <section aria-labelledby="documents-heading" className="mt-10">
      <h2 id="documents-heading" className="mb-4 text-2xl font-bold">{t('documents.title')}</h2>
      {documents.length === 0 ? (
        <p className="mb-4">{t('documents.none')}</p>
      ) : (
        <ul className="mb-6 space-y-2">
          {documents.map((d) => (
            <li key={d.id}>
              {/* A plain link: the route handler checks access and audits the download. */}
              <a href={`/api/documents/${d.id}`}>{d.filename}</a>{' '}
              {t('documents.meta', { size: Math.max(1, Math.round(d.size / 1024)), date: formatDate(d.uploadedAt, 'date') })}
              {d.description && ` · ${d.description}`}
            </li>
          ))}
        </ul>
      )}
      {canUpload && <UploadForm offenderId={offenderId} />}
    </section>
  )
}
