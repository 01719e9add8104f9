import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextRun } from './find-jobs'
import { jobsEnabled } from './host'
import { jobs } from './registry'
import { testJobs } from './test-jobs'

describe('the job registry (issue 18 item 3)', () => {
  afterEach(() => vi.unstubAllEnvs())

  it('names each job once, in kebab-case, with a schedule that parses', () => {
    const names = jobs.map((j) => j.name)
    expect(new Set(names).size).toBe(names.length)
    for (const job of jobs) {
      expect(job.name).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(() => nextRun(job.cron)).not.toThrow()
    }
  })

  it('reads schedules in London time: 02:15 daily is 01:15 UTC in summer and 02:15 UTC in winter', () => {
    expect(nextRun('15 2 * * *', new Date('2026-07-01T12:00:00Z')).toISOString()).toBe('2026-07-02T01:15:00.000Z')
    expect(nextRun('15 2 * * *', new Date('2026-12-01T12:00:00Z')).toISOString()).toBe('2026-12-02T02:15:00.000Z')
  })

  it('has test-only jobs only when the two-instance test switches them on', () => {
    expect(testJobs()).toEqual([])
    vi.stubEnv('LLWYBR_JOBS_TEST_SCHEDULE', '1')
    expect(testJobs().map((j) => j.name)).toEqual(['test-tick', 'test-fail'])
  })

  it('runs workers unless LLWYBR_JOBS turns them off', () => {
    expect(jobsEnabled({})).toBe(true)
    expect(jobsEnabled({ LLWYBR_JOBS: 'on' })).toBe(true)
    for (const off of ['off', 'OFF', '0', 'false']) expect(jobsEnabled({ LLWYBR_JOBS: off })).toBe(false)
  })
})
