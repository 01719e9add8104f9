import { randomUUID } from 'node:crypto'
import { generateSync } from 'otplib'
import type { World } from '../../support/world'
import type { RealisticRecords } from './realistic-records'
import { RUN_NOW_JOB } from './realistic-records-other'
import { formOf } from './support'

type Build = (w: World, offenderId: string, r: RealisticRecords) => FormData

/** A London calendar day `offset` days from today, as a form's date field holds it. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
/** The code an authenticator app shows now for a base32 secret. */
const codeNow = (secret: string) => generateSync({ secret })

/**
 * Valid submissions for a circle's life, its rota, concerns and minutes, supervision, the MAPPA chair's approval and
 * recording, serious case review steps, court outcomes and sentence changes, second factors, jobs, letter templates,
 * unit costs and LDUs (issue 17, the suite; sec19a item 1). Each names a record of realistic-records-*.ts made for it.
 */
export const moreRealisticInputs: Record<string, Build> = {
  // cosa.manage: the coordinator caller's provider
  activateCircleAction: (_w, _o, r) => formOf({ circleId: r.cosa.toActivate.id, version: '1' }),
  generateRotaAction: (_w, _o, r) => formOf({ circleIds: r.cosa.toGenerate.id, weeks: '4' }),
  assignVolunteerAction: (_w, _o, r) => formOf({ meetingId: r.cosa.rota.toStaff.id, volunteerId: r.cosa.rota.joiner.id }),
  unassignVolunteerAction: (_w, _o, r) => formOf({ meetingId: r.cosa.rota.toThin.id, assignmentId: r.cosa.rota.dropping.id, reason: 'Working late that week', confirm: 'on' }),
  confirmPlaceForVolunteerAction: (_w, _o, r) => formOf({ meetingId: r.cosa.rota.toThin.id, assignmentId: r.cosa.rota.pending.id }),
  cancelCircleMeetingAction: (_w, _o, r) => formOf({ meetingId: r.cosa.rota.toCancel.id, reason: 'Venue closed by snow' }),
  passOnConcernAction: (_w, _o, r) => formOf({ concernId: r.cosa.concerns.toPass.id, riskJudgement: 'Low risk; his offender manager told by phone' }),
  beginCircleEndingAction: (_w, _o, r) => formOf({ circleId: r.cosa.toEnd.id, version: '1', endingReason: 'Planned year complete', endingFrom: day(0), confirm: 'on' }),
  returnCircleToRunningAction: (_w, _o, r) => formOf({ circleId: r.cosa.toResume.id, version: '1' }),
  recordCircleReviewAction: (_w, _o, r) =>
    formOf({ circleId: r.cosa.toReview.id, kind: 'QUARTERLY', heldOn: day(0), outerMemberIds: r.cosa.reviewer.id, progress: 'Settled in work; no concerns', nextReviewOn: day(90) }),
  recordQuestionnaireAction: (_w, _o, r) => formOf({ circleId: r.cosa.toAsk.id, completedOn: day(0), feltSupported: '5', lessIsolated: '4', copingBetter: '4', confidentFuture: '3', comments: 'Thanks to everyone' }),
  closeCircleAction: (_w, _o, r) => formOf({ circleId: r.cosa.toClose.id, version: '1' }),
  removeOuterMemberAction: (_w, _o, r) => formOf({ circleId: r.cosa.toShrink.id, outerMemberId: r.cosa.leaving.id }),
  recordSupervisionAction: (_w, _o, r) => formOf({ volunteerId: r.cosa.supervised.id, heldOn: day(0), notes: 'Talked through the boundaries', minutes: '45', nextDueOn: day(90) }),
  // cosa.portal: the world volunteer on their circle's rota
  respondToAssignmentAction: (_w, _o, r) => formOf({ assignmentId: r.cosa.portal.toAnswer.id, response: 'CONFIRMED' }),
  raiseConcernAction: (_w, _o, r) => formOf({ circleId: r.cosa.portal.circle.id, urgency: 'ROUTINE', description: 'He seemed low about his tenancy' }),
  submitMinutesAction: (_w, _o, r) =>
    formOf({ meetingId: r.cosa.portal.held.id, coreMemberAttended: 'yes', presentVolunteerIds: r.cosa.portal.writer.volunteerId, discussion: 'Talked about his new job', mood: 'SETTLED', goalsProgress: 'Kept every appointment' }),
  // offender.update: the officer's person, whose concern was passed on
  recordConcernOutcomeAction: (_w, _o, r) => formOf({ concernId: r.cosa.concerns.toClose.id, outcome: 'Home visit the same week; no further action' }),
  // mappa.read: the chair (realisticHolders); mappa.manage: the coordinator of the area
  approveMinutesAction: (_w, _o, r) => formOf({ meetingId: r.mappa.toApprove.id, fingerprint: r.mappa.approvedFingerprint, confirm: 'on' }),
  recordItemAction: (_w, _o, r) =>
    formOf({ meetingId: r.mappa.recording.id, itemId: r.mappa.itemToRecord.id, version: '1', riskAssessment: 'Risk to a former partner remains high', levelDecision: 'CONTINUE', nextReviewDate: day(84), disclosureConsidered: 'no' }),
  addReviewActionAction: (w, _o, r) => formOf({ reviewId: r.mappa.reviewToAct.id, description: 'Share new relationships the same day', ownerAgencyId: w.nps.id, dueDate: day(30) }),
  updateReviewActionAction: (_w, _o, r) => formOf({ actionId: r.mappa.reviewAction.id, version: '1', status: 'IN_PROGRESS', statusNote: 'Protocol drafted' }),
  updateReviewFormAction: (w, _o, r) =>
    formOf({ reviewId: r.mappa.reviewToEdit.id, version: '1', termsOfReference: 'What was shared, and when', lessons: 'Share new relationships the same day', agencyIds: w.nps.id }),
  // sentence.manage: the officer's people
  recordCourtOutcomeAction: (_w, offenderId) =>
    formOf({
      offenderId, idempotencyKey: randomUUID(), court: 'Cardiff Magistrates’ Court', sentenceDate: day(-10), type: 'COMMUNITY_ORDER', lengthMonths: '12', lengthDays: '',
      'offences.0.category': 'ACQUISITIVE', 'offences.0.offenceDate': day(-40), 'offences.0.description': 'Theft from a shop', mainOffence: '0',
      'requirements.UNPAID_WORK.hours': '120', accommodation: 'SETTLED_SUITABLE', ete: 'UNEMPLOYED_SEEKING',
    }),
  recordCustodyEventAction: (_w, _o, r) =>
    formOf({ sentenceId: r.other.custody.id, version: '1', on: day(-1), event: 'RELEASED', releaseType: 'HDC', accommodation: 'APPROVED_PREMISES', ete: 'UNEMPLOYED_SEEKING' }),
  varySentenceAction: (_w, _o, r) => formOf({ sentenceId: r.other.order.id, version: '1', on: day(-1), change: 'ADD_REQUIREMENT', kind: 'CURFEW', amount: '3', hoursPerDay: '10' }),
  // The caller's own second factor (realisticHolders: a user per step, as a code is good once)
  confirmTwoStepAction: (_w, _o, r) => formOf({ code: codeNow(r.other.secrets.enrolling) }),
  regenerateRecoveryCodesAction: (_w, _o, r) => formOf({ code: codeNow(r.other.secrets.regenerating) }),
  disableTwoStepAction: (_w, _o, r) => formOf({ code: codeNow(r.other.secrets.disabling) }),
  // administration: jobs, and the shared reference rows submitted unchanged
  retryJobAction: (_w, _o, r) => formOf({ name: r.other.failedJob.name, id: r.other.failedJob.id }),
  runJobNowAction: () => formOf({ name: RUN_NOW_JOB }),
  updateLetterTemplateAction: (_w, _o, r) => {
    const { kind, version, titleEn, titleCy, bodyEn, bodyCy } = r.other.letter
    return formOf({ kind, version: String(version), titleEn, titleCy, bodyEn, bodyCy })
  },
  updateUnitCostAction: (_w, _o, r) => {
    // Another price year: the values already recorded are refused as nothing to save (break 56 F6).
    const { category, version, costPence, source, sourceCy, priceYear } = r.other.unitCost
    return formOf({ category, version: String(version), cost: costPence === null ? '' : (costPence / 100).toFixed(2), source, sourceCy: sourceCy ?? '', priceYear: priceYear === '2016/17' ? '2015/16' : '2016/17' })
  },
  // LDUs and local authorities (issue 14): the world's authority moved to its spare LDU, the Cardiff LDU renamed, and a
  // new LDU of the world's probation provider under a code no other call uses.
  changeLduOfAuthorityAction: (w, _o, r) => formOf({ localAuthorityId: r.other.localAuthority.id, lduId: r.other.spareLdu.id, seenLduId: w.cardiff.id }),
  // Names of their own: LDU names are unique (020aa7a), and every world in a worker's database has a "CARDIFF" LDU.
  renameLduAction: (w) => formOf({ lduId: w.cardiff.id, name: `Cardiff ${w.tag}`, nameCy: `Caerdydd ${w.tag}`, seenName: w.cardiff.name, seenNameCy: w.cardiff.nameCy ?? '' }),
  // An LDU of this world's own that nothing uses (realistic-records-other.ts), removed once by the administrator.
  removeLduAction: (_w, _o, r) => formOf({ lduId: r.other.removableLdu.id, seenName: r.other.removableLdu.name }),
  createLduAction: (w) => formOf({ code: `LDU-${randomUUID().slice(0, 8)}`, name: `Gwent LDU ${randomUUID().slice(0, 8)}`, nameCy: `LDU Gwent ${randomUUID().slice(0, 8)}`, region: 'GWENT', agencyId: w.nps.id }),
}
