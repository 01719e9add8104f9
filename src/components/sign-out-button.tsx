import { signOutAction } from '@/server/auth/sign-out-action'

/** Sign-out as a form: it posts with or without the page's script (break 72 F3). */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction} noValidate>
      <button type="submit" className="underline">
        {label}
      </button>
    </form>
  )
}
