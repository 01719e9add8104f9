import 'server-only'
import type { Prisma } from '../../generated/prisma/client'

export const RECENT_CONTACTS = 20

export const contactSelect = {
  id: true,
  type: true,
  occurredAt: true,
  outcome: true,
  notes: true,
  event: true,
  eventValues: true,
  isSensitive: true,
  location: true,
  cancelledAt: true,
  cancelReason: true,
  absenceReason: true,
  version: true,
  authorId: true,
  author: { select: { name: true } },
  authorAgency: { select: { name: true, nameCy: true } },
} satisfies Prisma.ContactSelect

export const offenderRecordSelect = (includeSensitive: boolean) =>
  ({
    id: true,
    crn: true,
    pncId: true,
    nomisId: true,
    croNumber: true,
    firstName: true,
    middleNames: true,
    lastName: true,
    dateOfBirth: true,
    sex: true,
    genderIdentity: true,
    ethnicity: true,
    nationality: true,
    preferredLanguage: true,
    isVeteran: true,
    disabilities: true,
    phone: true,
    addressLine1: true,
    addressLine2: true,
    town: true,
    postcode: true,
    noFixedAbode: true,
    version: true,
    teamId: true,
    aliases: { select: { firstName: true, lastName: true } },
    localAuthority: { select: { name: true, nameCy: true } },
    responsibleAgency: { select: { name: true, nameCy: true, kind: true } },
    ldu: { select: { name: true, nameCy: true } },
    team: { select: { name: true, nameCy: true } },
    offenderManager: { select: { name: true } },
    riskProfile: {
      select: {
        overallRosh: true,
        ogrs3Year1: true,
        ogrs3Year2: true,
        ogp: true,
        ovp: true,
        ospContact: true,
        rsr: true,
        assessedAt: true,
        ratings: { select: { group: true, setting: true, level: true } },
      },
    },
    riskFlags: {
      where: { deregisteredAt: null },
      orderBy: [{ registeredAt: 'desc' }, { id: 'desc' }],
      select: { id: true, type: true, level: true, category: true, registeredAt: true, nextReviewDate: true },
    },
    // Every list ends its order on the row's id: ties (two sessions on one day, created together) otherwise come
    // back in the plan's order, which differs between the joined and per-relation reads and between renders.
    sentences: {
      where: { status: 'ACTIVE' },
      orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
      select: {
        id: true,
        type: true,
        indexOffence: true,
        court: true,
        startDate: true,
        expectedEndDate: true,
        releaseDate: true,
        releaseDateKind: true,
        licenceEndDate: true,
        requirements: {
          // Licence conditions are listed on the sentences page; the overview shows what progress is counted on.
          where: { kind: { not: 'LICENCE_CONDITION' }, removedOn: null },
          orderBy: { id: 'asc' },
          select: {
            id: true,
            kind: true,
            description: true,
            unitsOrdered: true,
            unitsCompleted: true,
            durationMonths: true,
            hoursPerDay: true,
            conditionCode: true,
            progress: { orderBy: [{ workedOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }], take: 10, select: { id: true, units: true, workedOn: true, note: true } },
          },
        },
      },
    },
    circumstances: { orderBy: [{ asAt: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }], take: 1, select: { asAt: true, accommodation: true, ete: true } },
    contacts: {
      // Field scope (security.md AC-4): sensitive entries never leave the database for roles without the grant.
      where: includeSensitive ? {} : { isSensitive: false },
      orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      take: RECENT_CONTACTS,
      select: contactSelect,
    },
  }) satisfies Prisma.OffenderSelect

export type ContactEntry = Prisma.ContactGetPayload<{ select: typeof contactSelect }>
