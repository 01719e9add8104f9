// The relations as equations (ADR 0019, "Amendment: several equations"; issue 14), read once for the echelon form.
import { PRIME, mod } from './prime-field'
import type { Relation } from './relation'

/** The relations' equations by equation and by figure (see equationTerms). */
export type EquationTerms = {
  /** Each equation's figures and their net coefficients (a figure twice in a relation sums; 0 leaves it out). */
  figures: number[][]
  coefficients: number[][]
  /** Each figure's equations (ascending) and its coefficients there. */
  byFigure: Map<number, { eqs: number[]; coefficients: number[] }>
  /** The figures in some equation, ascending. */
  inRelations: number[]
}

/**
 * Every relation as an equation, in the relations' order: its whole +1 and each part −1 (Relation), modulo PRIME.
 * Input: the relations (figure indices). Output: EquationTerms, one equation a relation (an empty one where every
 * coefficient cancels). Raises nothing.
 */
export function equationTerms(relations: readonly Relation[]): EquationTerms {
  const out: EquationTerms = { figures: [], coefficients: [], byFigure: new Map(), inRelations: [] }
  const slot = new Map<number, number>()
  relations.forEach((relation, e) => {
    const figures: number[] = []
    const coefficients: number[] = []
    relation.forEach((i, k) => {
      const at = slot.get(i)
      if (at === undefined) {
        slot.set(i, figures.length)
        figures.push(i)
        coefficients.push(k === 0 ? 1 : PRIME - 1)
      } else coefficients[at] = mod(coefficients[at]! + (k === 0 ? 1 : -1))
    })
    slot.clear()
    const kept = figures.flatMap((f, j) => (coefficients[j] !== 0 ? [j] : []))
    out.figures.push(kept.map((j) => figures[j]!))
    out.coefficients.push(kept.map((j) => coefficients[j]!))
    for (const j of kept) {
      const of = out.byFigure.get(figures[j]!) ?? out.byFigure.set(figures[j]!, { eqs: [], coefficients: [] }).get(figures[j]!)!
      of.eqs.push(e)
      of.coefficients.push(coefficients[j]!)
    }
  })
  out.inRelations = [...out.byFigure.keys()].sort((a, b) => a - b)
  return out
}
