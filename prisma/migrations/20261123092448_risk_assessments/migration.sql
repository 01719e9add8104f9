-- CreateTable
CREATE TABLE "RiskAssessment" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "overallRosh" "RoshLevel" NOT NULL,
    "ratings" JSONB NOT NULL,
    "ogrs3Year1" DECIMAL(5,2),
    "ogrs3Year2" DECIMAL(5,2),
    "ogp" DECIMAL(5,2),
    "ovp" DECIMAL(5,2),
    "ospContact" DECIMAL(5,2),
    "rsr" DECIMAL(5,2),
    "assessedOn" DATE NOT NULL,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskAssessment_offenderId_createdAt_idx" ON "RiskAssessment"("offenderId", "createdAt");

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
