export type { Actor } from './actor'
export { can, authorize } from './can'
export { permissions, roles, roleGrants, type Permission } from './permissions'
export * from './scopes'
