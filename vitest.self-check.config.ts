import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import base from './vitest.config'

/**
 * The test projects exactly as `npm test` runs them (global setup, worker setup, pool), but over the planted tests
 * in tests/self-check/planted only: scripts/check-test-exit-codes.ts runs them to prove each layer fails the build.
 */
const projects = (base.test?.projects ?? []) as TestProjectInlineConfiguration[]

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: projects.map((project) => {
      const prefix = project.test?.name === 'unit' ? 'unit' : 'int'
      return { ...project, test: { ...project.test, include: [`tests/self-check/planted/${prefix}-*.planted.ts`], exclude: [] } }
    }),
  },
})
