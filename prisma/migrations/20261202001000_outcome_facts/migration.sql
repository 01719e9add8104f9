-- Outcome indicator facts (issue 14 "any breakdown of the outcome figures in about a second", docs/decisions/0026):
-- one row per counted event with the dimensions the filters read, refreshed by the job outcome-figures-refresh.
CREATE TABLE "OutcomeFact" (
    "id" BIGSERIAL NOT NULL,
    "indicator" VARCHAR(20) NOT NULL,
    "offenderId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "region" "Region",
    "lduId" UUID,
    "localAuthorityId" UUID,
    "agencyId" UUID,
    "sex" VARCHAR(20),
    "ageBand" VARCHAR(5),
    "ethnicity" VARCHAR(100),
    "groups" TEXT[],
    "flags" BOOLEAN[],
    "amounts" DECIMAL(65,30)[],
    "cohortId" UUID,

    CONSTRAINT "OutcomeFact_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "OutcomeFact_indicator_day_idx" ON "OutcomeFact"("indicator", "day");

CREATE TABLE "OutcomeFactRun" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "refreshedAt" TIMESTAMP(3) NOT NULL,
    "facts" INTEGER NOT NULL,

    CONSTRAINT "OutcomeFactRun_pkey" PRIMARY KEY ("id")
);
