const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' })

/**
 * How many characters a reader sees in `text`: grapheme clusters, so a letter with its accents (however many combining
 * marks follow it), an emoji with its modifiers or a flag counts once. A minimum length a reviewer relies on (the
 * break-glass reason, break 50 F7: ten letters and ten loose accents passed a 20-character minimum) counts these,
 * not UTF-16 units. A run of spaces of any kind (no-break, en, em, tabs, line breaks) reads as one gap, so counts once
 * (walk 52 F3, break 52 F15: "a", nineteen spaces and "b" met the minimum and showed as "a b").
 * Input: any string. Output: a whole number ≥ 0.
 */
export function visibleLength(text: string): number {
  let n = 0
  // Accents stacked on a space draw no character of their own (re-break 52 F1: "a", nineteen " \u0300", "b").
  for (const _ of graphemes.segment(text.replace(/(\s)\p{M}+/gu, '$1').replace(/\s+/gu, ' '))) n++
  return n
}
