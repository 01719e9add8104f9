import type { PrismaClient, VolunteerStage } from '../../src/generated/prisma/client'

const DAY = 86_400_000
const date = (days: number) => new Date(`${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T00:00:00Z`)

// CAIS's volunteers in North Wales (fictional): most vetted and active, a few still in the pipeline, one whose DBS
// renewal falls due within the month so the coordinator's warning shows.
const volunteers: { first: string; last: string; area: string; stage: VolunteerStage; welsh: boolean; dbsExpiresIn?: number }[] = [
  { first: 'Eirlys', last: 'Hughes', area: 'Bangor', stage: 'ACTIVE', welsh: true },
  { first: 'Dafydd', last: 'Roberts', area: 'Caernarfon', stage: 'ACTIVE', welsh: true },
  { first: 'Mair', last: 'Jones', area: 'Llandudno', stage: 'ACTIVE', welsh: true },
  { first: 'Peter', last: 'Shaw', area: 'Wrexham', stage: 'ACTIVE', welsh: false },
  { first: 'Nia', last: 'Griffith', area: 'Conwy', stage: 'ACTIVE', welsh: true },
  { first: 'Susan', last: 'Clarke', area: 'Rhyl', stage: 'ACTIVE', welsh: false, dbsExpiresIn: 20 },
  { first: 'Iwan', last: 'Parry', area: 'Holyhead', stage: 'MATCHED', welsh: true },
  { first: 'Karen', last: 'Ellis', area: 'Mold', stage: 'MATCHED', welsh: false },
  { first: 'Gethin', last: 'Williams', area: 'Bangor', stage: 'TRAINING', welsh: true },
  { first: 'Laura', last: 'Bennett', area: 'Wrexham', stage: 'REFERENCES', welsh: false },
  { first: 'Owain', last: 'Lloyd', area: 'Pwllheli', stage: 'ENQUIRY', welsh: true },
  // The demo volunteer account (cosa.volunteer@llwybr.test) signs in as this volunteer.
  { first: 'Alun', last: 'Griffiths', area: 'Llangefni', stage: 'ACTIVE', welsh: true },
]
const vetted: VolunteerStage[] = ['ACTIVE', 'MATCHED']

/** The demo COSA provider's volunteers, with weekday-evening availability. */
export async function seedCosa(db: PrismaClient, providerId: string, volunteerUserId: string) {
  const coordinatorId = (await db.user.findFirstOrThrow({ where: { agencyId: providerId, roles: { has: 'COSA_COORDINATOR' } } })).id
  for (const [i, v] of volunteers.entries()) {
    const isVetted = vetted.includes(v.stage)
    const dbsIssued = isVetted ? date(-(365 * 3) + (v.dbsExpiresIn ?? 400)) : null
    await db.cosaVolunteer.create({
      data: {
        agencyId: providerId,
        userId: v.first === 'Alun' ? volunteerUserId : null,
        firstName: v.first,
        lastName: v.last,
        email: `${v.first.toLowerCase()}.${v.last.toLowerCase()}@example.org`,
        dateOfBirth: new Date(`${1955 + i * 3}-0${(i % 9) + 1}-1${i % 9}T00:00:00Z`),
        homeArea: v.area,
        travelRadiusMiles: 20 + i,
        welshSpeaker: v.welsh,
        stage: v.stage,
        referencesReceived: isVetted || v.stage === 'TRAINING' ? 2 : 0,
        dbsNumber: isVetted ? String(100000000000 + i * 7919) : null,
        dbsIssuedOn: dbsIssued,
        dbsExpiresOn: dbsIssued ? new Date(dbsIssued.getTime() + 3 * 365 * DAY + DAY) : null,
        trainingCompletedOn: isVetted ? date(-200 + i) : null,
        trainingTrainer: isVetted ? 'Circles UK' : null,
        // Two days of initial training, counted in the hours funders are given (issue 16 item 12).
        trainingMinutes: isVetted ? 720 : null,
        stageChanges: { create: { toStage: v.stage, note: 'Imported from the provider’s records', changedById: (await db.user.findFirstOrThrow({ where: { agencyId: providerId } })).id } },
        availability: { create: [2, 4].map((weekday) => ({ weekday, fromTime: '18:00', toTime: '21:30' })) },
        // Supervised every eight weeks; Susan's is overdue, so the coordinator's dashboard shows it.
        supervisions: isVetted ? { create: { heldOn: date(v.dbsExpiresIn ? -70 : -28), nextDueOn: date(v.dbsExpiresIn ? -14 : 28), supervisorId: coordinatorId, notes: 'Regular supervision: wellbeing, boundaries, and how the circle is going.' } } : undefined,
      },
    })
  }
}
