'use client'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Button } from '@/components/button'
import { FormPlace } from '@/components/form-place'
import { SubmissionKey } from '@/components/submission-key'
import { ErrorSummary } from '@/components/error-summary'
import { formKey } from '@/components/form-key'
import { SelectField, type Option } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { TextareaField } from '@/components/textarea-field'
import { useLocale, useTranslations } from 'next-intl'
import type { ActionResult } from '@/server/action'
import { formatDate } from '@/lib/format-dates'
import type { ItemFormValues } from '@/lib/mappa-record-fields'
import { useOwnSuccess } from '@/components/use-own-success'
import { SuccessStatus } from '@/components/success-status'
import { textFields } from '@/lib/mappa-record-fields'
import { useBeforeLeave, useItemVersion } from './nominal-switch'
import { reloadOf } from '@/components/reload-of'
import { useRecordAnswer } from './record-answer'
import { useSubmitAfterOthers } from '@/components/page-saving'

const AUTOSAVE_MS = 1500

/**
 * Items this screen has just recorded, as `itemId:version`: recording remounts the form (a new version), and the new
 * form says "Recorded for the minutes." once. A plain load of an item recorded earlier shows its status instead, never
 * a success message (re-walk of issue 16, item 6). Module-level: it outlives the remount, not a reload.
 */
const justRecorded = new Set<string>()

/** The fields in the order the form shows them, for the error summary. */
const fieldOrder = ['discussedTime', 'informationShared', 'riskAssessment', 'supervision', 'monitoringAndControl', 'interventionsTreatment', 'victimSafetyPlanning', 'contingency', 'levelDecision', 'dissent', 'disclosureConsidered', 'disclosureDecision', 'disclosureTo', 'disclosureBy', 'disclosureReason', 'nextReviewDate'] as const

type Field = keyof ItemFormValues
type Label = 'rmp' | 'submit' | 'problem' | 'recorded' | 'recordedStatus' | 'saving' | 'saved' | 'conflict' | 'saveFailed' | 'draftRefused' | 'choose' | 'disclosureLegend' | 'disclosureHint' | 'yes' | 'no' | 'disclose' | 'withhold' | 'replace' | 'discussedHint'

/** What another screen saved meanwhile, as a recording refused for it carries (claimItem's `details.current`). */
type Saved = { version: number; recordedAt: string | null; recordedBy: string | null; values: ItemFormValues }

type Props = {
  recorded: boolean
  meetingId: string
  itemId: string
  values: Partial<Record<Field, string>>
  labels: Record<Field | Label, string>
  /** The level decisions possible from the nominal's level; `notOffered` says why the others are not (issue 16 item 2). */
  decisions: Option[]
  notOffered: string[]
  saveDraft: (form: FormData) => Promise<ActionResult<{ version: number }>>
}

/**
 * What the meeting records about one nominal. Typing is saved as a draft a moment after it stops (so a dropped
 * laptop loses little); "Record" checks the item is complete for the minutes. Each save carries the version it
 * was based on (ItemVersion), so a second laptop in the room cannot silently overwrite the first. A recorded item takes
 * no autosave: recording it again asks first, and "Replace its minutes" sends it with `confirmReplace` (issue 16
 * walk-through item 1).
 */
