import { getTranslations } from 'next-intl/server'

type Part = { id: string; label: string }

/**
 * In-page navigation at the top of the record (issue 15 item 10): a link to each section's heading, so keyboard
 * and screen-reader users reach a part of a long record without tabbing through every form before it.
 */
export async function RecordNav({ parts }: { parts: (Part | false)[] }) {
  const t = await getTranslations('record.nav')
  return (
    <nav aria-label={t('label')} className="mb-6 border-y-2 border-gray-300 py-3">
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {parts.filter((p): p is Part => Boolean(p)).map((p) => (
          <li key={p.id}>
            <a href={`#${p.id}`}>{p.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
