import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', 'node_modules/**', 'src/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      // Destructuring a field away (e.g. a password before echoing form values) names it with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Pages and components never reach the database directly (style.md: one layer per concern).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/generated/prisma/client', '**/server/db'], message: 'Use a domain function in src/server/<domain>/.' }] },
      ],
    },
  },
  {
    files: ['src/server/**', 'scripts/**', 'tests/**', 'prisma/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
]
export default config
