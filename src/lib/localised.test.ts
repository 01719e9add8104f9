import { describe, expect, it } from 'vitest'
import { localisedOptions } from './localised'

// Walk 20, D9: in Welsh, agency lists followed the English names' order. Each list is in the order of the names shown,
// by that language's alphabet (in Welsh "Ch" follows every "C…", "Ll" every "L…").
const agencies = [
  { id: 'bg', name: 'Blaenau Gwent Council', nameCy: 'Cyngor Blaenau Gwent' },
  { id: 'bb', name: 'Bridgend Council', nameCy: 'Cyngor Pen-y-bont ar Ogwr' },
  { id: 'ca', name: 'Cafcass Cymru', nameCy: 'CAFCASS Cymru' },
  { id: 'cp', name: 'Caerphilly Council', nameCy: 'Cyngor Caerffili' },
  { id: 'cw', name: 'Children’s Services', nameCy: 'Chwarae Teg' },
  { id: 'hp', name: 'HMP Parc', nameCy: 'Carchar EF Parc' },
  { id: 'nw', name: 'North Wales Police', nameCy: 'Heddlu Gogledd Cymru' },
  { id: 'xx', name: 'Youth Justice Service', nameCy: null },
]

describe('agency options in the reader’s language and alphabet', () => {
  it('orders by the Welsh names in Welsh, English where no Welsh is held', () => {
    expect(localisedOptions(agencies, 'cy').map((o) => o.label)).toEqual([
      'CAFCASS Cymru', 'Carchar EF Parc', 'Cyngor Blaenau Gwent', 'Cyngor Caerffili', 'Cyngor Pen-y-bont ar Ogwr', 'Chwarae Teg', 'Heddlu Gogledd Cymru', 'Youth Justice Service',
    ])
  })

  it('orders by the English names in English, each option keeping its id', () => {
    expect(localisedOptions(agencies, 'en')).toEqual([
      { value: 'bg', label: 'Blaenau Gwent Council' }, { value: 'bb', label: 'Bridgend Council' }, { value: 'cp', label: 'Caerphilly Council' },
      { value: 'ca', label: 'Cafcass Cymru' }, { value: 'cw', label: 'Children’s Services' }, { value: 'hp', label: 'HMP Parc' },
      { value: 'nw', label: 'North Wales Police' }, { value: 'xx', label: 'Youth Justice Service' },
    ])
  })
})
