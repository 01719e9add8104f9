import type { AgencyKind, PrismaClient, Region } from '../../src/generated/prisma/client'

type Named = { code: string; name: string; nameCy: string }

// The 22 Welsh local authorities, with the probation LDU that covers each.
export const localAuthorities: (Named & { region: Region; ldu: string })[] = [
  { code: 'W06000001', name: 'Isle of Anglesey', nameCy: 'Ynys Môn', region: 'NORTH_WALES', ldu: 'NW' },
  { code: 'W06000002', name: 'Gwynedd', nameCy: 'Gwynedd', region: 'NORTH_WALES', ldu: 'NW' },
  { code: 'W06000003', name: 'Conwy', nameCy: 'Conwy', region: 'NORTH_WALES', ldu: 'NW' },
  { code: 'W06000004', name: 'Denbighshire', nameCy: 'Sir Ddinbych', region: 'NORTH_WALES', ldu: 'NW' },
  { code: 'W06000005', name: 'Flintshire', nameCy: 'Sir y Fflint', region: 'NORTH_WALES', ldu: 'NW' },
  { code: 'W06000006', name: 'Wrexham', nameCy: 'Wrecsam', region: 'NORTH_WALES', ldu: 'NW' },
  { code: 'W06000023', name: 'Powys', nameCy: 'Powys', region: 'DYFED_POWYS', ldu: 'DP' },
  { code: 'W06000008', name: 'Ceredigion', nameCy: 'Ceredigion', region: 'DYFED_POWYS', ldu: 'DP' },
  { code: 'W06000009', name: 'Pembrokeshire', nameCy: 'Sir Benfro', region: 'DYFED_POWYS', ldu: 'DP' },
  { code: 'W06000010', name: 'Carmarthenshire', nameCy: 'Sir Gaerfyrddin', region: 'DYFED_POWYS', ldu: 'DP' },
  { code: 'W06000011', name: 'Swansea', nameCy: 'Abertawe', region: 'SOUTH_WALES', ldu: 'SW2' },
  { code: 'W06000012', name: 'Neath Port Talbot', nameCy: 'Castell-nedd Port Talbot', region: 'SOUTH_WALES', ldu: 'SW2' },
  { code: 'W06000013', name: 'Bridgend', nameCy: 'Pen-y-bont ar Ogwr', region: 'SOUTH_WALES', ldu: 'SW2' },
  { code: 'W06000014', name: 'Vale of Glamorgan', nameCy: 'Bro Morgannwg', region: 'SOUTH_WALES', ldu: 'SW1' },
  { code: 'W06000015', name: 'Cardiff', nameCy: 'Caerdydd', region: 'SOUTH_WALES', ldu: 'SW1' },
  { code: 'W06000016', name: 'Rhondda Cynon Taf', nameCy: 'Rhondda Cynon Taf', region: 'SOUTH_WALES', ldu: 'SW2' },
  { code: 'W06000024', name: 'Merthyr Tydfil', nameCy: 'Merthyr Tudful', region: 'SOUTH_WALES', ldu: 'SW2' },
  { code: 'W06000018', name: 'Caerphilly', nameCy: 'Caerffili', region: 'GWENT', ldu: 'GW' },
  { code: 'W06000019', name: 'Blaenau Gwent', nameCy: 'Blaenau Gwent', region: 'GWENT', ldu: 'GW' },
  { code: 'W06000020', name: 'Torfaen', nameCy: 'Tor-faen', region: 'GWENT', ldu: 'GW' },
  { code: 'W06000021', name: 'Monmouthshire', nameCy: 'Sir Fynwy', region: 'GWENT', ldu: 'GW' },
  { code: 'W06000022', name: 'Newport', nameCy: 'Casnewydd', region: 'GWENT', ldu: 'GW' },
]

export const ldus: (Named & { region: Region })[] = [
  { code: 'GW', name: 'Gwent', nameCy: 'Gwent', region: 'GWENT' },
  { code: 'DP', name: 'Dyfed-Powys', nameCy: 'Dyfed-Powys', region: 'DYFED_POWYS' },
  { code: 'NW', name: 'North Wales', nameCy: 'Gogledd Cymru', region: 'NORTH_WALES' },
  { code: 'SW1', name: 'South Wales 1 (Cardiff and Vale)', nameCy: 'De Cymru 1 (Caerdydd a’r Fro)', region: 'SOUTH_WALES' },
  { code: 'SW2', name: 'South Wales 2 (Swansea, Neath Port Talbot, Bridgend, Rhondda Cynon Taf, Merthyr Tydfil)', nameCy: 'De Cymru 2 (Abertawe, Castell-nedd Port Talbot, Pen-y-bont ar Ogwr, Rhondda Cynon Taf, Merthyr Tudful)', region: 'SOUTH_WALES' },
]

