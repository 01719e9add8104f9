-- CreateEnum
CREATE TYPE "MappaReviewStatus" AS ENUM ('OPEN', 'CONCLUDED');

-- CreateTable
CREATE TABLE "MappaSeriousCaseReview" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "area" "Region" NOT NULL,
    "offenceDate" DATE NOT NULL,
    "offenceSummary" VARCHAR(2000) NOT NULL,
    "termsOfReference" VARCHAR(8000) NOT NULL,
    "lessons" VARCHAR(8000),
    "status" "MappaReviewStatus" NOT NULL DEFAULT 'OPEN',
    "commissionedById" UUID NOT NULL,
    "concludedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MappaSeriousCaseReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappaReviewAgency" (
    "reviewId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,

    CONSTRAINT "MappaReviewAgency_pkey" PRIMARY KEY ("reviewId","agencyId")
);

-- CreateTable
CREATE TABLE "MappaReviewAction" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "description" VARCHAR(1000) NOT NULL,
    "ownerAgencyId" UUID NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "MappaActionStatus" NOT NULL DEFAULT 'OPEN',
    "statusNote" VARCHAR(1000),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MappaReviewAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MappaSeriousCaseReview_area_status_idx" ON "MappaSeriousCaseReview"("area", "status");

-- CreateIndex
CREATE INDEX "MappaSeriousCaseReview_offenderId_idx" ON "MappaSeriousCaseReview"("offenderId");

-- CreateIndex
CREATE INDEX "MappaReviewAction_reviewId_idx" ON "MappaReviewAction"("reviewId");

-- AddForeignKey
ALTER TABLE "MappaSeriousCaseReview" ADD CONSTRAINT "MappaSeriousCaseReview_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaSeriousCaseReview" ADD CONSTRAINT "MappaSeriousCaseReview_commissionedById_fkey" FOREIGN KEY ("commissionedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaReviewAgency" ADD CONSTRAINT "MappaReviewAgency_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "MappaSeriousCaseReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaReviewAgency" ADD CONSTRAINT "MappaReviewAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaReviewAction" ADD CONSTRAINT "MappaReviewAction_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "MappaSeriousCaseReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappaReviewAction" ADD CONSTRAINT "MappaReviewAction_ownerAgencyId_fkey" FOREIGN KEY ("ownerAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
