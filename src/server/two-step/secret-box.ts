import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

// The TOTP secret is stored encrypted (AES-256-GCM) with a key derived from NEXTAUTH_SECRET by HKDF, so a copy of the
// database alone (a backup, a restore on another machine) does not hand out working second factors. ADR 0016.
const INFO = 'llwybr two-step secret v1'

function key(env = process.env): Buffer {
  const secret = env.NEXTAUTH_SECRET
  if (!secret && env.NODE_ENV === 'production') throw new Error('NEXTAUTH_SECRET is needed to protect two-step secrets')
  return Buffer.from(hkdfSync('sha256', secret ?? 'llwybr-development-only', 'llwybr', INFO, 32))
}

/** Encrypts a TOTP secret. Output: `v1.<iv>.<tag>.<ciphertext>` in base64url, about 80 characters. */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(), iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv, cipher.getAuthTag(), body].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.')
}

/** Decrypts what sealSecret wrote. Errors: throws when the value was altered or the key changed. */
export function openSecret(sealed: string): string {
  const [v, iv, tag, body] = sealed.split('.')
  if (v !== 'v1' || !iv || !tag || !body) throw new Error('Not a sealed two-step secret')
  const decipher = createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}
