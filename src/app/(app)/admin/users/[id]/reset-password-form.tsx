'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { useOwnSuccess } from '@/components/use-own-success'
import { Button } from '@/components/button'
import { TextField } from '@/components/text-field'
import { resetPasswordAction, type UserFormState } from '@/server/users/actions'

export function ResetPasswordForm({ userId }: { userId: string }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState<UserFormState, FormData>(resetPasswordAction, null)
  // A success never stands beside a later refusal on the page (issue 16 item 1).
  const { showSuccess, failed } = useOwnSuccess(state)
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  return (
    <section aria-labelledby="reset-heading" className="mt-12 max-w-xl">
      <h2 id="reset-heading" className="mb-2 text-2xl font-bold">{t('admin.userForm.resetTitle')}</h2>
      <p className="mb-4">{t('admin.userForm.resetIntro')}</p>
      {showSuccess && <p role="status" className="mb-4 border-l-4 border-green-800 bg-green-50 p-3 font-bold">{t('admin.userForm.resetDone')}</p>}
      {failed && failed.code !== 'VALIDATION' && <p role="alert" className="mb-4 font-bold text-error">{failed.message}</p>}
      <form action={action} noValidate className="space-y-5">
        <input type="hidden" name="userId" value={userId} />
        <TextField name="password" type="password" label={t('admin.userForm.newPassword')} hint={t('admin.userForm.passwordHint')} errors={errors.password} autoComplete="new-password" />
        <Button type="submit" variant="warning" disabled={pending}>{t('admin.userForm.reset')}</Button>
      </form>
    </section>
  )
}
