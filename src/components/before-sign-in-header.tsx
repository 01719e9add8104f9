import { LanguageSwitch } from './language-switch'
import { SignOutButton } from './sign-out-button'

/**
 * The top of a page a session sees before it is fully signed in (two-step enrolment, the single sign-on code, ADR
 * 0016): the app's name, the language switch and a way to sign out, with none of the app's navigation.
 */
export function BeforeSignInHeader({ appName, signOut }: { appName: string; signOut: string }) {
  return (
    <div className="mb-8 flex items-center justify-between gap-4">
      <p className="text-2xl font-bold text-brand">{appName}</p>
      <div className="flex items-center gap-4">
        <LanguageSwitch />
        <SignOutButton label={signOut} />
      </div>
    </div>
  )
}
