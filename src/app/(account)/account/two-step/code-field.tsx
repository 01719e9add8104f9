import { TextField } from '@/components/text-field'

/** The one-time code input every two-step form uses: numeric keyboard, the browser's one-time-code autofill. */
export function CodeField({ label, hint, errors, idPrefix }: { label: string; hint?: string; errors?: string[]; idPrefix?: string }) {
  return <TextField name="code" label={label} hint={hint} errors={errors} idPrefix={idPrefix} autoComplete="one-time-code" inputMode="numeric" maxLength={64} spellCheck={false} className="block w-48 border-2 border-black p-2 font-mono text-lg" />
}
