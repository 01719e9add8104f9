import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { FormStepState } from './action'

/**
 * A step refused only for want of its "are you sure" (requireConfirmed) answers, beside the box, what the step means,
 * in the user's language, for ActionForm's `confirm` panel (`details.warnings`). Any other result passes unchanged.
 * Source: issue 16, MAPPA break test item 2.
 */
export async function withConfirmWarnings(state: FormStepState): Promise<FormStepState> {
  if (!state || state.ok) return state
  const step = state.details?.confirmStep
  if (step !== 'conclude' && step !== 'approve') return state
  const t = await getTranslations(`irreversible.${step}`)
  return { ...state, details: { warnings: [t('means.first'), t('means.second'), t('means.third')] } }
}
