'use client'
import { usePathname } from 'next/navigation'
import { startTransition, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { ActionResult } from '@/server/action'
import { Button } from './button'
import { CheckboxField } from './checkbox-field'
import { confirmBoxOf, onlyAsking, questionToAskAgain } from '@/lib/confirm-box'
import { ConfirmPanel } from './confirm-panel'
import { ErrorSummary } from './error-summary'
import { FormDisclosure, type Look } from './form-disclosure'
import { formKey } from './form-key'
import { noticeToHand } from './handed-notice'
import { useHandOver, usePostedNoticeShown } from './page-notice'
import { FormPlace } from './form-place'
import { errorsForRendered } from './rendered-errors'
import type { Option } from './select-field'
import { narrowOptions, SelectField } from './select-field'
import { TextField } from './text-field'
import { TextareaField } from './textarea-field'
import { useOwnSuccess } from './use-own-success'
import { focusIfLost } from './focus-if-lost'
import { SubmissionKey } from './submission-key'
import { reloadOf } from './reload-of'
import { useAnsweredAction } from './use-answered-action'
import { useSubmitAfterOthers } from './page-saving'
import { hiddenAsDrawn } from './version-as-drawn'

export type FormState = (ActionResult<unknown> & { values?: Record<string, unknown> }) | null
export type FieldSpec = { name: string; label: string; kind: 'text' | 'number' | 'date' | 'datetime' | 'select' | 'textarea' | 'checkboxes'; hint?: string; options?: Option[]; placeholder?: string; defaultValue?: string; /** Characters the server takes, when fewer than the kind's default (textarea 4,000). */ maxLength?: number; /** A select whose options are narrowed to the `group` chosen in this other select. */ narrowBy?: string; /** Left out while this other select has this value: not asked, so not sent (walk 68 F1: a mood for a meeting the core member missed). */ hiddenWhen?: { field: string; value: string }; /** Shown but not editable (a text or date field whose value is fixed now); still submitted. */ readOnly?: boolean }

type Disclosure = { summary: string; look?: Look; open?: boolean; intro?: ReactNode }

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>
  idPrefix: string
  hidden: Record<string, string | number>
  fields: FieldSpec[]
  submitLabel: string
  problemTitle: string
  successMessage: string
  variant?: 'primary' | 'secondary' | 'warning'
  /** A step that may answer with warnings (`details.warnings`) the user must confirm with a "confirm" box, then re-submit. */
  confirm?: { title: string; label: string; hint: string }
  /**
   * The form opens when asked for, behind a disclosure with this label (issue 15 item 10); or with how its summary
   * looks (FormDisclosure's `look`), whether it starts open, and what it says above the form.
   */
  disclosure?: string | Disclosure
  /** A second submit button sending `intent=<value>`: another step on the same typed fields (e.g. save and conclude). */
  alsoSubmit?: { value: string; label: string }
}

