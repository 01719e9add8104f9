import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ZArrangeAppointment, ZRescheduleAppointment } from './appointment.schemas'

const when = `${new Date().getUTCFullYear() + 1}-02-10T09:00`
const base = { offenderId: randomUUID(), occurredAt: when, notes: 'Supervision', idempotencyKey: randomUUID() }
const issues = (input: unknown) => {
  const r = ZArrangeAppointment.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`)
}

describe('arranging: type, length, location, staff member, confirmation', () => {
  it('defaults to an hour at the office with the arranging officer, unconfirmed', () => {
    expect(ZArrangeAppointment.parse({ ...base, location: 'Cardiff' })).toEqual({ ...base, occurredAt: expect.any(Date), location: 'Cardiff', appointmentType: 'OFFICE', durationMinutes: 60, confirm: false })
    expect(ZArrangeAppointment.parse({ ...base, location: 'Cardiff', durationMinutes: '', confirm: 'on' })).toMatchObject({ durationMinutes: 60, confirm: true })
  })

  it('accepts 5 to 480 whole minutes only', () => {
    expect(ZArrangeAppointment.parse({ ...base, location: 'x', durationMinutes: '5' }).durationMinutes).toBe(5)
    expect(ZArrangeAppointment.parse({ ...base, location: 'x', durationMinutes: '480' }).durationMinutes).toBe(480)
    expect(ZArrangeAppointment.safeParse({ ...base, location: 'x', durationMinutes: '4' }).error?.issues[0]).toMatchObject({ path: ['durationMinutes'], code: 'too_small', minimum: 5 })
    expect(ZArrangeAppointment.safeParse({ ...base, location: 'x', durationMinutes: '481' }).error?.issues[0]).toMatchObject({ path: ['durationMinutes'], code: 'too_big', maximum: 480 })
    expect(issues({ ...base, location: 'x', durationMinutes: '45.5' })).toEqual(['durationMinutes:numberBetween'])
    expect(issues({ ...base, location: 'x', durationMinutes: 'an hour' })).toEqual(['durationMinutes:invalidNumber'])
  })

  it('needs a location for office, home visit, programme session and unpaid work, not for calls', () => {
    for (const appointmentType of ['OFFICE', 'HOME_VISIT', 'PROGRAMME_SESSION', 'UNPAID_WORK']) expect(issues({ ...base, appointmentType, location: ' ' })).toEqual(['location:locationRequired'])
    for (const appointmentType of ['TELEPHONE', 'VIDEO', 'THREE_WAY']) expect(issues({ ...base, appointmentType })).toEqual([])
    expect(issues({ ...base, appointmentType: 'PUB', location: 'x' })).toEqual(['appointmentType:chooseOption'])
    expect(issues({ ...base, location: 'x', staffId: 'someone' })).toEqual(['staffId:staffNotAvailable'])
  })

  it('lets a reschedule keep its length when none is given', () => {
    expect(ZRescheduleAppointment.parse({ contactId: randomUUID(), version: '1', occurredAt: when })).not.toHaveProperty('durationMinutes', expect.anything())
  })
})
