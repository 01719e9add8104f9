import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { closeCircleAction } from '@/server/cosa/circle-life-actions'
import { FocusOnArrival } from '@/components/focus-on-arrival'

type Props = {
  circle: { id: string; version: number }
  confirm: boolean
  /** No meeting held: it closes without a questionnaire, and needs no end review (walk 41 F2). */
  neverMet?: boolean
  /** The end review is recorded: the never-met hint no longer says it closes without one (walk 47 F4). */
  endReviewed?: boolean
}

/**
 * Closing an ending circle, in two steps (cosa16 item 4): "Close the circle…" opens (`?close=confirm`, no script
 * needed) an "are you sure" panel naming what closing means — no more meetings, volunteers released, no reopening —
 * whose button closes it; "No, keep it open" goes back. Refusals (end review or questionnaire missing) show there.
 */
export async function CloseSection({ circle, confirm, neverMet = false, endReviewed = false }: Props) {
  const t = await getTranslations()
  const tc = await getTranslations('cosaLast.close')
  return (
    <>
      <h3 className="mb-2 mt-6 text-xl font-bold">{t('circleLife.close')}</h3>
      <p className="mb-3">{neverMet ? t(endReviewed ? 'cosaLast.closeNeverMetReviewedHint' : 'cosaLast.closeNeverMetHint') : t('circleLife.closeHint')}</p>
      {confirm ? (
        <FocusOnArrival id="close-confirm" role="group" aria-labelledby="close-sure-heading" className="border-l-4 border-error pl-3">
          <h4 id="close-sure-heading" className="mb-2 text-lg font-bold">{tc('sureHeading')}</h4>
          <p>{tc('means')}</p>
          <ul className="mb-3 list-disc pl-5">
            <li>{tc('noMeetings')}</li>
            <li>{tc('released')}</li>
            <li>{tc('final')}</li>
          </ul>
          <ActionForm problemTitle={t('common.problem')} action={closeCircleAction} idPrefix="close" hidden={{ circleId: circle.id, version: circle.version }} fields={[]} submitLabel={tc('confirm')} successMessage={t('circleLife.closed')} variant="warning" />
          <p className="mt-3"><Link href={`/cosa/circles/${circle.id}`}>{tc('cancel')}</Link></p>
        </FocusOnArrival>
      ) : (
        <p><Link href={`/cosa/circles/${circle.id}?close=confirm#close-confirm`} className="inline-block rounded border-2 border-error px-4 py-2 font-bold text-error">{tc('start')}</Link></p>
      )}
    </>
  )
}