/** A small server-action form (appointment and enforcement steps): field errors, error summary, kept input. */
export function ActionForm({ action, idPrefix, hidden, fields, submitLabel, problemTitle, successMessage, variant, confirm, disclosure, alsoSubmit }: Props) {
  const noted = useRef<{ message: string; path: string } | null>(null)
  const showing = useRef<ReturnType<typeof noticeToHand>>(null)
  const [state, formAction, pending, posted] = useAnsweredAction<FormState, FormData>(action, (result) => {
    showing.current = result?.ok && noted.current ? noticeToHand(true, result.notice ?? noted.current.message, noted.current.path) : null
  })
  const own = useOwnSuccess(state)
  const holdIfOthersSave = useSubmitAfterOthers(pending)
  const { formRef, failed, kept, submittedSince } = own
  // A success posted without the page's script is said at the top of the page, which may have moved or removed this
  // form (walk 55 F2): said once, there.
  const pageSaysIt = usePostedNoticeShown()
  const showSuccess = own.showSuccess && !(posted && pageSaysIt)
  // The submit button is disabled while the step runs, so focus falls to the page: after a success it goes to the
  // message, just above the form, so a keyboard user carries on from there (walk 37 D2: adding several attendees
  // meant tabbing back through the page each time). Only when focus was lost: never taken from where the user went.
  const status = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state?.ok) focusIfLost(status.current)
  }, [state])
  // A duplicate of a submission already saved says so instead of the usual "added" (issue 17 defect 2).
  const notice = state?.ok ? state.notice : undefined
  // A form its own success takes off the page (its row deleted, a stage that hides it) hands the message to the page
  // as it goes, so the user still reads what was done (walk 20, D3, app-wide).
  // The answer and the re-rendered page arrive together, so the form may go before it ever renders its success: the
  // success is noted when the answer comes, and handed over if the form goes while it is the latest word.
  const path = usePathname()
  const handOver = useHandOver()
  useEffect(() => {
    noted.current = { message: successMessage, path }
    if (submittedSince || (state && !state.ok)) showing.current = null
  })
  useEffect(() => () => {
    if (showing.current) handOver(showing.current)
  }, [handOver])
  // An "are you sure" question on screen when the language is switched is asked again in the new language: the page
  // re-renders in place with <html lang> changed, and the same values without the tick write nothing (walk 20, D2).
  const question = useRef<Record<string, unknown> | null>(null)
  useEffect(() => {
    question.current = questionToAskAgain(kept, submittedSince)
  })
  useEffect(() => {
    const observer = new MutationObserver(() => {
      const values = question.current
      if (!values) return
      const data = new FormData()
      for (const [name, v] of Object.entries(values)) for (const one of [v].flat()) data.append(name, String(one))
      startTransition(() => formAction(data))
    })
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] })
    return () => observer.disconnect()
  }, [formAction])
  const hasWarnings = failed?.code === 'VALIDATION' && Array.isArray(failed.details?.warnings) && failed.details.warnings.length > 0
  // Only fields this form shows are linked; the confirm box shows with the warnings it answers.
  const rendered = [...fields.map((f) => f.name), ...(confirm && hasWarnings ? ['confirm'] : [])]
  const errors = failed?.code === 'VALIDATION' ? errorsForRendered(failed.fieldErrors, rendered) : {}
  // Its words follow what the refusal is about, and it offers the tick only when ticking can help (left item 4).
  const box = confirm && failed?.code === 'VALIDATION' ? confirmBoxOf({ fieldErrors: errors, details: failed.details }, confirm) : null
  const value = (f: FieldSpec) => (kept?.values?.[f.name] as string | undefined) ?? f.defaultValue ?? ''
  // What is chosen in the selects others are narrowed by (the owner agency for the owner person), as it changes.
  // Kept per result: a new result remounts the form with its defaults, so what was chosen before no longer counts.
  const [picked, setPicked] = useState<{ result: FormState; values: Record<string, string> }>({ result: null, values: {} })
  const chosen = picked.result === state ? picked.values : {}
  const narrowers = new Set(fields.flatMap((f) => [f.narrowBy, f.hiddenWhen?.field].filter((name): name is string => !!name)))
  // A name not among the fields (a hidden value) reads as its kept answer or nothing, never a crash (review 68 B4).
  const current = (name: string) => chosen[name] ?? (kept?.values?.[name] as string | undefined) ?? fields.find((n) => n.name === name)?.defaultValue ?? ''
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    const target = e.target as HTMLSelectElement
    if (narrowers.has(target.name)) setPicked({ result: state, values: { ...chosen, [target.name]: target.value } })
  }
  // A refusal may point to where it can be put right (the other meeting a nominal is listed on, issue 16 left item 2).
  const links = (Array.isArray(failed?.details?.links) ? failed.details.links : []) as { href: string; label: string }[]
  // A first "are you sure" is a question, not an error: no error summary until it is sent again unticked (D6).
  const asking = !!box?.tick && failed?.code === 'VALIDATION' && onlyAsking(failed.fieldErrors, kept?.values?.confirmAsked === '1')
  const errorSummary = failed && !asking && (
    <>
      <ErrorSummary title={problemTitle} message={failed.message} reload={reloadOf(failed)} fieldErrors={errors} idPrefix={idPrefix} labels={Object.fromEntries(fields.map((f) => [f.name, f.label]))} />
      {links.length > 0 && <ul className="mb-3 list-none">{links.map((l) => <li key={l.href}><a className="underline" href={l.href}>{l.label}</a></li>)}</ul>}
    </>
  )
  const form = (
      <form ref={formRef} action={formAction} onChange={onChange} onSubmit={holdIfOthersSave} noValidate className="space-y-3" key={formKey(state)}>
        <SubmissionKey result={state} />
        <FormPlace place={idPrefix} success={successMessage} />
        {Object.entries(hiddenAsDrawn(hidden, kept)).map(([name, v]) => (
          <input key={name} type="hidden" name={name} value={v} />
        ))}
        {fields.map((f) => {
          if (f.hiddenWhen && current(f.hiddenWhen.field) === f.hiddenWhen.value) return null
          const common = { name: f.name, label: f.label, hint: f.hint, errors: errors[f.name], idPrefix, defaultValue: value(f) }
          if (f.kind === 'checkboxes') {
            // Ticked: what a failed submission sent, else the defaults (comma-separated values).
            const chosen = (kept ? [kept.values?.[f.name] ?? []].flat() : (f.defaultValue ?? '').split(',').filter(Boolean)) as string[]
            return (
              <fieldset key={f.name} id={`${idPrefix}-${f.name}`} className={errors[f.name]?.length ? 'border-l-4 border-error pl-3' : undefined}>
                <legend className="font-bold">{f.label}</legend>
                {f.hint && <p className="text-sm text-gray-700">{f.hint}</p>}
                {errors[f.name]?.length ? <p className="font-bold text-error">{errors[f.name]!.join(' ')}</p> : null}
                {(f.options ?? []).map((o) => <CheckboxField key={o.value} id={`${idPrefix}-${f.name}-${o.value}`} name={f.name} value={o.value} label={o.label} defaultChecked={chosen.includes(o.value)} />)}
              </fieldset>
            )
          }
          if (f.kind === 'select') {
            const options = f.narrowBy ? narrowOptions(f.options ?? [], current(f.narrowBy)) : (f.options ?? [])
            return <SelectField key={f.name} {...common} options={options} placeholder={f.placeholder} />
          }
          if (f.kind === 'textarea') return <TextareaField key={f.name} {...common} rows={3} maxLength={f.maxLength ?? 4000} />
          if (f.kind === 'number') return <TextField key={f.name} {...common} type="text" inputMode="numeric" maxLength={10} />
          return <TextField key={f.name} {...common} type={f.kind === 'datetime' ? 'datetime-local' : f.kind === 'date' ? 'date' : 'text'} maxLength={500} readOnly={f.readOnly} />
        })}
        {box && <ConfirmPanel idPrefix={idPrefix} box={box} error={asking ? undefined : errors.confirm?.join(' ')} asking={asking} />}
        <Button type="submit" disabled={pending} variant={variant}>
          {submitLabel}
        </Button>
        {alsoSubmit && <Button type="submit" name="intent" value={alsoSubmit.value} disabled={pending} variant="secondary" className="ml-4">{alsoSubmit.label}</Button>}
      </form>
  )
  if (disclosure) {
    const d = typeof disclosure === 'string' ? { summary: disclosure } : disclosure
    return (
      <FormDisclosure summary={d.summary} look={d.look} startsOpen={d.open} state={state} showSuccess={showSuccess} success={notice ?? successMessage}>
        {d.intro}
        {errorSummary}
        {form}
      </FormDisclosure>
    )
  }
  return (
    <>
      {errorSummary}
      {showSuccess && <p ref={status} tabIndex={-1} role="status" className="mb-2 font-bold text-green-800">{notice ?? successMessage}</p>}
      {form}
    </>
  )
}
