import { describe, expect, it } from 'vitest'
import { attendeeAccountOptions } from './attendee-options'

// Walk 37 O8b of issue 16: in Welsh, the attendance picker listed its people in the English agencies' order.
const agencies = [
  { id: 'a1', name: 'Dyfodol Drug and Alcohol Service', nameCy: 'Gwasanaeth Cyffuriau ac Alcohol Dyfodol', users: [{ id: 'u1', name: 'Jade Lewis' }] },
  { id: 'a2', name: 'National Probation Service Wales', nameCy: 'Gwasanaeth Prawf Cenedlaethol Cymru', users: [{ id: 'u2', name: 'Rhian Evans' }, { id: 'u3', name: 'Huw Roberts' }] },
  { id: 'a3', name: 'South Wales Police', nameCy: 'Heddlu De Cymru', users: [{ id: 'u4', name: 'DC Sian Morgan' }] },
  { id: 'a4', name: 'HMP Cardiff', nameCy: 'Carchar EF Caerdydd', users: [{ id: 'u5', name: 'Owen Price' }] },
]

describe('the attendance picker, agency by agency in the reader’s alphabet', () => {
  it('follows the Welsh agency names in Welsh', () => {
    expect(attendeeAccountOptions(agencies, 'cy').map((o) => o.label)).toEqual([
      'Owen Price — Carchar EF Caerdydd',
      'Jade Lewis — Gwasanaeth Cyffuriau ac Alcohol Dyfodol',
      'Rhian Evans — Gwasanaeth Prawf Cenedlaethol Cymru',
      'Huw Roberts — Gwasanaeth Prawf Cenedlaethol Cymru',
      'DC Sian Morgan — Heddlu De Cymru',
    ])
  })

  it('follows the English names in English, each option the account’s id', () => {
    expect(attendeeAccountOptions(agencies, 'en').map((o) => o.value)).toEqual(['u1', 'u5', 'u2', 'u3', 'u4'])
  })
})
