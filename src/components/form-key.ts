/**
 * A key that changes with the values a failed submission sent back. React applies a <select>'s
 * defaultValue only when it mounts, so the form is remounted to show what the user chose.
 */
export function formKey(state: { ok: boolean; values?: Record<string, unknown> } | null): string {
  return state && !state.ok ? JSON.stringify(state.values ?? {}) : 'initial'
}
