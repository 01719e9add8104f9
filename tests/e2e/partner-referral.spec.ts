import { expect, test } from '@playwright/test'
import { formatDate } from '../../src/lib/format-dates'
import { expectAccessible, signIn, switchLanguage } from './support'

// Seeded by prisma/seed/partners.ts: Dyfodol's service for anyone 18+ in South Wales, where the demo officer's people
// live; Jade Lewis (partner@llwybr.test) is its caseworker and already has a near-breach priority referral waiting.
const SERVICE = 'Dyfodol Drug and Alcohol Service (Cardiff and Vale)'
const PROVIDER = 'Dyfodol Drug and Alcohol Service'
const SERVICE_CY = 'Gwasanaeth Cyffuriau ac Alcohol Dyfodol (Caerdydd a’r Fro)'
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' })

test('an officer refers a person to a substance-misuse service as a priority; the caseworker works it to an outcome the officer sees', async ({ browser }) => {
  const officer = await (await browser.newContext()).newPage()
  await signIn(officer, 'probation.officer@llwybr.test')
  // The seeded priority referral close to its deadline is flagged on the officer's home page too.
  await expect(officer.getByRole('region', { name: /^Priority referrals near or past their service level/ })).toContainText(SERVICE)
  await officer.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(1).getByRole('link').click()
  await officer.waitForURL(/\/offenders\/[0-9a-f-]{36}$/)
  const personPath = new URL(officer.url()).pathname
  await officer.goto(`${personPath}/referrals`)
  const heading = officer.getByRole('heading', { level: 1 })
  await expect(heading).toContainText('Referrals to partner services:')
  const crn = (await heading.innerText()).match(/[A-Z]\d{6}/)![0]
  await expectAccessible(officer)

  // Only services the person is eligible for are offered; choosing one brings its pathways and needs.
  const refer = officer.getByRole('region', { name: 'Refer to a partner service' })
  await refer.getByLabel('Service', { exact: true }).selectOption({ label: `${SERVICE} (${PROVIDER}) — substance misuse` })
  await refer.getByRole('button', { name: 'Continue' }).click()
  await expect(refer).toContainText(`Referring to ${SERVICE}`)
  await refer.getByLabel('Pathway', { exact: true }).selectOption({ label: 'Drugs and alcohol' })
  const needs = refer.getByRole('group', { name: 'Support needs the referral addresses' }).getByRole('checkbox', { name: /^Drugs and alcohol:/ })
  if (await needs.count()) await needs.first().check()
  await refer.getByLabel('Reason for the referral').fill('Using heroin daily again since his release; wants a script and key work.')
  await refer.getByLabel(/^Priority referral/).check()
  await refer.getByRole('button', { name: 'Send the referral' }).click()
  await expect(officer.getByRole('alert', { name: 'There is a problem' })).toContainText('The person must consent to their details being shared')
  await expectAccessible(officer)
  await refer.getByLabel(/^The person consents/).check()
  await refer.getByRole('button', { name: 'Send the referral' }).click()
  await expect(refer.getByText('Referral sent.')).toBeVisible()
  const made = officer.getByRole('region', { name: 'Referrals made' }).getByRole('listitem').filter({ hasText: SERVICE }).first()
  await expect(made).toContainText('Waiting for a decision')
  await expect(made).toContainText(/Assessment due by .+ — 5 working days left/)
  await expectAccessible(officer)

  // The caseworker's list, in English and in Welsh, with the service-level clock in words.
  const partner = await (await browser.newContext()).newPage()
  await signIn(partner, 'partner@llwybr.test')
  await partner.getByRole('link', { name: 'Referrals to my service' }).click()
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Referrals to my service')
  const incoming = partner.getByRole('region', { name: 'Incoming referrals' })
  await expect(incoming.getByRole('row').filter({ hasText: crn })).toContainText('Assessment due by')
  // The seeded priority referral is due within a working day (breached if the demo data has aged since seeding).
  await expect(incoming).toContainText(/Near breach|Breached/)
  await expectAccessible(partner)
  await switchLanguage(partner, 'Cymraeg')
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('Atgyfeiriadau i’m gwasanaeth')
  const newOnes = partner.getByRole('region', { name: 'Atgyfeiriadau newydd' })
  await expect(newOnes).toContainText(/Bron yn hwyr|Wedi methu’r safon/)
  await expect(newOnes.getByRole('row').filter({ hasText: crn })).toContainText('Ar amser: Asesiad i’w gwblhau erbyn')
  await expect(newOnes.getByRole('row').filter({ hasText: crn })).toContainText('5 diwrnod gwaith ar ôl')
  await expectAccessible(partner)
  await switchLanguage(partner, 'English')

  await partner.getByRole('region', { name: 'Incoming referrals' }).getByRole('row').filter({ hasText: crn }).getByRole('link').click()
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText(`Referral to ${SERVICE}`)
  await expect(partner.getByRole('region', { name: 'The person' })).toContainText(crn)
  await expect(partner.getByRole('region', { name: 'The referral' })).toContainText('Using heroin daily again')
  await expectAccessible(partner)
  await partner.getByRole('button', { name: 'Accept the referral' }).click()
  // Not yet seen: only the outcomes that fit (issue 15 item 16).
  const outcomes = partner.getByRole('region', { name: 'Close with an outcome' }).getByLabel('Outcome', { exact: true }).locator('option')
  await expect(outcomes).toHaveText(['Choose…', 'Not achieved', 'Disengaged'])

  // The next form sent while a save is still on its way waits for that save's answer, so the caseworker's own save is
  // not taken for someone else's change (walk 67 F6): the appointment's request is held back for a moment.
  await partner.route('**/partner/referrals/**', async (route) => {
    if (route.request().method() === 'POST' && route.request().postData()?.includes('appointmentAt')) await new Promise((held) => setTimeout(held, 1500))
    await route.continue()
  })
  const appointment = partner.getByRole('region', { name: 'First appointment', exact: true })
  await appointment.getByLabel('Date and time of the first appointment').fill(`${today()}T16:00`)
  await appointment.getByRole('button', { name: 'Record the appointment' }).click()
  const assessment = partner.getByRole('region', { name: 'Assessment', exact: true })
  await assessment.getByLabel('Date of the assessment').fill(today())
  await assessment.getByLabel('Summary of the assessment (optional)').fill('Daily heroin use; no injecting. Motivated; lives with his sister.')
  await assessment.getByRole('button', { name: 'Record the assessment' }).click()
  await expect(partner.getByRole('status').filter({ hasText: 'Assessment recorded.' })).toBeVisible()
  await expect(appointment.getByLabel('Date and time of the first appointment')).toHaveValue(`${today()}T16:00`)
  await partner.unrouteAll()
  const carePlan = partner.getByRole('region', { name: 'Care plan', exact: true })
  await carePlan.getByLabel('The care plan').fill('Substitute prescribing through shared care; weekly key work; recovery group on Tuesdays.')
  await carePlan.getByLabel('Care plan started on').fill(today())
  await carePlan.getByRole('button', { name: 'Record the care plan' }).click()
  await expect(partner.getByText(/Met: assessed within 5 working days/)).toBeVisible()
  const progress = partner.getByRole('region', { name: 'Progress', exact: true })
  await progress.getByLabel('Progress note').fill('Collected his first script; came to key work on time.')
  await progress.getByRole('button', { name: 'Add the note' }).click()
  await expect(progress.getByText('Note added.')).toBeVisible()
  await expectAccessible(partner)

  const close = partner.getByRole('region', { name: 'Close with an outcome' })
  await close.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Achieved' })
  await close.getByLabel('What was achieved, and what happens next').fill('Stable on his script; moved on to the recovery community.')
  await close.getByRole('button', { name: 'Close the referral' }).click()
  // Closed: the caseworker keeps the outcome and their own updates, and loses the person's details.
  await expect(partner.getByText(/This referral is closed/)).toBeVisible()
  await expect(partner.getByRole('main')).toContainText('Completed — Achieved')
  await expect(partner.getByRole('main')).not.toContainText(crn)
  await expect(partner.getByRole('main')).not.toContainText('Using heroin daily again')
  await expectAccessible(partner)

  // The officer sees all of it: on the referrals page with the partner's updates, and on the timeline.
  await officer.reload()
  const done = officer.getByRole('region', { name: 'Referrals made' }).getByRole('listitem').filter({ hasText: SERVICE }).first()
  await expect(done).toContainText('Completed — Achieved')
  await expect(done).toContainText('Met: assessed within 5 working days')
  await expect(done).toContainText(`Progress — Jade Lewis, ${PROVIDER}`)
  await expect(done).toContainText('Collected his first script')
  await expectAccessible(officer)
  await officer.goto(`${personPath}/timeline`)
  await expect(officer.getByText(`${SERVICE} closed the referral (Drugs and alcohol), outcome: achieved. Stable on his script`).first()).toBeVisible()
  await expect(officer.getByRole('listitem').filter({ hasText: `${SERVICE} accepted the referral` }).first()).toContainText('Jade Lewis')
  await expectAccessible(officer)

  // The same entries read in Welsh to a Welsh reader, with the service's Welsh name and a Welsh date (issue 15 item 2).
  await switchLanguage(officer, 'Cymraeg')
  await expect(officer.getByRole('listitem').filter({ hasText: `Derbyniodd ${SERVICE_CY} yr atgyfeiriad (Cyffuriau ac alcohol).` }).first()).toContainText('Jade Lewis')
  await expect(officer.getByText(`${SERVICE_CY}: cwblhawyd yr asesiad ar ${formatDate(new Date(`${today()}T00:00:00Z`), 'day', 'cy')}. Daily heroin use`).first()).toBeVisible()
  await expect(officer.getByRole('main')).not.toContainText('accepted the referral')
  await expectAccessible(officer)
  await switchLanguage(officer, 'English')
})
