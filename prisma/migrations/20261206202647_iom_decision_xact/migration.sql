-- Review 62 item 2: an IOM panel form said when it was drawn by the app server's clock, so a decision still being
-- recorded while the page was drawn (stamped before it) or one stamped by another instance's clock could pass as seen.
-- The transaction that recorded each decision is kept; a form carries the snapshot it was drawn in. Existing rows take
-- this migration's transaction, which every later snapshot sees.
-- AlterTable
ALTER TABLE "IomPanelDecision" ADD COLUMN     "decidedInXact" xid8 NOT NULL DEFAULT pg_current_xact_id();
