-- CreateTable
CREATE TABLE "CosaAvailability" (
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "fromTime" VARCHAR(5) NOT NULL,
    "toTime" VARCHAR(5) NOT NULL,

    CONSTRAINT "CosaAvailability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CosaLeave" (
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "note" VARCHAR(200),

    CONSTRAINT "CosaLeave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CosaNonAssociation" (
    "id" UUID NOT NULL,
    "volunteerId" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CosaNonAssociation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CosaAvailability_volunteerId_idx" ON "CosaAvailability"("volunteerId");

-- CreateIndex
CREATE INDEX "CosaLeave_volunteerId_toDate_idx" ON "CosaLeave"("volunteerId", "toDate");

-- CreateIndex
CREATE UNIQUE INDEX "CosaNonAssociation_volunteerId_offenderId_key" ON "CosaNonAssociation"("volunteerId", "offenderId");

-- AddForeignKey
ALTER TABLE "CosaAvailability" ADD CONSTRAINT "CosaAvailability_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "CosaVolunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaLeave" ADD CONSTRAINT "CosaLeave_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "CosaVolunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaNonAssociation" ADD CONSTRAINT "CosaNonAssociation_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "CosaVolunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CosaNonAssociation" ADD CONSTRAINT "CosaNonAssociation_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
