/**
 * The session a route handler under test resolves its caller from (every-route-every-role): the id of a real
 * UserSession row, or null for no session. Read by the test's stand-in for src/server/session.
 */
export const routeSession: { id: string | null } = { id: null }
