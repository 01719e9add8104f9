'use client'
import { useRouter } from 'next/navigation'
import { createContext, useContext, useRef, type ReactNode, type RefObject } from 'react'
import type { FormStepState } from '@/server/action'
import { useAnsweredAction } from '@/components/use-answered-action'

type Answer = {
  state: FormStepState
  formAction: (form: FormData) => void
  pending: boolean
  /** What the record form does with each answer given in the browser (set by the form, which outlives no version). */
  onAnswer: RefObject<((answer: FormStepState) => void) | null>
}
const AnswerContext = createContext<Answer | null>(null)

/**
 * The answer to a nominal's record form, held above the item's version. The form is remounted for each version of the
 * item (ItemVersion), and a recording refused because another screen saved the nominal first comes back on a page drawn
 * at the newer version: held inside, the answer went with the old form, and without the script the chair's typed
 * minutes were lost (walk 72 F4: React matches a posted form's answer to the component by its place, version included).
 * With the script, that refusal redraws the page too, so both show what was saved beside what was typed.
 * Input: the record server action; the item's forms. Output: the provider of `useRecordAnswer`.
 */
export function RecordAnswer({ record, children }: { record: (prev: FormStepState, form: FormData) => Promise<FormStepState>; children: ReactNode }) {
  const router = useRouter()
  const onAnswer = useRef<((answer: FormStepState) => void) | null>(null)
  const [state, formAction, pending] = useAnsweredAction<FormStepState, FormData>(record, (answer) => {
    onAnswer.current?.(answer)
    if (answer && !answer.ok && answer.details?.shownByForm === true) router.refresh()
  })
  return <AnswerContext value={{ state, formAction, pending, onAnswer }}>{children}</AnswerContext>
}

/** The record form's answer, action and pending flag (RecordAnswer). Errors: throws outside a RecordAnswer. */
export function useRecordAnswer(): Answer {
  const answer = useContext(AnswerContext)
  if (!answer) throw new Error('useRecordAnswer outside RecordAnswer')
  return answer
}
