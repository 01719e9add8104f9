import type { Pathway, PrismaClient, Region, ServiceSex } from '../../src/generated/prisma/client'
import { partnerEvent } from '../../src/lib/contact-events'
import { todayInLondon } from '../../src/lib/dates'
import { addWorkingDays } from '../../src/lib/working-days'

type Service = { code: string; name: string; nameCy: string; pathways: Pathway[]; regions: Region[]; sex?: ServiceSex; minAge?: number; maxAge?: number; substance?: boolean; email: string; phone?: string }
const WALES: Region[] = ['DYFED_POWYS', 'GWENT', 'NORTH_WALES', 'SOUTH_WALES']

// The directory of partner services (fictional services of the demo agencies). The first is the one the demo
// referrals and the partner e2e journey use: Dyfodol's service for anyone aged 18 or over in South Wales.
const services: Service[] = [
  { code: 'DYFODOL', name: 'Dyfodol Drug and Alcohol Service (Cardiff and Vale)', nameCy: 'Gwasanaeth Cyffuriau ac Alcohol Dyfodol (Caerdydd a’r Fro)', pathways: ['DRUGS_ALCOHOL', 'HEALTH'], regions: ['SOUTH_WALES'], minAge: 18, substance: true, email: 'atgyfeirio.caerdydd@dyfodol.example.org', phone: '029 2018 4400' },
  { code: 'DYFODOL', name: 'Dyfodol Alcohol Recovery (Swansea Bay)', nameCy: 'Adferiad Alcohol Dyfodol (Bae Abertawe)', pathways: ['DRUGS_ALCOHOL'], regions: ['SOUTH_WALES'], minAge: 18, substance: true, email: 'atgyfeirio.abertawe@dyfodol.example.org', phone: '01792 460 210' },
  { code: 'DYFODOL', name: 'Dyfodol Young People’s Substance Misuse Service', nameCy: 'Gwasanaeth Camddefnyddio Sylweddau Pobl Ifanc Dyfodol', pathways: ['DRUGS_ALCOHOL'], regions: ['SOUTH_WALES'], minAge: 16, maxAge: 25, substance: true, email: 'ifanc@dyfodol.example.org' },
  { code: 'LA-W06000015', name: 'Cardiff Council Housing Options for Prison Leavers', nameCy: 'Opsiynau Tai Cyngor Caerdydd i Bobl sy’n Gadael Carchar', pathways: ['ACCOMMODATION', 'FINANCE_BENEFITS_DEBT'], regions: ['SOUTH_WALES'], minAge: 18, email: 'opsiynautai@caerdydd.example.org', phone: '029 2053 7111' },
  { code: 'LA-W06000022', name: 'Newport City Council Housing Advice', nameCy: 'Cyngor Tai Cyngor Dinas Casnewydd', pathways: ['ACCOMMODATION'], regions: ['GWENT'], email: 'tai@casnewydd.example.org' },
  { code: 'DWP-WALES', name: 'Jobcentre Plus Work Coaches for Prison Leavers', nameCy: 'Anogwyr Gwaith y Ganolfan Byd Gwaith i Bobl sy’n Gadael Carchar', pathways: ['EDUCATION_TRAINING_EMPLOYMENT', 'FINANCE_BENEFITS_DEBT'], regions: WALES, minAge: 18, email: 'cyflogaeth@dwp.example.org' },
  { code: 'WOMENS-PATHFINDER', name: 'Women’s Pathfinder Whole-System Support', nameCy: 'Cymorth System Gyfan Braenaru i Fenywod', pathways: ['WOMEN_DOMESTIC_ABUSE', 'WOMEN_PROSTITUTION', 'HEALTH', 'CHILDREN_FAMILIES'], regions: WALES, sex: 'FEMALE', minAge: 18, email: 'cymorth@braenaru.example.org', phone: '029 2022 8800' },
  { code: 'HB-BCU', name: 'Criminal Justice Liaison and Diversion (North Wales)', nameCy: 'Cyswllt a Dargyfeirio Cyfiawnder Troseddol (Gogledd Cymru)', pathways: ['HEALTH'], regions: ['NORTH_WALES'], minAge: 18, email: 'cyswllt.cyfiawnder@bipbc.example.org' },
  { code: 'STOPSO', name: 'StopSO Therapy for People Convicted and their Families', nameCy: 'Therapi StopSO i Bobl a Gafwyd yn Euog a’u Teuluoedd', pathways: ['ATTITUDES_THINKING_BEHAVIOUR', 'CHILDREN_FAMILIES'], regions: WALES, minAge: 18, email: 'referrals@stopso.example.org' },
]

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`)
const dateOnly = (day: string) => new Date(`${day}T00:00:00Z`)

// Each step goes on the timeline as an event plus values, as the app writes it, so it reads in the reader's language.
type Step = { kind: string; note: string; on: Date; by: { id: string; agencyId: string }; facts: Parameters<typeof partnerEvent>[2] }

/**
 * The directory, and three of the demo officer's people referred to Dyfodol in Cardiff so the partner caseworker (Jade
 * Lewis) has work: a priority referral due for assessment within a working day, one being worked (assessed, care plan
 * started, on time) and one completed. The people are taken from the end of the officer's caseload by name, after the
 * COSA core member, so the first person on the officer's home page is left for the e2e journey.
 */
export async function seedPartners(db: PrismaClient, ids: { officerId: string; partnerUserId: string; partnerAgencyId: string }): Promise<void> {
  const codes = [...new Set(services.map((s) => s.code))]
  const agencyIds = new Map((await db.agency.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map((a) => [a.code, a.id]))
  agencyIds.set('DYFODOL', ids.partnerAgencyId)
  const created: { id: string; name: string; nameCy: string | null }[] = []
  for (const s of services.filter((x) => agencyIds.has(x.code))) {
    created.push(await db.partnerService.create({
      data: { providerAgencyId: agencyIds.get(s.code)!, name: s.name, nameCy: s.nameCy, pathways: s.pathways, regions: s.regions, eligibleSex: s.sex ?? 'ANY', minAge: s.minAge ?? null, maxAge: s.maxAge ?? null, substanceMisuse: s.substance ?? false, contactEmail: s.email, contactPhone: s.phone ?? null },
    }))
  }
  const cardiff = created[0]!
  const officer = await db.user.findUniqueOrThrow({ where: { id: ids.officerId }, select: { id: true, agencyId: true } })
  const jade = { id: ids.partnerUserId, agencyId: ids.partnerAgencyId }
  const people = await db.offender.findMany({ where: { offenderManagerId: ids.officerId, accessRestrictions: { none: {} }, ldu: { region: 'SOUTH_WALES' } }, orderBy: [{ lastName: 'desc' }, { firstName: 'desc' }], take: 4, select: { id: true } })
  if (people.length < 4) return
  const needIds = (await db.supportNeed.findMany({ where: { pathway: 'DRUGS_ALCOHOL', active: true }, orderBy: { sortOrder: 'asc' }, take: 2, select: { id: true } })).map((n) => n.id)
  const today = todayInLondon()

  const refer = async (offenderId: string, referredOn: string, priority: boolean, reason: string, data: Record<string, unknown>, steps: Step[]) => {
    const referral = await db.partnerReferral.create({ data: { offenderId, serviceId: cardiff.id, referredById: officer.id, pathway: 'DRUGS_ALCOHOL', needIds, reason, consentToShare: true, priority, createdAt: at(referredOn, 10), ...data } })
    const all: Step[] = [{ kind: 'REFERRED', note: reason, on: at(referredOn, 10), by: officer, facts: { priority } }, ...steps]
    for (const s of all) {
      const contact = await db.contact.create({ data: { offenderId, type: 'PARTNER_UPDATE', occurredAt: s.on, notes: s.note, ...partnerEvent(s.kind, { service: cardiff, pathway: 'DRUGS_ALCOHOL' }, s.facts), authorId: s.by.id, authorAgencyId: s.by.agencyId, createdAt: s.on } })
      await db.partnerReferralUpdate.create({ data: { referralId: referral.id, kind: s.kind, note: s.note, authorId: s.by.id, authorAgencyId: s.by.agencyId, contactId: contact.id, createdAt: s.on } })
    }
  }
  const step = (kind: string, day: string, note: string, facts: Step['facts'] = {}, hour = 14): Step => ({ kind, note, on: at(day, hour), by: jade, facts })

  // Due for assessment today (or on the next working day when the seed runs at a weekend): a near breach on both sides.
  await refer(people[1]!.id, addWorkingDays(today, -5), true, 'Relapsed into daily crack cocaine use after losing his job; asked for help at supervision. Licence condition to address drug misuse.', {}, [])

  const referred = addWorkingDays(today, -20)
  const assessed = addWorkingDays(referred, 4)
  const planned = addWorkingDays(assessed, 8)
  const carePlan = 'Opiate substitution prescribing through the GP shared-care scheme; weekly key work with Jade; SMART Recovery group on Thursdays in Splott.'
  await refer(people[2]!.id, referred, true, 'Injecting heroin again since release from HMP Cardiff; wants a script and help to stay out of the Adamsdown crowd.',
    { status: 'ACCEPTED', decidedById: jade.id, decidedAt: at(addWorkingDays(referred, 1), 9), caseworkerId: jade.id, firstAppointmentAt: at(addWorkingDays(referred, 3), 10), assessedOn: dateOnly(assessed), carePlan, carePlanStartedOn: dateOnly(planned) },
    [
      step('ACCEPTED', addWorkingDays(referred, 1), ''),
      step('FIRST_APPOINTMENT', addWorkingDays(referred, 1), '', { at: at(addWorkingDays(referred, 3), 10) }, 15),
      step('ASSESSED', assessed, 'Daily heroin use, some crack at weekends. Motivated; his mother is supportive.', { on: dateOnly(assessed) }),
      step('CARE_PLAN', planned, carePlan, { on: dateOnly(planned) }),
      step('PROGRESS', addWorkingDays(today, -3), 'Collecting his script daily; missed Thursday’s group (hospital appointment), came to key work.'),
    ])

  const earlier = addWorkingDays(today, -80)
  const closed = addWorkingDays(today, -15)
  await refer(people[3]!.id, earlier, false, 'Drinking most days since his relationship ended; two alcohol-related incidents this year.',
    { status: 'COMPLETED', decidedById: jade.id, decidedAt: at(addWorkingDays(earlier, 2), 9), caseworkerId: jade.id, assessedOn: dateOnly(addWorkingDays(earlier, 7)), carePlan: 'Community alcohol detox, then weekly relapse-prevention group.', carePlanStartedOn: dateOnly(addWorkingDays(earlier, 15)), outcome: 'ACHIEVED', outcomeNote: 'Abstinent for eight weeks; attends the peer-support group in Canton.', closedAt: at(closed, 15) },
    [
      step('ACCEPTED', addWorkingDays(earlier, 2), ''),
      step('ASSESSED', addWorkingDays(earlier, 7), '', { on: dateOnly(addWorkingDays(earlier, 7)) }),
      step('CARE_PLAN', addWorkingDays(earlier, 15), 'Community alcohol detox, then weekly relapse-prevention group.', { on: dateOnly(addWorkingDays(earlier, 15)) }),
      step('CLOSED', closed, 'Abstinent for eight weeks; attends the peer-support group in Canton.', { outcome: 'ACHIEVED' }),
    ])
}
