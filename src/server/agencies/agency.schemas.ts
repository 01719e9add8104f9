import { z } from 'zod'
import { blankToNull, checkbox, referenceCode, trimmedText } from '../zod-fields'
import { version } from '../zod-numbers'

export const agencyKinds = ['POLICE', 'NPS', 'CRC', 'PRISON', 'YOT', 'LOCAL_AUTHORITY', 'HEALTH_BOARD', 'THIRD_SECTOR', 'DWP', 'OTHER'] as const
export const regions = ['DYFED_POWYS', 'GWENT', 'NORTH_WALES', 'SOUTH_WALES'] as const

const fields = {
  name: trimmedText().min(1).max(200),
  nameCy: z.preprocess(blankToNull, trimmedText().max(200).nullable()),
  kind: z.enum(agencyKinds, 'chooseOption'),
  region: z.preprocess(blankToNull, z.enum(regions, 'chooseOption').nullable()),
}

export const ZAgencyCreate = z.object({
  ...fields,
  code: referenceCode(),
})

export const ZAgencyUpdate = z.object({
  ...fields,
  agencyId: z.uuid(),
  version,
  active: checkbox,
  // Users of the agency must enrol a second factor before anything else (security.md AU-4, issue 17 TOTP).
  requireTwoStep: checkbox,
})
