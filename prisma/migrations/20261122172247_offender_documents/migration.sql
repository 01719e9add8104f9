-- CreateTable
CREATE TABLE "OffenderDocument" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "contentType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "description" VARCHAR(500),
    "content" BYTEA NOT NULL,
    "uploadedById" UUID NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OffenderDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OffenderDocument_offenderId_uploadedAt_idx" ON "OffenderDocument"("offenderId", "uploadedAt" DESC);

-- AddForeignKey
ALTER TABLE "OffenderDocument" ADD CONSTRAINT "OffenderDocument_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
