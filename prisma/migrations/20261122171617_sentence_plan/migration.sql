-- CreateEnum
CREATE TYPE "Pathway" AS ENUM ('ACCOMMODATION', 'EDUCATION_TRAINING_EMPLOYMENT', 'HEALTH', 'DRUGS_ALCOHOL', 'FINANCE_BENEFITS_DEBT', 'CHILDREN_FAMILIES', 'ATTITUDES_THINKING_BEHAVIOUR', 'WOMEN_DOMESTIC_ABUSE', 'WOMEN_PROSTITUTION');

-- CreateEnum
CREATE TYPE "ObjectiveStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'NOT_ACHIEVED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "SentencePlanObjective" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "pathway" "Pathway" NOT NULL,
    "objective" VARCHAR(1000) NOT NULL,
    "actions" VARCHAR(2000),
    "dueDate" DATE NOT NULL,
    "status" "ObjectiveStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SentencePlanObjective_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SentencePlanObjective_offenderId_idx" ON "SentencePlanObjective"("offenderId");

-- AddForeignKey
ALTER TABLE "SentencePlanObjective" ADD CONSTRAINT "SentencePlanObjective_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;
