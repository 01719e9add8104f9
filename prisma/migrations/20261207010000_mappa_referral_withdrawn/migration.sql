-- Walk 64 F1: a referral sent to the wrong MAPPA area waited for ever, since one referral waits per person and nothing
-- could take it back. A waiting referral can now be withdrawn by those who may refer the person; its reason, who and
-- when are kept in decisionReason, decidedById and decidedAt, so no column is added.
-- AlterEnum
ALTER TYPE "MappaReferralStatus" ADD VALUE 'WITHDRAWN';
