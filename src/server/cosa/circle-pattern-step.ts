import 'server-only'
import { getTranslations } from 'next-intl/server'
import { pageStep, type FormStepState } from '../action'
import { isAppError } from '../errors'
import type { Actor } from '../policy'
import type { TPatternFit } from './circle-pattern'

/**
 * pageStep for setting a circle's pattern: when fewer than two of the inner circle can make it, the result also
 * carries `details.warnings` in the user's language — how many can, and each who cannot with why — for the form to
 * list beside its refusal or its "keep this pattern" box (issue 16 item 8).
 */
export async function patternStep(form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ id: string }>): Promise<FormStepState> {
  let fit: TPatternFit | null = null
  const state = await pageStep(form, async (actor, input) => {
    try {
      return await operation(actor, input)
    } catch (e) {
      if (isAppError(e) && e.details && 'patternFit' in e.details) fit = e.details.patternFit as TPatternFit
      throw e
    }
  }, ({ id }) => [`/cosa/circles/${id}`, '/cosa'])
  if (!fit || !state || state.ok || state.code !== 'VALIDATION') return state
  return { ...state, details: { warnings: await patternWarnings(fit) } }
}

/** "N of M can make it", then one line per volunteer who cannot, with each rule in words. */
export async function patternWarnings(fit: TPatternFit): Promise<string[]> {
  const t = await getTranslations()
  const reasons = fit.volunteers.filter((v) => v.rules.length).map((v) => v.rules.map((rule) => t(`enums.rotaRule.${rule}`, { name: v.firstName, count: 0, limit: 0 })).join('; '))
  return [t('cosaRota.pattern.canMake', { canMake: fit.canMake, of: fit.of }), ...reasons]
}
