import { expect, test } from '@playwright/test'
import { closeRunningCircleToday, serveOnFirstMeeting, startCircleWithRota } from './cosa-steps'
import { createPerson, uniqueSurname } from './journey-steps'
import { excludeOnRecord, expectAccessible, openForm, signedInAs, switchLanguage, removeFromAccessList } from './support'

// Break 28 D6 and h17g (issue 17): a senior puts the demo volunteer (Alun Griffiths) on the exclusion list of the core
// member of a circle he serves in. The senior is told what that does; Alun's portal then shows nothing of that circle
// (no first name, venue or minutes), only that a circle of his is restricted; the coordinator's meeting page and rota
// show his place as needing cover, not waiting for his answer. A restriction list without him does the same, and the
// senior is told so too (in Welsh here). Taken off the lists, he has the circle back. The spec builds its own running
// circle (earlier specs in the suite close every demo circle) and closes it at the end, so later specs find none of it.

test('a serving volunteer kept out of a circle loses it on the portal, and the coordinator sees the place needs cover', async ({ browser }) => {
  test.setTimeout(480_000)
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  const n = Date.now()
  const surname = uniqueSurname('Zzkeptout', n)
  const firstName = 'Exclcheck'
  await createPerson(officer, firstName, surname, `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 9}`)
  const record = new URL(officer.url()).pathname
  const coordinator = await signedInAs(browser, 'cosa.coordinator@llwybr.test')
  await startCircleWithRota(officer, coordinator)
  const { circleUrl, meetingUrl } = await serveOnFirstMeeting(coordinator, surname, { first: 'Alun', last: 'Griffiths' })
  const circleWith = `Circle with ${firstName}`

  const volunteer = await signedInAs(browser, 'cosa.volunteer@llwybr.test')
  await expect(volunteer.getByRole('region', { name: 'Your circles' }).getByRole('heading', { name: circleWith })).toBeVisible()

  // The senior excludes Alun on the core member's record, and is told what it does.
  const senior = await signedInAs(browser, 'senior.probation@llwybr.test')
  await senior.goto(record)
  const lists = senior.getByRole('region', { name: 'Limited access' })
  await excludeOnRecord(lists, 'Alun Griffiths (cosa.volunteer@llwybr.test)', 'Lives next door to the family')
  await expect(lists.getByRole('status')).toHaveText('Added to the list. Alun Griffiths serves in this person’s COSA circle: they no longer see it on their volunteer page, and the coordinator’s rota now shows their places as needing cover.')
  await expectAccessible(senior)

  // Alun's portal: the notice, nothing of the circle, in the page or its data (the RSC payload); English and Welsh.
  await volunteer.reload()
  await expect(volunteer.getByText('A circle you serve in is now restricted: you will not see its meetings here. Do not go to them, and ask your coordinator what this means for you.')).toBeVisible()
  await expect(volunteer.getByText(circleWith)).toHaveCount(0)
  await expect(volunteer.locator('main')).not.toContainText(firstName)
  await expectAccessible(volunteer)
  const rsc = await (await volunteer.request.get('/', { headers: { RSC: '1' } })).text()
  expect(rsc).not.toContain(firstName)
  await switchLanguage(volunteer, 'Cymraeg')
  await expect(volunteer.getByText('Mae cylch rydych chi’n gwasanaethu ynddo bellach yn gyfyngedig: ni welwch ei gyfarfodydd yma. Peidiwch â mynd iddynt, a gofynnwch i’ch cydlynydd beth mae hyn yn ei olygu i chi.')).toBeVisible()
  await expect(volunteer.locator('main')).not.toContainText(firstName)
  await expectAccessible(volunteer)
  await switchLanguage(volunteer, 'English')

  // The coordinator's meeting page and rota: Alun's place needs cover, it is not waiting for his answer.
  await coordinator.goto(meetingUrl)
  const onRota = coordinator.getByRole('region', { name: 'On the rota' })
  await expect(onRota.getByText('Alun — needs cover: may no longer serve in this circle', { exact: true })).toBeVisible()
  await expect(onRota.getByText(/^Alun — Please confirm/)).toHaveCount(0)
  await expect(coordinator.getByText('Needs cover: Alun may no longer serve in this circle (their access to the person’s record was removed).')).toBeVisible()
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(coordinator.getByRole('region', { name: 'Ar y rota' }).getByText('Alun — angen rhywun i gyflenwi: ni chaiff wasanaethu yn y cylch hwn mwyach', { exact: true })).toBeVisible()
  await expect(coordinator.getByText('Angen rhywun i gyflenwi: ni chaiff Alun wasanaethu yn y cylch hwn mwyach (tynnwyd eu mynediad at gofnod y person).')).toBeVisible()
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'English')
  await coordinator.goto('/cosa/rota')
  const row = coordinator.getByRole('region', { name: 'Meetings coming up' }).getByRole('row').filter({ hasText: surname }).first()
  await expect(row).toContainText('Alun (needs cover: may no longer serve in this circle)')
  await expect(row).not.toContainText('Alun (Please confirm)')
  await expectAccessible(coordinator)
  // The circle page's pattern count leaves him out, saying why (break 29 D2).
  await coordinator.goto(circleUrl)
  await expect(coordinator.getByText(/^Alun: may no longer serve in this circle \(their access to the person’s record was removed\)/)).toBeVisible()
  // And the inner circle marks him on his row, as the rota does (break 28 D6 left item).
  await expect(coordinator.getByRole('table', { name: 'Inner circle' }).getByRole('row', { name: /^Alun Griffiths/ })).toContainText('May no longer serve in this circle (their access to the person’s record was removed)')
  // The overview counts it as needing cover, never as an answer awaited.
  await coordinator.goto('/cosa')
  await expect(coordinator.getByText(/^\d+ places? on the rota needs? cover: (its volunteer|their volunteers) may no longer serve in (that circle|those circles)$/)).toBeVisible()
  await expectAccessible(coordinator)

  // Taken off the exclusion list, Alun has the circle back and the place is his to answer again.
  await senior.reload()
  await removeFromAccessList(lists, 'Alun Griffiths')
  await volunteer.reload()
  await expect(volunteer.getByRole('region', { name: 'Your circles' }).getByRole('heading', { name: circleWith })).toBeVisible()
  await expect(volunteer.getByText(/circle you serve in is now restricted/)).toHaveCount(0)
  await coordinator.goto(meetingUrl)
  await expect(coordinator.getByRole('region', { name: 'On the rota' }).getByText('Alun — Please confirm', { exact: true })).toBeVisible()

  // A restriction list that does not name him keeps him out too, and the senior is told (here in Welsh).
  await senior.reload()
  await switchLanguage(senior, 'Cymraeg')
  const rhestrau = senior.getByRole('region', { name: 'Mynediad cyfyngedig' })
  await openForm(rhestrau, 'Ychwanegu rhywun at restr')
  await rhestrau.getByLabel('Rhestr', { exact: true }).selectOption('RESTRICTION')
  await rhestrau.getByLabel('Aelod o staff').selectOption({ label: 'DC Sian Morgan (police@llwybr.test)' })
  await rhestrau.getByLabel('Rheswm').fill('Perthynas i aelod o staff')
  await rhestrau.getByRole('button', { name: 'Ychwanegu at y rhestr' }).click()
  await expect(rhestrau.getByRole('status')).toHaveText('Wedi’i ychwanegu at y rhestr. Mae Alun Griffiths yn gwasanaethu yng nghylch COSA y person hwn: nid ydynt yn ei weld ar eu tudalen gwirfoddolwr mwyach, ac mae rota’r cydlynydd bellach yn dangos bod angen rhywun i gyflenwi eu lleoedd.')
  await expectAccessible(senior)
  await volunteer.reload()
  await expect(volunteer.getByText(circleWith)).toHaveCount(0)
  await expect(volunteer.getByText(/circle you serve in is now restricted/)).toBeVisible()
  // Lifted, he has it back; the coordinator (not on that list either) closes the circle.
  await switchLanguage(senior, 'English')
  await openForm(lists, 'Lift the restriction list')
  await lists.getByLabel('Why is the restriction no longer needed?').fill('The relative has left the service')
  await lists.getByRole('button', { name: 'Lift the restriction' }).click()
  await expect(senior.getByText('The restriction has been lifted.')).toBeVisible()
  await volunteer.reload()
  await expect(volunteer.getByRole('region', { name: 'Your circles' }).getByRole('heading', { name: circleWith })).toBeVisible()
  await coordinator.goto(circleUrl)
  await closeRunningCircleToday(coordinator, 'The core member moved out of the area.')
})
