import pg from 'pg'

type Send = (...args: unknown[]) => unknown

/**
 * A pg client that sends one query at a time. Prisma's query interpreter issues some nested writes inside a
 * transaction concurrently on the one connection; pg queues them but prints a deprecation warning (and pg 9 will
 * refuse them), issue 12. Queueing here keeps pg's order and semantics without the warning. Streams and cursors
 * (submittables) go straight through.
 */
export class SerialClient extends pg.Client {
  #tail: Promise<unknown> = Promise.resolve()

  // pg's overloads cannot be restated for a subclass; the arguments are passed on untouched.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const send = (super.query as Send).bind(this)
    if (typeof (args[0] as { submit?: unknown })?.submit === 'function') return send(...args)
    const callback = args.at(-1)
    if (typeof callback === 'function') {
      this.#tail = this.#tail.then(
        () => new Promise<void>((resolve) => void send(...args.slice(0, -1), (...result: unknown[]) => (resolve(), callback(...result)))),
      )
      return undefined
    }
    const result = this.#tail.then(() => send(...args))
    this.#tail = result.catch(() => {})
    return result
  }
}
