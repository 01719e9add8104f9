import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage } from './support'

// Issue 15 item 15: every seeded role's home page shows its own work under its own heading, and its navigation only
// what the role can use; in English and in Welsh, each checked with axe.
type Lang = { heading: string | RegExp; nav: string[] }
type Role = { email: string; en: Lang; cy: Lang; caseload: boolean }

const caseloadHeading = { en: /caseload/i, cy: /llwyth achosion/i }
const officerNav = { en: ['Home', 'Diary', 'Find a person', 'IOM'], cy: ['Hafan', 'Dyddiadur', 'Dod o hyd i berson', 'IOM'] }
// Seniors also read their LDU's outcome figures (issue 14) and review break-glass openings (issue 17).
const seniorNav = { en: [...officerNav.en, 'Outcomes', 'Break-glass'], cy: [...officerNav.cy, 'Canlyniadau', "Torri’r gwydr"] }
const probation = (email: string, nav = officerNav): Role => ({ email, caseload: true, en: { heading: caseloadHeading.en, nav: nav.en }, cy: { heading: caseloadHeading.cy, nav: nav.cy } })

const roles: Role[] = [
  probation('probation.officer@llwybr.test'),
  probation('senior.probation@llwybr.test', seniorNav),
  probation('senior.cardiff2@llwybr.test', seniorNav),
  { email: 'police@llwybr.test', caseload: false, en: { heading: 'IOM list', nav: ['Home', 'Find a person', 'IOM', 'Outcomes'] }, cy: { heading: 'Rhestr IOM', nav: ['Hafan', 'Dod o hyd i berson', 'IOM', 'Canlyniadau'] } },
  { email: 'mappa.chair@llwybr.test', caseload: false, en: { heading: 'MAPPA in South Wales', nav: ['Home', 'Find a person', 'MAPPA', 'MAPPA nominals', 'Outcomes'] }, cy: { heading: 'MAPPA yn ardal De Cymru', nav: ['Hafan', 'Dod o hyd i berson', 'MAPPA', 'Enwebeion MAPPA', 'Canlyniadau'] } },
  { email: 'cosa.coordinator@llwybr.test', caseload: false, en: { heading: 'This week', nav: ['Home', 'COSA', 'Schemes'] }, cy: { heading: 'Yr wythnos hon', nav: ['Hafan', 'COSA', 'Cynlluniau'] } },
  { email: 'cosa.volunteer@llwybr.test', caseload: false, en: { heading: 'Your circle meetings', nav: ['Home'] }, cy: { heading: 'Eich cyfarfodydd cylch', nav: ['Hafan'] } },
  { email: 'partner@llwybr.test', caseload: false, en: { heading: 'Referrals to your service', nav: ['Home', 'Referrals to my service'] }, cy: { heading: 'Atgyfeiriadau i’ch gwasanaeth', nav: ['Hafan', 'Atgyfeiriadau i’m gwasanaeth'] } },
  { email: 'manager@llwybr.test', caseload: false, en: { heading: 'Caseload figures', nav: ['Home', 'Outcomes', 'Schemes'] }, cy: { heading: 'Ffigurau llwyth achosion', nav: ['Hafan', 'Canlyniadau', 'Cynlluniau'] } },
  {
    email: 'admin@llwybr.test', caseload: false,
    en: { heading: 'Administration', nav: ['Home', 'Services', 'Support needs', 'Letters', 'Schemes', 'Costs of crime', 'LDUs and local authorities', 'Users', 'Agencies', 'Background jobs', 'Audit log'] },
    cy: { heading: 'Gweinyddu', nav: ['Hafan', 'Gwasanaethau', 'Anghenion cymorth', 'Llythyrau', 'Cynlluniau', 'Costau troseddu', 'LDUs ac awdurdodau lleol', 'Defnyddwyr', 'Asiantaethau', 'Tasgau cefndir', 'Log archwilio'] },
  },
  // The data protection lead reviews break-glass openings (issue 17 walk 17 F2), and opens no record.
  { email: 'data.protection@llwybr.test', caseload: false, en: { heading: 'Break-glass openings to review', nav: ['Home', 'Break-glass'] }, cy: { heading: 'Agoriadau torri’r gwydr i’w hadolygu', nav: ['Hafan', 'Torri’r gwydr'] } },
]

async function expectHome(page: Page, role: Role, lang: Lang, main: string) {
  await expect(page.getByRole('heading', { level: 1 })).toContainText(main === 'Main' ? 'Hello' : 'Helo')
  await expect(page.getByRole('navigation', { name: main }).getByRole('link')).toHaveText(lang.nav)
  await expect(page.getByRole('heading', { level: 2, name: lang.heading }).first()).toBeVisible()
  // Only offender managers have a caseload of people allocated to them: no one else gets one, captioned or empty.
  if (!role.caseload) {
    await expect(page.getByRole('table', { name: /People you manage|Pobl rydych chi’n eu rheoli/ })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: caseloadHeading[main === 'Main' ? 'en' : 'cy'] })).toHaveCount(role.email.startsWith('manager') ? 1 : 0)
  }
  await expectAccessible(page)
}

for (const role of roles) {
  test(`${role.email}: home heading and navigation, in English and Welsh`, async ({ page }) => {
    await signIn(page, role.email)
    await expectHome(page, role, role.en, 'Main')
    await switchLanguage(page, 'Cymraeg')
    await expectHome(page, role, role.cy, 'Prif')
    await switchLanguage(page, 'English')
  })
}

test('the partner’s home lists their referrals by stage, the near-breach priority referral first', async ({ page }) => {
  await signIn(page, 'partner@llwybr.test')
  const incoming = page.getByRole('region', { name: 'Incoming referrals' })
  await expect(incoming.getByRole('row').nth(1)).toContainText(/Near breach|Breached/)
  await expect(page.getByRole('region', { name: 'Open referrals' })).toBeVisible()
  await expect(page.getByText(/referrals? (is|are) near or past/)).toBeVisible()
})
