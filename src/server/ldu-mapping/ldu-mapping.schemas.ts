import { z } from 'zod'
import { regions } from '../agencies/agency.schemas'
import { blank, referenceCode, trimmedText } from '../zod-fields'

const nameCy = z.preprocess(blank, trimmedText().max(200).optional()).transform((v) => v ?? null)

/**
 * An administrator's change of the LDU a local authority is part of (issue 14, breakdowns by LDU and local
 * authority): the authority, the LDU chosen (required: an existing LDU of the authority's force area, checked by
 * the domain), and the LDU the form showed (`seenLduId`, blank when none was recorded), so a change made by someone
 * else since is refused rather than overwritten.
 */
export const ZLduOfAuthority = z.object({
  localAuthorityId: z.uuid(),
  // Ids in one letter case, so the LDU already held is seen as unchanged however a post spells it (break 57 F5).
  lduId: z.uuid('chooseOption').transform((v) => v.toLowerCase()),
  seenLduId: z.preprocess(blank, z.uuid().optional()).transform((v) => v?.toLowerCase() ?? null),
})

/** A new probation LDU: its code (capitals, digits, hyphens), names, force area and the probation provider it belongs to. */
export const ZLduCreate = z.object({
  code: referenceCode(),
  name: trimmedText().min(1).max(200),
  nameCy,
  region: z.enum(regions, 'chooseOption'),
  agencyId: z.uuid('chooseOption'),
})

/** A new name for an LDU, in English and (optionally) Welsh, with the names the form showed (refused if changed since). */
export const ZLduRename = z.object({
  lduId: z.uuid(),
  name: trimmedText().min(1).max(200),
  nameCy,
  seenName: z.string().max(200),
  seenNameCy: z.preprocess(blank, z.string().max(200).optional()).transform((v) => v ?? null),
})

/** An LDU to remove, with the name the form showed (refused if renamed since, so the administrator removes what they read). */
export const ZLduRemove = z.object({
  lduId: z.uuid(),
  seenName: z.string().max(200),
})
