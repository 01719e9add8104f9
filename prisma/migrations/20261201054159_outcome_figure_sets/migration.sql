-- CreateTable
CREATE TABLE "OutcomeFigureSet" (
    "id" UUID NOT NULL,
    "filterKey" VARCHAR(500) NOT NULL,
    "fromQuarter" VARCHAR(7) NOT NULL,
    "toQuarter" VARCHAR(7) NOT NULL,
    "figures" JSONB NOT NULL,
    "computedFor" DATE NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeFigureSet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeFigureSet_filterKey_key" ON "OutcomeFigureSet"("filterKey");
