-- AlterTable
ALTER TABLE "RiskFlag" ADD COLUMN     "deregisterReason" VARCHAR(500),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "RiskManagementPlan" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "supervision" VARCHAR(4000) NOT NULL,
    "monitoringAndControl" VARCHAR(4000) NOT NULL,
    "interventionsTreatment" VARCHAR(4000) NOT NULL,
    "victimSafetyPlanning" VARCHAR(4000) NOT NULL,
    "contingency" VARCHAR(4000) NOT NULL,
    "nextReviewDate" DATE NOT NULL,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskManagementPlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RiskManagementPlan_offenderId_version_key" ON "RiskManagementPlan"("offenderId", "version");

-- AddForeignKey
ALTER TABLE "RiskManagementPlan" ADD CONSTRAINT "RiskManagementPlan_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
