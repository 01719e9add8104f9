-- Issue 17 (break-glass review): the data protection lead reviews every break-glass opening, with its person and
-- reason, Limited Access aside (src/server/break-glass/find-break-glass.ts). A new role; no account changes.
ALTER TYPE "Role" ADD VALUE 'DATA_PROTECTION_LEAD';
