import 'server-only'
import { ZodError } from 'zod'
import { inDryRun, validateOnly } from '../dry-run'
import { invalid, isAppError } from '../errors'
import type { Actor } from '../policy'
import { submissionKeyOf } from './claim'

/**
 * A create's operation that refuses a submission without a well-formed submission key (security.md RL-2, break test
 * 16 D8): a form sent before its page had loaded carried an empty key, ran unguarded, and three replays of it made
 * three identical MAPPA actions. Every create form now carries its key in the server-rendered HTML
 * (`<SubmissionKey />`), so only a hand-made or stale request lacks one. Such a request is first run only as far as
 * its input checks (`validateOnly`, no database use), so a role without the permission is still refused FORBIDDEN
 * and bad fields still get their messages; only then is it told to reload.
 * Input: the operation as the step helpers call it, `(actor, values)` with the form's values. Output: the same
 * operation. Errors: the dry run's refusal, else VALIDATION on `_form` (`submissionKeyMissing`: reload the page and
 * try again), before anything is read or written; otherwise whatever the operation raises.
 */
export function creating<T>(operation: (actor: Actor, input: unknown) => Promise<T>): (actor: Actor, input: unknown) => Promise<T> {
  return async (actor, input) => {
    // Inside a dry run (runChecked gathering field errors beside a control-character refusal) the key is not checked.
    if (inDryRun() || submissionKeyOf(typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {})) return operation(actor, input)
    const refused = await validateOnly(() => operation(actor, input))
    if (refused && (isAppError(refused) || refused instanceof ZodError)) throw refused
    throw invalid('_form', 'submissionKeyMissing')
  }
}
