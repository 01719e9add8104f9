import { predictorBand, rsrBand } from '../../lib/risk'
import { predictorKeys } from './risk.schemas'

type Decimalish = { toNumber(): number } | null | undefined
export const toNumber = (d: Decimalish) => (d == null ? null : d.toNumber())

type Scores = Record<(typeof predictorKeys)[number], Decimalish>

/** Predictor scores as percentages with their bands, in the order practitioners read them. */
export function predictorsOf(scores: Scores) {
  return predictorKeys.map((key) => {
    const score = toNumber(scores[key])
    return { key, score, band: key === 'rsr' ? rsrBand(score) : predictorBand(score) }
  })
}
