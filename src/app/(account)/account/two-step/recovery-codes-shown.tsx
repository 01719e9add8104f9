'use client'
import { useTranslations } from 'next-intl'

/** The ten recovery codes, shown once right after they are made (they are stored only as hashes). */
export function RecoveryCodesShown({ codes }: { codes: string[] }) {
  const t = useTranslations('totp')
  return (
    <section aria-labelledby="recovery-heading" role="status" className="border-4 border-brand p-4">
      <h2 id="recovery-heading" className="mb-2 text-2xl font-bold">{t('recoveryHeading')}</h2>
      <p className="mb-4">{t('recoveryIntro')}</p>
      <ol className="grid grid-cols-2 gap-2 font-mono text-lg" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </section>
  )
}
