import { z } from 'zod'

/** Retrying one failed job (issue 18 item 4): its queue name and pg-boss id, as the admin page posts them. */
export const ZRetryJob = z.object({ name: z.string().trim().min(1).max(100), id: z.uuid() })

/** Starting a run of a registered job now (issue 14 "run now"): its queue name, as the admin page posts it. */
export const ZRunJobNow = z.object({ name: z.string().trim().min(1).max(100) })
