import type { PrismaClient } from '../../src/generated/prisma/client'

/**
 * The North Wales PCC's COSA scheme (domain.md: "£30,000 then £45,000 to keep COSA running in North Wales"): the
 * last financial year at £30,000 and this one at £45,000, paying for CAIS's circles, so the COSA coordinator and the
 * strategic manager see its report (issue 14 item A). Financial years run April to March (London dates).
 */
export async function seedSchemes(db: PrismaClient, caisId: string, today = new Date()) {
  const year = today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1
  const day = (d: string) => new Date(`${d}T00:00:00Z`)
  await db.commissionedScheme.create({
    data: {
      name: 'Circles of Support and Accountability in North Wales', nameCy: 'Cylchoedd Cefnogaeth ac Atebolrwydd yng Ngogledd Cymru',
      funder: 'PCC', funderName: 'North Wales Police and Crime Commissioner', funderNameCy: 'Comisiynydd Heddlu a Throseddu Gogledd Cymru',
      region: 'NORTH_WALES', serves: 'COSA_CIRCLES', providerAgencyId: caisId,
      fundings: { create: [
        { startsOn: day(`${year - 1}-04-01`), endsOn: day(`${year}-03-31`), amountPence: 3_000_000 },
        { startsOn: day(`${year}-04-01`), endsOn: day(`${year + 1}-03-31`), amountPence: 4_500_000 },
      ] },
    },
  })
}
