type Tree = { [key: string]: string | Tree }

/**
 * The part of a locale's catalogue that client components read (`keys`, an area's CLIENT_MESSAGE_KEYS: leaves, or
 * branches read with a key built at run time), for an area's NextIntlClientProvider (area-messages.tsx). Server components translate on the server and never
 * need the catalogue in the page (issue 18: page weight). Input: the whole catalogue and the keys. Output: a new tree holding only
 * those keys; a key missing from the catalogue is left out (the catalogue tests report it).
 */
export function clientMessages(messages: Tree, keys: readonly string[]): Tree {
  const out: Tree = {}
  for (const key of keys) {
    const path = key.split('.')
    let from: string | Tree | undefined = messages
    for (const part of path) from = typeof from === 'object' ? from[part] : undefined
    if (from === undefined) continue
    let to = out
    for (const part of path.slice(0, -1)) to = (to[part] ??= {}) as Tree
    to[path.at(-1)!] = from
  }
  return out
}
