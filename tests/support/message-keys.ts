import fs from 'node:fs'
import path from 'node:path'

export type Tree = { [key: string]: string | Tree }

/** Every key of the English catalogue, leaves and the branches above them (t.rich and t.raw may read a branch). */
export function keysOf(tree: Tree, prefix = '', out = new Set<string>()): Set<string> {
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key
    out.add(full)
    if (typeof value !== 'string') keysOf(value, full, out)
  }
  return out
}

const declaration = /const (\w+) = (?:await )?(?:getTranslations|useTranslations)\((?:'([\w.]+)')?\)/g
// A literal key, or both literal keys of a `cond ? 'a' : 'b'` choice, as the first argument of a translator call.
const call = (name: string) => new RegExp(`\\b${name}\\(\\s*(?:'([\\w.]+)'|[^'\`,\\n]*?\\?\\s*'([\\w.]+)'\\s*:\\s*'([\\w.]+)')`, 'g')

/**
 * The literal keys the code asks for, each resolved against the namespace its translator was made with (the nearest
 * declaration above the call). Keys built at run time (template strings) are left to the catalogue test's enum
 * checks and the end-to-end journeys, unless `templates` asks for the literal branch they are read from.
 */
export function keysUsed(file: string, options: { templates?: boolean } = {}): { key: string; where: string }[] {
  const text = fs.readFileSync(file, 'utf8')
  const declarations = [...text.matchAll(declaration)].map((m) => ({ name: m[1]!, namespace: m[2] ?? '', at: m.index }))
  const used: { key: string; where: string }[] = []
  for (const name of new Set(declarations.map((d) => d.name))) {
    for (const m of text.matchAll(call(name))) {
      const decl = declarations.filter((d) => d.name === name && d.at < m.index).at(-1)
      if (!decl) continue
      const line = text.slice(0, m.index).split('\n').length
      for (const key of [m[1], m[2], m[3]].filter((k): k is string => !!k)) used.push({ key: decl.namespace ? `${decl.namespace}.${key}` : key, where: `${path.relative(process.cwd(), file)}:${line}` })
    }
    if (!options.templates) continue
    // `t(\`enums.sex.${s}\`)`: the literal part names the branch the key is read from.
    for (const m of text.matchAll(new RegExp(`\\b${name}\\(\\s*\`([\\w.]*?)\\.?\\$\\{`, 'g'))) {
      const decl = declarations.filter((d) => d.name === name && d.at < m.index).at(-1)
      if (!decl) continue
      const key = [decl.namespace, m[1]].filter(Boolean).join('.')
      used.push({ key, where: `${path.relative(process.cwd(), file)}:${text.slice(0, m.index).split('\n').length}` })
    }
  }
  return used
}
