-- CreateEnum
CREATE TYPE "ContactType" AS ENUM ('APPOINTMENT', 'HOME_VISIT', 'PHONE_CALL', 'PARTNER_UPDATE', 'CASE_NOTE', 'EMAIL', 'LETTER');

-- CreateEnum
CREATE TYPE "ContactOutcome" AS ENUM ('ATTENDED', 'FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE', 'WARNING', 'BREACH', 'RECALL');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE', 'INTERSEX', 'NOT_KNOWN');

-- CreateEnum
CREATE TYPE "SentenceType" AS ENUM ('COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'LICENCE', 'POST_SENTENCE_SUPERVISION', 'CUSTODY');

-- CreateEnum
CREATE TYPE "SentenceStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "RequirementKind" AS ENUM ('UNPAID_WORK', 'ACCREDITED_PROGRAMME', 'REHABILITATION_ACTIVITY', 'DRUG_TREATMENT', 'ALCOHOL_TREATMENT', 'MENTAL_HEALTH_TREATMENT', 'CURFEW', 'ELECTRONIC_MONITORING', 'LICENCE_CONDITION');

-- CreateEnum
CREATE TYPE "AccessRestrictionKind" AS ENUM ('EXCLUSION', 'RESTRICTION');

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('POLICE', 'NPS', 'CRC', 'PRISON', 'YOT', 'LOCAL_AUTHORITY', 'HEALTH_BOARD', 'THIRD_SECTOR', 'DWP', 'OTHER');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('DYFED_POWYS', 'GWENT', 'NORTH_WALES', 'SOUTH_WALES');

-- CreateEnum
CREATE TYPE "AreaKind" AS ENUM ('LDU');

-- CreateEnum
CREATE TYPE "RoshLevel" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH');

-- CreateEnum
CREATE TYPE "RoshGroup" AS ENUM ('CHILDREN', 'PUBLIC', 'KNOWN_ADULT', 'STAFF', 'PRISONERS');

-- CreateEnum
CREATE TYPE "RiskSetting" AS ENUM ('COMMUNITY', 'CUSTODY');

-- CreateEnum
CREATE TYPE "RiskFlagType" AS ENUM ('MAPPA', 'IOM', 'MENTAL_HEALTH', 'SELF_HARM', 'CHILD_CONCERNS', 'DOMESTIC_ABUSE_PERPETRATOR', 'GANGS', 'TERRORISM', 'VULNERABILITY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER', 'POLICE_OFFENDER_MANAGER', 'MAPPA_COORDINATOR', 'COSA_COORDINATOR', 'COSA_VOLUNTEER', 'PARTNER_CASEWORKER', 'STRATEGIC_MANAGER', 'SYSTEM_ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'cy');

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorAgencyId" UUID,
    "actorRoles" "Role"[],
    "action" VARCHAR(80) NOT NULL,
    "subjectType" VARCHAR(40) NOT NULL,
    "subjectId" VARCHAR(80),
    "offenderId" UUID,
    "reason" VARCHAR(500),
    "detail" JSONB,
    "correlationId" VARCHAR(64),

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "type" "ContactType" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "outcome" "ContactOutcome",
    "notes" VARCHAR(4000) NOT NULL,
    "isSensitive" BOOLEAN NOT NULL DEFAULT false,
    "authorId" UUID NOT NULL,
    "authorAgencyId" UUID NOT NULL,
    "idempotencyKey" VARCHAR(64),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offender" (
    "id" UUID NOT NULL,
    "crn" VARCHAR(7) NOT NULL,
    "pncId" VARCHAR(20),
    "nomisId" VARCHAR(10),
    "croNumber" VARCHAR(20),
    "visorRef" VARCHAR(20),
    "firstName" VARCHAR(80) NOT NULL,
    "middleNames" VARCHAR(120),
    "lastName" VARCHAR(80) NOT NULL,
    "dateOfBirth" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "genderIdentity" VARCHAR(80),
    "ethnicity" VARCHAR(80),
    "nationality" VARCHAR(80),
    "preferredLanguage" "Locale" NOT NULL DEFAULT 'en',
    "isVeteran" BOOLEAN NOT NULL DEFAULT false,
    "disabilities" VARCHAR(500),
    "addressLine1" VARCHAR(120),
    "addressLine2" VARCHAR(120),
    "town" VARCHAR(80),
    "postcode" VARCHAR(10),
    "noFixedAbode" BOOLEAN NOT NULL DEFAULT false,
    "localAuthorityId" UUID,
    "responsibleAgencyId" UUID NOT NULL,
    "lduId" UUID,
    "teamId" UUID,
    "offenderManagerId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OffenderAlias" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "firstName" VARCHAR(80) NOT NULL,
    "lastName" VARCHAR(80) NOT NULL,

    CONSTRAINT "OffenderAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sentence" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "type" "SentenceType" NOT NULL,
    "status" "SentenceStatus" NOT NULL DEFAULT 'ACTIVE',
    "indexOffence" VARCHAR(200) NOT NULL,
    "court" VARCHAR(120),
    "lengthMonths" INTEGER,
    "startDate" DATE NOT NULL,
    "expectedEndDate" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sentence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SentenceRequirement" (
    "id" UUID NOT NULL,
    "sentenceId" UUID NOT NULL,
    "kind" "RequirementKind" NOT NULL,
    "description" VARCHAR(500) NOT NULL,
    "unitsOrdered" INTEGER,
    "unitsCompleted" INTEGER,

    CONSTRAINT "SentenceRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessRestriction" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "kind" "AccessRestrictionKind" NOT NULL,
    "userId" UUID NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessRestriction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "nameCy" VARCHAR(200),
    "kind" "AgencyKind" NOT NULL,
    "region" "Region",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Area" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "nameCy" VARCHAR(200),
    "kind" "AreaKind" NOT NULL DEFAULT 'LDU',
    "region" "Region" NOT NULL,
    "agencyId" UUID NOT NULL,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "nameCy" VARCHAR(200),
    "agencyId" UUID NOT NULL,
    "areaId" UUID,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocalAuthority" (
    "id" UUID NOT NULL,
    "code" VARCHAR(20) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "nameCy" VARCHAR(120),
    "region" "Region" NOT NULL,

    CONSTRAINT "LocalAuthority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskProfile" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "overallRosh" "RoshLevel" NOT NULL,
    "ogrs3Year1" DECIMAL(5,2),
    "ogrs3Year2" DECIMAL(5,2),
    "ogp" DECIMAL(5,2),
    "ovp" DECIMAL(5,2),
    "ospContact" DECIMAL(5,2),
    "rsr" DECIMAL(5,2),
    "assessedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RiskProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoshRating" (
    "id" UUID NOT NULL,
    "riskProfileId" UUID NOT NULL,
    "group" "RoshGroup" NOT NULL,
    "setting" "RiskSetting" NOT NULL,
    "level" "RoshLevel" NOT NULL,

    CONSTRAINT "RoshRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskFlag" (
    "id" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "type" "RiskFlagType" NOT NULL,
    "level" INTEGER,
    "category" INTEGER,
    "notes" VARCHAR(1000),
    "registeredAt" DATE NOT NULL,
    "nextReviewDate" DATE,
    "deregisteredAt" DATE,
    "registeredById" UUID,

    CONSTRAINT "RiskFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "agencyId" UUID NOT NULL,
    "teamId" UUID,
    "roles" "Role"[],
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "passwordHash" VARCHAR(255),
    "failedSignInCount" INTEGER NOT NULL DEFAULT 0,
    "lastFailedSignInAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "ip" VARCHAR(64),
    "userAgent" VARCHAR(300),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(300) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "AuditEvent_offenderId_occurredAt_idx" ON "AuditEvent"("offenderId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_occurredAt_idx" ON "AuditEvent"("actorUserId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Contact_idempotencyKey_key" ON "Contact"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Contact_offenderId_occurredAt_idx" ON "Contact"("offenderId", "occurredAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Offender_crn_key" ON "Offender"("crn");

-- CreateIndex
CREATE UNIQUE INDEX "Offender_pncId_key" ON "Offender"("pncId");

-- CreateIndex
CREATE INDEX "Offender_offenderManagerId_idx" ON "Offender"("offenderManagerId");

-- CreateIndex
CREATE INDEX "Offender_teamId_idx" ON "Offender"("teamId");

-- CreateIndex
CREATE INDEX "Offender_lduId_idx" ON "Offender"("lduId");

-- CreateIndex
CREATE INDEX "Offender_lastName_firstName_idx" ON "Offender"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "OffenderAlias_offenderId_idx" ON "OffenderAlias"("offenderId");

-- CreateIndex
CREATE INDEX "Sentence_offenderId_idx" ON "Sentence"("offenderId");

-- CreateIndex
CREATE INDEX "SentenceRequirement_sentenceId_idx" ON "SentenceRequirement"("sentenceId");

-- CreateIndex
CREATE INDEX "AccessRestriction_userId_idx" ON "AccessRestriction"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AccessRestriction_offenderId_kind_userId_key" ON "AccessRestriction"("offenderId", "kind", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Area_code_key" ON "Area"("code");

-- CreateIndex
CREATE INDEX "Area_agencyId_idx" ON "Area"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_code_key" ON "Team"("code");

-- CreateIndex
CREATE INDEX "Team_agencyId_idx" ON "Team"("agencyId");

-- CreateIndex
CREATE INDEX "Team_areaId_idx" ON "Team"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "LocalAuthority_code_key" ON "LocalAuthority"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RiskProfile_offenderId_key" ON "RiskProfile"("offenderId");

-- CreateIndex
CREATE INDEX "RiskProfile_overallRosh_idx" ON "RiskProfile"("overallRosh");

-- CreateIndex
CREATE UNIQUE INDEX "RoshRating_riskProfileId_group_setting_key" ON "RoshRating"("riskProfileId", "group", "setting");

-- CreateIndex
CREATE INDEX "RiskFlag_offenderId_idx" ON "RiskFlag"("offenderId");

-- CreateIndex
CREATE INDEX "RiskFlag_type_deregisteredAt_idx" ON "RiskFlag"("type", "deregisteredAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_agencyId_idx" ON "User"("agencyId");

-- CreateIndex
CREATE INDEX "User_teamId_idx" ON "User"("teamId");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_authorAgencyId_fkey" FOREIGN KEY ("authorAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offender" ADD CONSTRAINT "Offender_localAuthorityId_fkey" FOREIGN KEY ("localAuthorityId") REFERENCES "LocalAuthority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offender" ADD CONSTRAINT "Offender_responsibleAgencyId_fkey" FOREIGN KEY ("responsibleAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offender" ADD CONSTRAINT "Offender_lduId_fkey" FOREIGN KEY ("lduId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offender" ADD CONSTRAINT "Offender_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offender" ADD CONSTRAINT "Offender_offenderManagerId_fkey" FOREIGN KEY ("offenderManagerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OffenderAlias" ADD CONSTRAINT "OffenderAlias_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sentence" ADD CONSTRAINT "Sentence_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SentenceRequirement" ADD CONSTRAINT "SentenceRequirement_sentenceId_fkey" FOREIGN KEY ("sentenceId") REFERENCES "Sentence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRestriction" ADD CONSTRAINT "AccessRestriction_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRestriction" ADD CONSTRAINT "AccessRestriction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessRestriction" ADD CONSTRAINT "AccessRestriction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskProfile" ADD CONSTRAINT "RiskProfile_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoshRating" ADD CONSTRAINT "RoshRating_riskProfileId_fkey" FOREIGN KEY ("riskProfileId") REFERENCES "RiskProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskFlag" ADD CONSTRAINT "RiskFlag_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "Offender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskFlag" ADD CONSTRAINT "RiskFlag_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (docs/decisions/0002-offline-migrations.md) --------------------------------------------

-- The audit log is append-only at database level (security.md LG-2, DPA 2018 s.62).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- Fuzzy name search (similarity) for misspelt names.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Offender_fullName_trgm_idx" ON "Offender" USING gin ((lower("firstName" || ' ' || "lastName")) gin_trgm_ops);
CREATE INDEX "Offender_lastName_trgm_idx" ON "Offender" USING gin ((lower("lastName")) gin_trgm_ops);
