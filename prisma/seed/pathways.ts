import type { Pathway, PathwayNeed, PathwayStatus, PrismaClient } from '../../src/generated/prisma/client'

const DAY = 86_400_000

// The catalogue of support needs per pathway, in English and Welsh (fictional wording, after the strategy's pathways).
const catalogue: Record<Pathway, [string, string][]> = {
  ACCOMMODATION: [
    ['No fixed abode on release', 'Dim cyfeiriad sefydlog wrth gael ei ryddhau'],
    ['At risk of losing tenancy', 'Mewn perygl o golli tenantiaeth'],
    ['Rent arrears', 'Ôl-ddyledion rhent'],
    ['Needs supported housing', 'Angen tai â chymorth'],
    ['Unsuitable or overcrowded housing', 'Tai anaddas neu orlawn'],
  ],
  EDUCATION_TRAINING_EMPLOYMENT: [
    ['No qualifications', 'Dim cymwysterau'],
    ['Needs CV support', 'Angen help gyda CV'],
    ['Literacy or numeracy support', 'Cymorth gyda llythrennedd neu rifedd'],
    ['Unemployed and looking for work', 'Yn ddi-waith ac yn chwilio am waith'],
    ['Help to disclose convictions to employers', 'Help i ddatgelu euogfarnau i gyflogwyr'],
  ],
  HEALTH: [
    ['Not registered with a GP', 'Heb gofrestru gyda meddyg teulu'],
    ['Mental health needs', 'Anghenion iechyd meddwl'],
    ['Screened in for the Offender Personality Disorder pathway', "Wedi'i sgrinio i mewn i'r llwybr Anhwylder Personoliaeth Troseddwyr"],
    ['Long-term physical condition', 'Cyflwr corfforol hirdymor'],
    ['Not registered with a dentist', 'Heb gofrestru gyda deintydd'],
  ],
  DRUGS_ALCOHOL: [
    ['Opiate use', 'Defnyddio opiadau'],
    ['Problem drinking', 'Yfed problemus'],
    ['On a prescribed substitute such as methadone', 'Ar gyffur amnewid ar bresgripsiwn fel methadon'],
    ['Needs the Drug Interventions Programme', 'Angen y Rhaglen Ymyriadau Cyffuriau'],
    ['Risk of overdose on release', 'Perygl gorddos wrth gael ei ryddhau'],
  ],
  FINANCE_BENEFITS_DEBT: [
    ['No bank account', 'Dim cyfrif banc'],
    ['Benefit claim needed on release', 'Angen hawlio budd-daliadau wrth gael ei ryddhau'],
    ['Debts', 'Dyledion'],
    ['No identity documents', 'Dim dogfennau adnabod'],
    ['Court fines outstanding', 'Dirwyon llys heb eu talu'],
  ],
  CHILDREN_FAMILIES: [
    ['Wants contact with their children', "Eisiau cysylltiad â'u plant"],
    ["Children's services involved", 'Gwasanaethau plant yn ymwneud â’r teulu'],
    ['Caring responsibilities', 'Cyfrifoldebau gofalu'],
    ['Family relationships broken down', 'Perthynas deuluol wedi chwalu'],
    ['Needs parenting support', 'Angen cymorth rhianta'],
  ],
  ATTITUDES_THINKING_BEHAVIOUR: [
    ['Pro-criminal attitudes', 'Agweddau o blaid troseddu'],
    ['Impulsivity and poor problem-solving', 'Byrbwylltra a sgiliau datrys problemau gwan'],
    ['Suitable for an accredited programme', 'Addas ar gyfer rhaglen achrededig'],
    ['Anger and emotional control', 'Rheoli dicter ac emosiynau'],
    ['Victim awareness work', 'Gwaith ymwybyddiaeth o ddioddefwyr'],
  ],
  WOMEN_DOMESTIC_ABUSE: [
    ['Currently in an abusive relationship', 'Mewn perthynas gamdriniol ar hyn o bryd'],
    ['Needs a safety plan', 'Angen cynllun diogelwch'],
    ['Referred to MARAC', "Wedi'i hatgyfeirio at MARAC"],
    ['Needs a refuge place', 'Angen lle mewn lloches'],
    ["Support from a women's centre", 'Cymorth gan ganolfan i fenywod'],
  ],
  WOMEN_PROSTITUTION: [
    ['Involved in on-street sex work', 'Yn ymwneud â gwaith rhyw ar y stryd'],
    ['Possible victim of trafficking or modern slavery', 'Dioddefwr posibl masnachu pobl neu gaethwasiaeth fodern'],
    ['Needs a route out', 'Angen llwybr allan'],
    ['Sexual health support', 'Cymorth iechyd rhywiol'],
    ['Coerced by a partner or a third party', 'Dan orfodaeth gan bartner neu drydydd parti'],
  ],
}

type Step = { need: PathwayNeed; status: PathwayStatus; needs: string[]; note: string; daysAgo: number }
type Story = Partial<Record<Pathway, Step[]>>

