import { checkDatabase } from '@/server/health'

export const dynamic = 'force-dynamic'

/** Liveness and database readiness for load balancers (security.md RL-5). */
export async function GET() {
  const database = await checkDatabase()
  return Response.json(
    { status: database ? 'ok' : 'degraded', database: database ? 'ok' : 'unavailable' },
    { status: database ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
