/**
 * The label before a MAPPA referral's stored reason: a withdrawal's is the referrer's, any other the coordinator's
 * decision (review 65 B3: the referral's page called a withdrawal reason the coordinator's). Input: the referral's
 * status. Output: a message key.
 */
export const referralReasonLabel = (status: string) => (status === 'WITHDRAWN' ? 'mappa.withdrawnReason' : 'mappa.decisionReason')
