import { expect, test } from '@playwright/test'

test('fails on purpose (self-check)', () => expect(1).toBe(2))
