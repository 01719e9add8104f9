// Exact arithmetic modulo a prime (for the determinability check, withheld-equations.ts) below 2^26: the product of two residues stays below 2^52, exact in a double. The
// relations' coefficients are ±1 (and small sums of them), so a dependency that holds over the rationals holds here,
// and one that does not could appear here only if the prime divided a minor of the relation matrix: with entries ±1
// and a prime of 67 million, not in tables of this size (a false "determined" would only withhold more).
export const PRIME = 67_108_859
export const mod = (a: number) => ((a % PRIME) + PRIME) % PRIME
export const mul = (a: number, b: number) => (a * b) % PRIME
export function inverse(a: number): number {
  // Fermat: a^(p−2) mod p, by squaring.
  let result = 1
  let base = mod(a)
  for (let e = PRIME - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = mul(result, base)
    base = mul(base, base)
  }
  return result
}
