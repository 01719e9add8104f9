-- CreateEnum
CREATE TYPE "SchemeFunder" AS ENUM ('PCC', 'HMPPS', 'WELSH_GOVERNMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "SchemeServes" AS ENUM ('COSA_CIRCLES', 'IOM_COHORT', 'PARTNER_SERVICE');

-- CreateTable
CREATE TABLE "CommissionedScheme" (
    "id" UUID NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "nameCy" VARCHAR(200),
    "funder" "SchemeFunder" NOT NULL,
    "funderName" VARCHAR(200) NOT NULL,
    "region" "Region" NOT NULL,
    "serves" "SchemeServes" NOT NULL,
    "providerAgencyId" UUID,
    "iomCohortId" UUID,
    "partnerServiceId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommissionedScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchemeFunding" (
    "id" UUID NOT NULL,
    "schemeId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "amountPence" INTEGER NOT NULL,

    CONSTRAINT "SchemeFunding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommissionedScheme_providerAgencyId_idx" ON "CommissionedScheme"("providerAgencyId");

-- CreateIndex
CREATE INDEX "SchemeFunding_schemeId_startsOn_idx" ON "SchemeFunding"("schemeId", "startsOn");

-- AddForeignKey
ALTER TABLE "CommissionedScheme" ADD CONSTRAINT "CommissionedScheme_providerAgencyId_fkey" FOREIGN KEY ("providerAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionedScheme" ADD CONSTRAINT "CommissionedScheme_iomCohortId_fkey" FOREIGN KEY ("iomCohortId") REFERENCES "IomCohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommissionedScheme" ADD CONSTRAINT "CommissionedScheme_partnerServiceId_fkey" FOREIGN KEY ("partnerServiceId") REFERENCES "PartnerService"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemeFunding" ADD CONSTRAINT "SchemeFunding_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "CommissionedScheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;