const agencies: (Named & { kind: AgencyKind; region?: Region })[] = [
  { code: 'POL-DP', name: 'Dyfed-Powys Police', nameCy: 'Heddlu Dyfed-Powys', kind: 'POLICE', region: 'DYFED_POWYS' },
  { code: 'POL-GW', name: 'Gwent Police', nameCy: 'Heddlu Gwent', kind: 'POLICE', region: 'GWENT' },
  { code: 'POL-NW', name: 'North Wales Police', nameCy: 'Heddlu Gogledd Cymru', kind: 'POLICE', region: 'NORTH_WALES' },
  { code: 'POL-SW', name: 'South Wales Police', nameCy: 'Heddlu De Cymru', kind: 'POLICE', region: 'SOUTH_WALES' },
  { code: 'NPS-WALES', name: 'National Probation Service Wales', nameCy: 'Gwasanaeth Prawf Cenedlaethol Cymru', kind: 'NPS' },
  { code: 'CRC-WALES', name: 'Wales Community Rehabilitation Company', nameCy: 'Cwmni Adsefydlu Cymunedol Cymru', kind: 'CRC' },
  { code: 'HMP-CARDIFF', name: 'HMP Cardiff', nameCy: 'Carchar EF Caerdydd', kind: 'PRISON', region: 'SOUTH_WALES' },
  { code: 'HMP-PARC', name: 'HMP & YOI Parc', nameCy: 'Carchar EF a SCTI Parc', kind: 'PRISON', region: 'SOUTH_WALES' },
  { code: 'HMP-SWANSEA', name: 'HMP Swansea', nameCy: 'Carchar EF Abertawe', kind: 'PRISON', region: 'SOUTH_WALES' },
  { code: 'HMP-USK', name: 'HMP Usk/Prescoed', nameCy: 'Carchar EF Brynbuga/Prescoed', kind: 'PRISON', region: 'GWENT' },
  { code: 'HB-BCU', name: 'Betsi Cadwaladr University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr', kind: 'HEALTH_BOARD', region: 'NORTH_WALES' },
  { code: 'HB-HD', name: 'Hywel Dda University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Hywel Dda', kind: 'HEALTH_BOARD', region: 'DYFED_POWYS' },
  { code: 'HB-SB', name: 'Swansea Bay University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Bae Abertawe', kind: 'HEALTH_BOARD', region: 'SOUTH_WALES' },
  { code: 'HB-CTM', name: 'Cwm Taf Morgannwg University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg', kind: 'HEALTH_BOARD', region: 'SOUTH_WALES' },
  { code: 'HB-CV', name: 'Cardiff and Vale University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Caerdydd a’r Fro', kind: 'HEALTH_BOARD', region: 'SOUTH_WALES' },
  { code: 'HB-AB', name: 'Aneurin Bevan University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol Aneurin Bevan', kind: 'HEALTH_BOARD', region: 'GWENT' },
  { code: 'HB-PT', name: 'Powys Teaching Health Board', nameCy: 'Bwrdd Iechyd Addysgu Powys', kind: 'HEALTH_BOARD', region: 'DYFED_POWYS' },
  { code: 'YOT-CARDIFF', name: 'Cardiff Youth Justice Service', nameCy: 'Gwasanaeth Cyfiawnder Ieuenctid Caerdydd', kind: 'YOT', region: 'SOUTH_WALES' },
  { code: 'YOT-GWYNEDD', name: 'Gwynedd and Anglesey Youth Justice Service', nameCy: 'Gwasanaeth Cyfiawnder Ieuenctid Gwynedd a Môn', kind: 'YOT', region: 'NORTH_WALES' },
  { code: 'DWP-WALES', name: 'DWP Jobcentre Plus Wales', nameCy: 'DWP Canolfan Byd Gwaith Cymru', kind: 'DWP' },
  { code: 'CAIS', name: 'CAIS (Circles of Support and Accountability, North Wales)', nameCy: 'CAIS (Cylchoedd Cefnogaeth ac Atebolrwydd, Gogledd Cymru)', kind: 'THIRD_SECTOR', region: 'NORTH_WALES' },
  { code: 'DYFODOL', name: 'Dyfodol Drug and Alcohol Service', nameCy: 'Gwasanaeth Cyffuriau ac Alcohol Dyfodol', kind: 'THIRD_SECTOR', region: 'SOUTH_WALES' },
  { code: 'WOMENS-PATHFINDER', name: 'Women’s Pathfinder', nameCy: 'Braenaru i Fenywod', kind: 'THIRD_SECTOR' },
  { code: 'STOPSO', name: 'StopSO', nameCy: 'StopSO', kind: 'THIRD_SECTOR' },
  { code: 'LLWYBR-OPS', name: 'Llwybr Operations', nameCy: 'Gweithrediadau Llwybr', kind: 'OTHER' },
]

export async function seedReferenceData(db: PrismaClient) {
  const agencyIds = new Map<string, string>()
  const agencyKinds = new Map<string, AgencyKind>()
  for (const a of agencies) {
    agencyIds.set(a.code, (await db.agency.create({ data: a })).id)
    agencyKinds.set(a.code, a.kind)
  }
  for (const la of localAuthorities) {
    await db.agency.create({ data: { code: `LA-${la.code}`, name: `${la.name} Council`, nameCy: `Cyngor ${la.nameCy}`, kind: 'LOCAL_AUTHORITY', region: la.region } })
  }
  const lduIds = new Map<string, string>()
  for (const l of ldus) lduIds.set(l.code, (await db.area.create({ data: { ...l, code: `LDU-${l.code}`, agencyId: agencyIds.get('NPS-WALES')! } })).id)
  // Each authority with the LDU it is part of: an LDU is the union of its authorities (ADR 0019 links the two).
  const laIds = new Map<string, string>()
  for (const { ldu, ...la } of localAuthorities) laIds.set(la.code, (await db.localAuthority.create({ data: { ...la, lduId: lduIds.get(ldu)! } })).id)
  return { agencyIds, agencyKinds, laIds, lduIds }
}
export type ReferenceData = Awaited<ReturnType<typeof seedReferenceData>>
