-- Outcome indicators' linked cells, controlled at the refresh (issue 14 "any breakdown of the outcome figures in about
-- a second", docs/decisions/0026): every view reads its total and rows from them, written by outcome-figures-refresh.
CREATE TABLE "OutcomeCell" (
    "indicator" VARCHAR(20) NOT NULL,
    "group" VARCHAR(30) NOT NULL,
    "quarter" VARCHAR(7) NOT NULL,
    "area" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "cut" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "shown" JSONB NOT NULL,

    CONSTRAINT "OutcomeCell_pkey" PRIMARY KEY ("indicator","group","quarter","area","agency","cut")
);

CREATE INDEX "OutcomeCell_indicator_group_quarter_agency_cut_idx" ON "OutcomeCell"("indicator", "group", "quarter", "agency", "cut");

-- Facts refreshed before the cells existed would be read with no cells (every linked figure zero): until the next
-- refresh writes both, views are computed from the events.
DELETE FROM "OutcomeFactRun";
