'use client'
import { useTranslations } from 'next-intl'
import { useActionState, useState, type FormEvent } from 'react'
import { CreatedNotice } from '@/components/created-notice'
import { useOwnSuccess } from '@/components/use-own-success'
import { versionAsDrawn } from '@/components/version-as-drawn'
import { Button } from '@/components/button'
import { CheckboxField } from '@/components/checkbox-field'
import { ErrorSummary } from '@/components/error-summary'
import { formKey } from '@/components/form-key'
import { narrowOptions, SelectField, type Option } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import type { AgencyKind } from '@/generated/prisma/enums'
import { roles } from '@/server/policy/permissions'
import { roleFitsAgency } from '@/lib/role-agencies'
import { createUserAction, updateUserAction, type UserFormState } from '@/server/users/actions'
import { SubmissionKey } from '@/components/submission-key'
import { reloadOf } from '@/components/reload-of'

export type UserFormValues = { userId?: string; version?: number; name: string; email: string; agencyId: string; teamId: string; roles: string[]; locale: string; status: string }

export function UserForm({ initial, agencies, teams, agencyKinds }: { initial: UserFormValues; agencies: Option[]; teams: Option[]; agencyKinds: Record<string, AgencyKind> }) {
  const t = useTranslations()
  const editing = Boolean(initial.userId)
  const [state, action, pending] = useActionState<UserFormState, FormData>(editing ? updateUserAction : createUserAction, null)
  // A success never stands beside a later refusal on the page (issue 16 item 1).
  const { showSuccess, failed, kept } = useOwnSuccess(state)
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  const v = (name: keyof UserFormValues) => (kept?.values?.[name] as string | undefined) ?? String(initial[name] ?? '')
  const chosenRoles = kept ? ([kept.values?.roles ?? []].flat() as string[]) : initial.roles
  // The agency chosen since this result (the form remounts on each): its teams only, and the user's own team again when
  // their agency is chosen back (walk 55 F4: changing the agency and back left "No team", which saving would store).
  const [picked, setPicked] = useState<{ result: UserFormState; agencyId: string } | null>(null)
  const agencyId = picked?.result === state ? picked.agencyId : v('agencyId')
  // The roles ticked since this result, so a ticked role is never disabled (a disabled box is not sent: it would vanish).
  const [ticked, setTicked] = useState<{ result: UserFormState; roles: string[] } | null>(null)
  const tickedRoles = ticked?.result === state ? ticked.roles : chosenRoles
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    const target = e.target as HTMLSelectElement
    if (target.name === 'agencyId') setPicked({ result: state, agencyId: target.value })
    if (target.name === 'roles') setTicked({ result: state, roles: new FormData(e.currentTarget).getAll('roles').map(String) })
  }
  // Roles that do not fit the chosen agency's kind are not offered (break 65 F8); one already ticked stays enabled so
  // that saving names it rather than dropping it unseen, and without a script the server's refusal is the guard.
  const kind = agencyKinds[agencyId] as AgencyKind | undefined
  const fits = (role: (typeof roles)[number]) => !kind || roleFitsAgency(role, kind)
  // A new user has nothing more to fill in here (walk 51 F6).
  if (state?.ok && !editing) return <CreatedNotice title={t('admin.userForm.created')} next={t('admin.userForm.createdNext')} open={t('admin.userForm.openCreated')} href={`/admin/users/${state.data.id}`} />
  return (
    <>
      {failed && <ErrorSummary title={t('common.problem')} message={failed.message} reload={reloadOf(failed)} fieldErrors={errors} labels={{ name: t('admin.userForm.name'), email: t('admin.userForm.email'), agencyId: t('admin.userForm.agency'), teamId: t('admin.userForm.team'), roles: t('admin.userForm.roles'), status: t('admin.userForm.status'), password: t('admin.userForm.password') }} />}
      {showSuccess && <p role="status" className="mb-4 border-l-4 border-green-800 bg-green-50 p-3 font-bold">{t('admin.userForm.saved')}</p>}
      <form action={action} onChange={onChange} noValidate className="max-w-xl space-y-5" key={formKey(state)}>
        <SubmissionKey result={state} />
        {editing && <input type="hidden" name="userId" value={initial.userId} />}
        {editing && <input type="hidden" name="version" value={versionAsDrawn(kept, 'version', initial.version)} />}
        <TextField name="name" label={t('admin.userForm.name')} defaultValue={v('name')} errors={errors.name} maxLength={120} />
        {!editing && <TextField name="email" type="email" label={t('admin.userForm.email')} defaultValue={v('email')} errors={errors.email} autoComplete="off" />}
        <SelectField name="agencyId" label={t('admin.userForm.agency')} options={agencies} placeholder={t('common.choose')} defaultValue={v('agencyId')} errors={errors.agencyId} />
        <SelectField name="teamId" label={t('admin.userForm.team')} hint={t('admin.userForm.teamHint')} options={narrowOptions(teams, agencyId)} placeholder={t('admin.userForm.noTeam')} defaultValue={agencyId === v('agencyId') ? v('teamId') : ''} errors={errors.teamId} />
        <fieldset id="field-roles" className={errors.roles?.length ? 'border-l-4 border-error pl-3' : undefined} aria-describedby="roles-hint">
          <legend className="font-bold">{t('admin.userForm.roles')}</legend>
          <p id="roles-hint" className="text-sm text-gray-700">{t('admin.userForm.rolesHint')}</p>
          {errors.roles?.length ? <p className="font-bold text-error">{errors.roles.join(' ')}</p> : null}
          <div className="mt-2 space-y-1">
            {roles.map((role) => (
              <CheckboxField key={role} name="roles" value={role} label={t(`roles.${role}`)} defaultChecked={chosenRoles.includes(role)} disabled={!fits(role) && !tickedRoles.includes(role)} hint={fits(role) ? undefined : t('admin.userForm.roleNotForAgency')} />
            ))}
          </div>
        </fieldset>
        <SelectField name="locale" label={t('admin.userForm.locale')} defaultValue={v('locale')} options={(['en', 'cy'] as const).map((l) => ({ value: l, label: t(`common.language.${l}`) }))} />
        {editing && (
          <SelectField name="status" label={t('admin.userForm.status')} defaultValue={v('status')} errors={errors.status} options={(['ACTIVE', 'DISABLED'] as const).map((s) => ({ value: s, label: t(`enums.userStatus.${s}`) }))} />
        )}
        {!editing && <TextField name="password" type="password" label={t('admin.userForm.password')} hint={t('admin.userForm.passwordHint')} errors={errors.password} autoComplete="new-password" />}
        <Button type="submit" disabled={pending}>{editing ? t('admin.userForm.save') : t('admin.userForm.create')}</Button>
      </form>
    </>
  )
}
