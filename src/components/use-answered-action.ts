'use client'
import { useActionState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * `useActionState` for a form that acts on each answer as it arrives (hands its success to the page as it leaves it,
 * marks a recording) and still posts without the page's script (break 54 F5).
 *
 * React renders a form whose action is a client function as `action="javascript:throw…"`, so a form built on a wrapper
 * around the server action sent nothing until the script had loaded. Until the page is hydrated the form carries the
 * server action itself: a post without the script runs it and the page comes back rendered with its answer (field
 * errors, kept input), as for any `useActionState` form. Once hydrated it carries the wrapper, which gives `onAnswer`
 * each answer before it becomes the state; the answer and the re-rendered page arrive together, so a form its own
 * success removes would never render that success.
 *
 * Input: the server action (prev state, payload) → next state; `onAnswer`, called with every answer of a submission
 * made in the browser (not with one posted without the script: that page is rendered fresh). Output: `[state,
 * formAction, pending, posted]` as `useActionState`; `state` is the latest answer either way, null before any;
 * `posted`: whether that answer came with the page, to a post made without the script.
 */
export function useAnsweredAction<S, P>(action: (prev: S | null, payload: P) => Promise<S>, onAnswer: (answer: S) => void) {
  const [posted, postAction] = useActionState<S | null, P>(action, null)
  const [answered, answerAction, pending] = useActionState<S | null, P>(async (prev, payload) => {
    const answer = await action(prev ?? posted, payload)
    onAnswer(answer)
    return answer
  }, null)
  // False while hydrating (so the form matches what the server rendered), true from then on and on client renders.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false)
  return [answered ?? posted, hydrated ? answerAction : postAction, pending, !answered && !!posted] as const
}
