import 'server-only'
import JSZip from 'jszip'
import { toCsv } from '../outcomes/export-file'
import { sectionKeys, type BundleRow, type SubjectAccessBundle } from './bundle.types'
import { renderBundlePdf, type Translate } from './bundle-pdf'

/** One section as CSV: a column per field any of its rows has (first-seen order), empty cells for nothing held. */
export function sectionCsv(rows: BundleRow[]): string {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  return toCsv({ title: '', headers, rows: rows.map((r) => headers.map((h) => (r[h] === null || r[h] === undefined ? '' : typeof r[h] === 'boolean' ? String(r[h]) : (r[h] as string | number)))) })
}

/**
 * The subject access ZIP (issue 17): bundle.pdf (reader's language), bundle.json (bundle.types.ts, version 1) and
 * csv/<section>.csv for every section. Built in memory and returned, never written to disk: nothing of the bundle
 * is kept server-side.
 * @returns the ZIP bytes
 */
export async function buildBundleZip(bundle: SubjectAccessBundle, t: Translate, locale: 'en' | 'cy'): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip()
  zip.file('bundle.pdf', await renderBundlePdf(bundle, t, locale))
  zip.file('bundle.json', JSON.stringify(bundle, null, 2))
  for (const key of sectionKeys) zip.file(`csv/${key}.csv`, sectionCsv(bundle.sections[key]))
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
  return new Uint8Array(bytes)
}
