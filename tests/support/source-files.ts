import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Every TypeScript source file under `dir` (not tests, not generated code), as paths relative to the checkout. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(p)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : []
  })
}

/** The lines of those files matching any of `patterns`, as `file:line: text`, for a scan test to list. */
export function linesMatching(files: string[], patterns: RegExp[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, n) => (patterns.some((re) => re.test(line)) ? [`${file}:${n + 1}: ${line.trim()}`] : [])),
  )
}
