import { describe, expect, it, vi } from 'vitest'
import { addWorkingDays, bankHolidays, easterSunday, isWorkingDay, workingDaysBetween } from './working-days'

const sorted = (year: number) => [...bankHolidays(year)].sort()

describe('England-and-Wales bank holidays', () => {
  it('finds Easter Sunday', () => {
    expect([2024, 2025, 2026, 2027, 2028].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16'])
  })

  // The lists published on gov.uk/bank-holidays for England and Wales.
  it('lists 2026, with Boxing Day on a Saturday moved to Monday 28 December', () => {
    expect(sorted(2026)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'])
  })

  it('lists 2027, with Christmas and Boxing Day at the weekend moved to 27 and 28 December', () => {
    expect(sorted(2027)).toEqual(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'])
  })

  it('moves New Year’s Day at a weekend to the Monday, and Boxing Day after a Sunday Christmas to Tuesday', () => {
    expect(bankHolidays(2028).has('2028-01-03')).toBe(true)
    expect(bankHolidays(2028).has('2028-01-01')).toBe(false)
    expect(sorted(2022).filter((d) => d >= '2022-12-01')).toEqual(['2022-12-26', '2022-12-27'])
  })

  it('knows the proclaimed one-off days: the Jubilee, the state funeral and the Coronation', () => {
    expect(sorted(2022)).toEqual(['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'])
    expect(bankHolidays(2023).has('2023-05-08')).toBe(true)
    expect(bankHolidays(2023).has('2023-05-01')).toBe(true)
    expect(bankHolidays(2020).has('2020-05-08')).toBe(true)
    expect(bankHolidays(2020).has('2020-05-04')).toBe(false)
  })
})

describe('working days', () => {
  it('skip weekends and bank holidays', () => {
    expect(isWorkingDay('2026-11-20')).toBe(true) // Friday
    expect(isWorkingDay('2026-11-21')).toBe(false) // Saturday
    expect(isWorkingDay('2026-11-22')).toBe(false) // Sunday
    expect(isWorkingDay('2026-04-03')).toBe(false) // Good Friday
    expect(isWorkingDay('2026-12-28')).toBe(false) // substitute for Boxing Day
  })

  it('count forward over a weekend', () => {
    expect(addWorkingDays('2026-11-18', 5)).toBe('2026-11-25') // Wednesday to Wednesday
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23') // Friday to Monday
    expect(addWorkingDays('2026-11-21', 5)).toBe('2026-11-27') // a Saturday referral: Monday is day 1
    expect(addWorkingDays('2026-11-18', 0)).toBe('2026-11-18')
  })

  it('count over Easter and the May bank holidays', () => {
    expect(addWorkingDays('2026-04-01', 5)).toBe('2026-04-10') // skips Good Friday and Easter Monday
    expect(addWorkingDays('2027-03-24', 5)).toBe('2027-04-02')
    expect(addWorkingDays('2026-04-30', 5)).toBe('2026-05-08') // early May bank holiday
    expect(addWorkingDays('2026-05-21', 5)).toBe('2026-05-29') // spring bank holiday
    expect(addWorkingDays('2027-05-27', 10)).toBe('2027-06-11')
    expect(addWorkingDays('2026-08-27', 5)).toBe('2026-09-04') // summer bank holiday
  })

  it('count over Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-23', 5)).toBe('2027-01-04') // 24, 29, 30, 31 December, then 4 January
    expect(addWorkingDays('2027-12-23', 10)).toBe('2028-01-11') // 24, 29–31 Dec; 3 Jan (substitute) skipped; 4–7, 10, 11 Jan
    expect(addWorkingDays('2026-12-18', 10)).toBe('2027-01-06') // New Year’s Day skipped too
  })

  it('count backwards', () => {
    expect(addWorkingDays('2026-11-23', -1)).toBe('2026-11-20')
    expect(addWorkingDays('2026-04-07', -2)).toBe('2026-04-01')
    expect(addWorkingDays(addWorkingDays('2026-11-25', -5), 5)).toBe('2026-11-25')
  })

  it('measure the working days between two days, either way round', () => {
    expect(workingDaysBetween('2026-11-18', '2026-11-25')).toBe(5)
    expect(workingDaysBetween('2026-11-25', '2026-11-25')).toBe(0)
    expect(workingDaysBetween('2026-11-25', '2026-11-18')).toBe(-5)
    expect(workingDaysBetween('2026-11-21', '2026-11-23')).toBe(1) // Saturday to Monday
    expect(workingDaysBetween('2026-12-24', '2026-12-29')).toBe(1) // Christmas, Boxing Day substitute and the weekend skipped
    expect(workingDaysBetween('2027-12-24', '2028-01-04')).toBe(4) // 29, 30, 31 Dec and 4 Jan
  })

  it('agree with each other: n working days on is n working days away', () => {
    for (let offset = 0; offset < 400; offset += 7) {
      const from = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
      for (const n of [1, 5, 10]) expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n)
    }
  })
})

describe('working days across the widest span a form accepts (issue 14: no range may drive unbounded work)', () => {
  it('are counted from whole weeks and each year’s bank holidays, not day by day', () => {
    const utc = vi.spyOn(Date, 'UTC')
    // 1900 to 2099 (zod-dates' EARLIEST_DAY to LATEST_DAY): 73,048 days, which the day-by-day walk read one by one.
    const span = workingDaysBetween('1900-01-01', '2099-12-31')
    const calls = utc.mock.calls.length
    utc.mockRestore()
    expect(calls).toBeLessThan(20_000)
    expect(span).toBe(workingDaysBetween('1900-01-01', '2000-01-01') + workingDaysBetween('2000-01-01', '2099-12-31'))
  })

  it('agree with a day-by-day count over odd spans', () => {
    const naive = (from: string, to: string) => {
      let n = 0
      for (let t = Date.parse(from) + 86_400_000; t <= Date.parse(to); t += 86_400_000) if (isWorkingDay(new Date(t).toISOString().slice(0, 10))) n++
      return n
    }
    for (const [from, to] of [['2026-11-21', '2027-01-04'], ['2019-12-31', '2023-06-05'], ['2022-05-27', '2022-06-06'], ['2024-02-28', '2024-03-04']] as const) {
      expect(workingDaysBetween(from, to), `${from} to ${to}`).toBe(naive(from, to))
      expect(workingDaysBetween(to, from)).toBe(-naive(from, to))
    }
  })
})