// What the officer has recorded so far for each of their people, oldest update first.
const stories: Story[] = [
  {
    ACCOMMODATION: [
      { need: 'HIGH', status: 'SUPPORT_REQUIRED', needs: ['No fixed abode on release'], note: 'Hostel bed for 28 nights only after release. Housing options referral needed.', daysAgo: 40 },
      { need: 'HIGH', status: 'IN_PROGRESS', needs: ['No fixed abode on release', 'Needs supported housing'], note: 'Housing options appointment booked with Cardiff Council.', daysAgo: 12 },
    ],
    EDUCATION_TRAINING_EMPLOYMENT: [{ need: 'MEDIUM', status: 'IN_PROGRESS', needs: ['Needs CV support'], note: 'Wants to get back into labouring. CV session at the Jobcentre next week.', daysAgo: 20 }],
  },
  {
    DRUGS_ALCOHOL: [{ need: 'HIGH', status: 'SUPPORT_REQUIRED', needs: ['Opiate use', 'On a prescribed substitute such as methadone'], note: 'On a methadone script from the prison; needs a community prescriber straight away.', daysAgo: 15 }],
    FINANCE_BENEFITS_DEBT: [{ need: 'MEDIUM', status: 'IN_PROGRESS', needs: ['No bank account', 'No identity documents'], note: 'Birth certificate applied for; bank account to follow.', daysAgo: 9 }],
  },
  {
    ACCOMMODATION: [{ need: 'MEDIUM', status: 'IN_PROGRESS', needs: ['At risk of losing tenancy', 'Rent arrears'], note: 'Two months behind with the rent. Agreed to see the tenancy support officer.', daysAgo: 25 }],
    HEALTH: [
      { need: 'LOW', status: 'SUPPORT_REQUIRED', needs: ['Not registered with a GP'], note: 'Not registered with a GP since moving to Splott.', daysAgo: 50 },
      { need: 'LOW', status: 'MET', needs: ['Not registered with a GP'], note: 'Now registered at the surgery on Splott Road.', daysAgo: 30 },
    ],
  },
  {
    ATTITUDES_THINKING_BEHAVIOUR: [{ need: 'HIGH', status: 'IN_PROGRESS', needs: ['Suitable for an accredited programme', 'Impulsivity and poor problem-solving'], note: 'Starts the Thinking Skills Programme next month.', daysAgo: 18 }],
    CHILDREN_FAMILIES: [{ need: 'MEDIUM', status: 'SUPPORT_DECLINED', needs: ['Needs parenting support'], note: 'Declined a parenting course: wants to wait for the family court to decide on contact.', daysAgo: 7 }],
  },
  {
    EDUCATION_TRAINING_EMPLOYMENT: [{ need: 'LOW', status: 'MET', needs: ['No qualifications'], note: 'Started a CSCS card course at Cardiff and Vale College.', daysAgo: 35 }],
    DRUGS_ALCOHOL: [{ need: 'MEDIUM', status: 'IN_PROGRESS', needs: ['Problem drinking'], note: 'Drinking most evenings; agreed to an appointment with the community alcohol team.', daysAgo: 11 }],
  },
]

// A woman's restricted pathway: only her offender manager and the seniors over the case read it.
const womansStory: Story = {
  WOMEN_DOMESTIC_ABUSE: [{ need: 'HIGH', status: 'SUPPORT_REQUIRED', needs: ['Needs a safety plan', 'Referred to MARAC'], note: 'Disclosed abuse by her former partner. Safety plan agreed; referred to MARAC and the women’s centre.', daysAgo: 14 }],
  ACCOMMODATION: [{ need: 'MEDIUM', status: 'IN_PROGRESS', needs: ['Unsuitable or overcrowded housing'], note: 'Staying with her sister in Ely with her two children; needs her own tenancy.', daysAgo: 14 }],
}

/** The catalogue, then pathway assessments and their history for about ten of the demo officer's people. */
export async function seedPathways(db: PrismaClient, ids: { officerId: string; npsAgencyId: string }): Promise<void> {
  const needIds = new Map<string, string>()
  for (const [pathway, needs] of Object.entries(catalogue) as [Pathway, [string, string][]][]) {
    for (const [i, [label, labelCy]] of needs.entries()) needIds.set(label, (await db.supportNeed.create({ data: { pathway, label, labelCy, sortOrder: i + 1 } })).id)
  }
  const people = await db.offender.findMany({ where: { offenderManagerId: ids.officerId, sex: { not: 'FEMALE' } }, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }], take: 9, select: { id: true } })
  const woman = await db.offender.findFirst({ where: { offenderManagerId: ids.officerId, sex: 'FEMALE' }, orderBy: { lastName: 'asc' }, select: { id: true } })
  const plan: [string, Story][] = people.map((p, i) => [p.id, stories[i % stories.length]!])
  if (woman) plan.push([woman.id, womansStory])
  for (const [offenderId, story] of plan) {
    for (const [pathway, steps] of Object.entries(story) as [Pathway, Step[]][]) {
      const last = steps.at(-1)!
      const chosen = (s: Step) => s.needs.map((label) => needIds.get(label)!)
      await db.pathwayAssessment.create({
        data: {
          offenderId, pathway, need: last.need, status: last.status, needIds: chosen(last), version: steps.length,
          restricted: pathway === 'WOMEN_DOMESTIC_ABUSE' || pathway === 'WOMEN_PROSTITUTION',
          updates: { create: steps.map((s) => ({ need: s.need, status: s.status, needIds: chosen(s), note: s.note, authorId: ids.officerId, authorAgencyId: ids.npsAgencyId, createdAt: new Date(Date.now() - s.daysAgo * DAY) })) },
        },
      })
    }
  }
}
