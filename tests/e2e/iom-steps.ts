import { expect, type Locator } from '@playwright/test'

/**
 * Completes a selection at the IOM panel whose candidate, decision, agencies and reason are already given: the demo
 * cohort's leads (DC Sian Morgan, Rhian Evans), the first RAG rating and its reason, then records it and waits for
 * "Decision recorded.". Input: the "Selection panel decision" region, the rating's label and its reason.
 */
export async function recordSelection(panel: Locator, rag: 'Red' | 'Amber' | 'Green', ragReason: string) {
  await panel.getByLabel('Police lead').selectOption({ label: 'DC Sian Morgan' })
  await panel.getByLabel('Probation lead').selectOption({ label: 'Rhian Evans' })
  await panel.getByLabel('RAG rating', { exact: true }).selectOption({ label: rag })
  await panel.getByLabel('Reason for the RAG rating').fill(ragReason)
  await panel.getByRole('button', { name: 'Record the decision' }).click()
  await expect(panel.page().getByText('Decision recorded.')).toBeVisible()
}
