'use client'
import { useTranslations } from 'next-intl'
import { useActionState, useEffect, useState } from 'react'
import { Button } from '@/components/button'
import { fieldId } from '@/components/field'
import { TextField } from '@/components/text-field'
import type { FormStepState } from '@/server/action'
import { renewCalendarLinkAction } from '@/server/cosa/calendar-actions'
import { useOwnSuccess } from '@/components/use-own-success'

/** Creates (or replaces) the secret calendar address and shows it this once, ready to copy. */
export function CalendarLinkForm({ hasLink }: { hasLink: boolean }) {
  const t = useTranslations('calendar')
  const [state, action, pending] = useActionState<FormStepState, FormData>(renewCalendarLinkAction, null)
  const [copied, setCopied] = useState<string | null>(null)
  // Its words are in the language it was refused in: the language switch puts it away (re-break 52b F6).
  const { failed } = useOwnSuccess(state)
  const address = state?.ok ? (state.data as { address: string }).address : null

  // The new address takes the focus, selected, ready to copy (walk 41 F8: focus fell to the page's body).
  useEffect(() => {
    if (address) document.getElementById(fieldId('calendarAddress', 'calendar'))?.focus()
  }, [address])

  async function copy() {
    if (!address) return
    try {
      await navigator.clipboard.writeText(address)
      setCopied(address)
    } catch {
      // No clipboard (an older phone, or not https): select the text so the phone's own copy works.
      const field = document.getElementById(fieldId('calendarAddress', 'calendar')) as HTMLInputElement | null
      field?.select()
    }
  }

  return (
    <>
      <div aria-live="polite" role="status" className="mb-3 font-bold text-green-800">
        {address && <p>{t('created')}</p>}
        {address && copied === address && <p>{t('copied')}</p>}
      </div>
      {failed && <p role="alert" className="mb-3 font-bold text-error">{failed.message}</p>}
      {/* Not beside the address just made, which it would contradict (walk 41 F8). */}
      {hasLink && !address && <p className="mb-3">{t('hasLink')}</p>}
      {address && (
        <div className="mb-4 space-y-2">
          <TextField name="calendarAddress" idPrefix="calendar" label={t('addressLabel')} hint={t('showOnce')} value={address} readOnly onFocus={(e) => e.currentTarget.select()} />
          <Button type="button" variant="secondary" onClick={copy}>{t('copy')}</Button>
        </div>
      )}
      <form noValidate action={action}>
        {hasLink && <p id="calendar-renew-hint" className="mb-2">{t('renewHint')}</p>}
        <Button type="submit" disabled={pending} variant={hasLink ? 'secondary' : 'primary'} aria-describedby={hasLink ? 'calendar-renew-hint' : undefined}>
          {hasLink ? t('renew') : t('create')}
        </Button>
      </form>
    </>
  )
}
