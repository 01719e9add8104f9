-- CreateTable
CREATE TABLE "RequirementProgress" (
    "id" UUID NOT NULL,
    "requirementId" UUID NOT NULL,
    "units" INTEGER NOT NULL,
    "workedOn" DATE NOT NULL,
    "note" VARCHAR(500),
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequirementProgress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequirementProgress_requirementId_workedOn_idx" ON "RequirementProgress"("requirementId", "workedOn");

-- AddForeignKey
ALTER TABLE "RequirementProgress" ADD CONSTRAINT "RequirementProgress_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "SentenceRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