export function ItemRecordForm({ recorded, meetingId, itemId, values, labels, decisions, notOffered, saveDraft }: Props) {
  const t = useTranslations('mappaLast.savedMeanwhile')
  const locale = useLocale()
  const { state, formAction, pending, onAnswer } = useRecordAnswer()
  // What is on screen and saved nowhere: a recorded nominal's edits (they take no draft), or typing whose draft or
  // recording was refused (before the statement, drafts are: retest 72 F1), as a form drawn around a refusal is.
  // Asked about before the chair leaves it.
  const edited = useRef(state !== null && !state.ok)
  useEffect(() => {
    onAnswer.current = (result) => {
      if (!result?.ok) return
      edited.current = false
      justRecorded.add(`${itemId}:${(result.data as { version: number }).version}`)
    }
    return () => void (onAnswer.current = null)
  })
  const holdIfOthersSave = useSubmitAfterOthers(pending)
  const { version: current, setVersion: setCurrent } = useItemVersion()
  // Only this screen's own recording stands as a success after the remount; it follows the page-wide rule: never
  // beside this form's refusal, gone once anything is submitted (issue 16 item 1).
  const mark = `${itemId}:${current}`
  const [fresh] = useState(() => recorded && justRecorded.has(mark))
  useEffect(() => {
    justRecorded.delete(mark)
  }, [mark])
  const { showSuccess, failed, kept } = useOwnSuccess(state, fresh)
  // What another screen saved, as a draft's clash found it; drafts then wait for the chair's recording (break 74 F4).
  const [draftTheirs, setDraftTheirs] = useState<Saved | null>(null)
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved' | 'conflict' | 'failed' | 'refused'>('idle')
  // A draft the server refused for what a field holds (a pasted control character: walk 52 F2) is said as such, with
  // the field marked, not as a lost connection; the next save that passes clears it.
  const [draftErrors, setDraftErrors] = useState<Record<string, string[]>>({})
  const form = useRef<HTMLFormElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const draftWaiting = useRef(false)
  useEffect(() => () => clearTimeout(timer.current), [])
  const setBeforeLeave = useBeforeLeave()
  useEffect(() => {
    // Leaving for another nominal sends the draft typed in the last pause at once rather than dropping it (walk 72 F1).
    setBeforeLeave({
      unsaved: () => edited.current || draftWaiting.current,
      // The draft typed in the last pause is sent at once, and its answer awaited: a refused one stays to ask about.
      flush: async () => (draftWaiting.current ? await saveNow() : true) && !edited.current,
    })
    return () => setBeforeLeave(null)
  })

  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : draftErrors
  const askReplace = failed?.code === 'CONFLICT' && failed.details?.replace === true
  // The summary names each field it links to, as ActionForm's does (issue 16 walk-through item 3).
  const fieldLabels = Object.fromEntries(fieldOrder.map((f) => [f, labels[f]]))
  const refusedFields = Object.keys(draftErrors).map((f) => fieldLabels[f] ?? '').filter(Boolean).join(', ')
  const yesNo = [{ value: 'yes', label: labels.yes }, { value: 'no', label: labels.no }]
  const discloseOrNot = [{ value: 'DISCLOSE', label: labels.disclose }, { value: 'WITHHOLD', label: labels.withhold }]
  const value = (name: keyof Props['values']) => (kept?.values?.[name] as string | undefined) ?? values[name] ?? ''
  // Saved by another screen while this one typed: shown under each answer it differs in, the typing kept, whether the
  // recording or a draft found it (walk 72 F4, break 74 F4: a draft's clash said "Reload the page", which lost the typing).
  const theirs = (failed?.code === 'CONFLICT' && failed.details?.shownByForm === true ? (failed.details.current as Saved) : null) ?? draftTheirs
  const savedMeanwhile = theirs && (theirs.recordedAt ? t('recorded', { time: formatDate(new Date(theirs.recordedAt), 'time', locale), name: theirs.recordedBy ?? t('someone') }) : t('draft'))
  const theirText = (name: keyof Props['values']) => {
    const saved = theirs?.values[name]
    if (saved === undefined || saved === value(name)) return null
    return <p className="mt-1 border-l-4 border-gray-400 bg-gray-50 p-2 text-sm">{t('field', { text: shownChoice(name, saved) || t('empty') })}</p>
  }
  // A choice is shown as its label, as the form offers it; a date as dates are shown (walk 74 F2: "2027-03-01").
  const shownChoice = (name: keyof Props['values'], saved: string) => {
    if (name === 'nextReviewDate' && /^\d{4}-\d{2}-\d{2}$/.test(saved)) return formatDate(new Date(`${saved}T00:00:00Z`), 'dayLong', locale)
    const offered = name === 'levelDecision' ? decisions : name === 'disclosureConsidered' ? yesNo : name === 'disclosureDecision' ? discloseOrNot : []
    return offered.find((o) => o.value === saved)?.label ?? saved
  }

  /** Sends the draft now. Output: whether it was saved (a refused one leaves the typing unsaved: `edited`). */
  async function saveNow(): Promise<boolean> {
    clearTimeout(timer.current)
    draftWaiting.current = false
    if (!form.current) return true
    setSaveState('saving')
    const result = await saveDraft(new FormData(form.current))
    setDraftErrors(!result.ok && result.code === 'VALIDATION' ? (result.fieldErrors ?? {}) : {})
    edited.current = !result.ok
    if (result.ok) {
      setCurrent(result.data.version)
      setSaveState('saved')
    } else if (result.code === 'CONFLICT' && result.details?.shownByForm === true) {
      // Shown beside the typing, so recording over it is deliberate: the form takes its version (RL-1).
      const saved = result.details.current as Saved
      setDraftTheirs(saved)
      setCurrent(saved.version)
      setSaveState('conflict')
    } else setSaveState(result.code === 'CONFLICT' ? 'conflict' : result.code === 'VALIDATION' ? 'refused' : 'failed')
    return result.ok
  }

  function scheduleSave() {
    clearTimeout(timer.current)
    if (recorded || draftTheirs) {
      edited.current = true
      return
    }
    draftWaiting.current = true
    timer.current = setTimeout(saveNow, AUTOSAVE_MS)
  }

  const common = (name: keyof Props['values']) => ({ name, label: labels[name], errors: errors[name], idPrefix: 'record', defaultValue: value(name) })
  const withTheirs = (name: keyof Props['values'], field: ReactNode) => <div key={name}>{field}{theirText(name)}</div>
  const area = (name: (typeof textFields)[number], rows = 4) => withTheirs(name, <TextareaField {...common(name)} rows={rows} maxLength={name === 'informationShared' || name === 'riskAssessment' ? 8000 : 4000} />)
  return (
    <>
      {failed && <ErrorSummary title={labels.problem} message={savedMeanwhile ?? failed.message} reload={theirs ? undefined : reloadOf(failed)} fieldErrors={errors} idPrefix="record" labels={fieldLabels} />}
      {/* After recording, the page re-renders with the new version and this form starts afresh: the server says so. */}
      {showSuccess && <SuccessStatus className="mb-2 font-bold text-green-800">{labels.recorded}</SuccessStatus>}
      {recorded && !showSuccess && !failed && <p className="mb-2">{labels.recordedStatus}</p>}
      <form ref={form} action={formAction} onSubmit={(e) => { clearTimeout(timer.current); draftWaiting.current = false; edited.current = true; setSaveState('idle'); setDraftErrors({}); holdIfOthersSave(e) }} onInput={scheduleSave} onChange={scheduleSave} noValidate className="space-y-4" key={formKey(state)}>
        {/* Without the script the page answers at its top with this (break 67 F2: the record said nothing there). */}
        <FormPlace place="record" success={labels.recorded} />
        {/* A recording sent twice (a reload re-posting it) is kept once and said so, not taken for another screen's (walk 72 F3). */}
        <SubmissionKey result={state} />
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="version" value={current} />
        {/* When the meeting took this nominal, apart from when its minutes are typed (issue 16, left item 1). */}
        {withTheirs('discussedTime', <TextField {...common('discussedTime')} hint={labels.discussedHint} inputMode="numeric" maxLength={5} />)}
        {area('informationShared', 6)}
        {area('riskAssessment', 6)}
        <fieldset className="space-y-4">
          <legend className="mb-2 text-xl font-bold">{labels.rmp}</legend>
          {area('supervision', 3)}
          {area('monitoringAndControl', 3)}
          {area('interventionsTreatment', 3)}
          {area('victimSafetyPlanning', 3)}
          {area('contingency', 3)}
        </fieldset>
        {withTheirs('levelDecision', <SelectField {...common('levelDecision')} hint={notOffered.join(' ') || undefined} options={decisions} placeholder={labels.choose} />)}
        {area('dissent', 2)}
        <fieldset className="space-y-4">
          <legend className="mb-2 text-xl font-bold">{labels.disclosureLegend}</legend>
          {withTheirs('disclosureConsidered', <SelectField {...common('disclosureConsidered')} hint={labels.disclosureHint} options={yesNo} placeholder={labels.choose} />)}
          {withTheirs('disclosureDecision', <SelectField {...common('disclosureDecision')} options={discloseOrNot} placeholder={labels.choose} />)}
          {withTheirs('disclosureTo', <TextField {...common('disclosureTo')} maxLength={500} />)}
          {withTheirs('disclosureBy', <TextField {...common('disclosureBy')} maxLength={200} />)}
          {withTheirs('disclosureReason', <TextareaField {...common('disclosureReason')} rows={2} maxLength={2000} />)}
        </fieldset>
        {withTheirs('nextReviewDate', <TextField {...common('nextReviewDate')} type="date" />)}
        <p aria-live="polite" className="text-sm text-gray-700">
          {saveState === 'saving' ? labels.saving : saveState === 'saved' ? labels.saved : saveState === 'conflict' ? (draftTheirs ? savedMeanwhile : labels.conflict) : saveState === 'failed' ? labels.saveFailed : saveState === 'refused' ? (refusedFields ? `${labels.draftRefused} ${refusedFields}` : (draftErrors._form?.join(' ') ?? labels.saveFailed)) : ''}
        </p>
        <Button type="submit" disabled={pending}>{labels.submit}</Button>
        {askReplace && <Button type="submit" name="confirmReplace" value="yes" variant="warning" disabled={pending}>{labels.replace}</Button>}
      </form>
    </>
  )
}
