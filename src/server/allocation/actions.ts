'use server'
import { revalidatePath } from 'next/cache'
import { formToObject, runAction, type ActionResult } from '../action'
import type { Actor } from '../policy'
import { allocate } from './allocate'
import { decideTransfer, requestTransfer } from './transfer'

type State = (ActionResult<unknown> & { values?: Record<string, unknown> }) | null

async function step(form: FormData, operation: (actor: Actor, input: unknown) => Promise<{ offenderId: string }>): Promise<State> {
  const values = formToObject(form)
  const result = await runAction((actor) => operation(actor, values))
  if (!result.ok) return { ...result, values }
  revalidatePath(`/offenders/${result.data.offenderId}`)
  revalidatePath('/')
  return result
}

export async function allocateAction(_prev: State, form: FormData) {
  return step(form, allocate)
}
export async function requestTransferAction(_prev: State, form: FormData) {
  return step(form, requestTransfer)
}
export async function decideTransferAction(_prev: State, form: FormData) {
  return step(form, decideTransfer)
}
