-- Break 65 F8 / review 65b S1: a user's roles must fit their agency's kind (an NPS user given the police role saw
-- police-only intelligence). The table is src/lib/role-agencies.ts (ADR 0030); this function is its copy in the
-- database, and tests/integration/admin/role-agencies-database.int.test.ts checks the two agree for every pair.
CREATE FUNCTION "llwybr_role_fits_agency"(r "Role", k "AgencyKind") RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT CASE r::text
    WHEN 'PROBATION_OFFICER' THEN k::text IN ('NPS', 'CRC')
    WHEN 'SENIOR_PROBATION_OFFICER' THEN k::text IN ('NPS', 'CRC')
    WHEN 'POLICE_OFFENDER_MANAGER' THEN k::text = 'POLICE'
    WHEN 'MAPPA_COORDINATOR' THEN k::text IN ('POLICE', 'NPS', 'PRISON')
    WHEN 'COSA_COORDINATOR' THEN k::text = 'THIRD_SECTOR'
    WHEN 'COSA_VOLUNTEER' THEN k::text = 'THIRD_SECTOR'
    WHEN 'PARTNER_CASEWORKER' THEN k::text NOT IN ('POLICE', 'NPS')
    WHEN 'STRATEGIC_MANAGER' THEN true
    WHEN 'SYSTEM_ADMINISTRATOR' THEN true
    WHEN 'DATA_PROTECTION_LEAD' THEN true
    -- A role added to the enum later fits nowhere until it has a row here (fail closed, security.md AC-7).
    ELSE false
  END
$$;

-- Existing accounts holding a role their agency does not fit are NOT changed here: which role they keep, or which
-- agency they move to, is an operator's decision. The migration stops the deployment naming them, as
-- 20261130183000_admin_without_case_work did; nothing has been changed when it stops.
DO $$
DECLARE
  misfits TEXT;
BEGIN
  SELECT string_agg(u."email" || ' (' || r::text || ' at ' || a."kind"::text || ')', ', ' ORDER BY u."email", r::text) INTO misfits
  FROM "User" u JOIN "Agency" a ON a."id" = u."agencyId" CROSS JOIN LATERAL unnest(u."roles") AS r
  WHERE NOT "llwybr_role_fits_agency"(r, a."kind");
  IF misfits IS NOT NULL THEN
    RAISE EXCEPTION 'These accounts hold a role that does not fit their agency: %', misfits
      USING HINT = 'Change each account''s roles or agency in the running version, then deploy again (ADR 0030).';
  END IF;
END $$;

-- From now on the database refuses a misfit whatever writes the row. A user's agency is read FOR SHARE, so a
-- concurrent change of that agency's kind waits for this write (and then sees it) or this write waits for the change.
-- Within the same agency only the roles being added are checked, as the user screen does (ADR 0030): disabling an
-- account, or changing its language or the order of its roles, never waits on a role it already held.
CREATE FUNCTION "llwybr_user_roles_fit_agency"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  agency_kind "AgencyKind";
  added "Role"[];
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."agencyId" IS NOT DISTINCT FROM OLD."agencyId" THEN
    added := ARRAY(SELECT unnest(NEW."roles") EXCEPT SELECT unnest(OLD."roles"));
  ELSE
    added := NEW."roles";
  END IF;
  IF cardinality(added) = 0 THEN
    RETURN NEW;
  END IF;
  SELECT "kind" INTO agency_kind FROM "Agency" WHERE "id" = NEW."agencyId" FOR SHARE;
  IF EXISTS (SELECT 1 FROM unnest(added) AS r WHERE NOT "llwybr_role_fits_agency"(r, agency_kind)) THEN
    RAISE EXCEPTION 'User % holds a role that does not fit an agency of kind %', NEW."email", agency_kind
      USING ERRCODE = 'check_violation', CONSTRAINT = 'User_roles_fit_agency';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "User_roles_fit_agency" BEFORE INSERT OR UPDATE OF "roles", "agencyId" ON "User"
  FOR EACH ROW EXECUTE FUNCTION "llwybr_user_roles_fit_agency"();

CREATE FUNCTION "llwybr_agency_kind_fits_users"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "User" u CROSS JOIN LATERAL unnest(u."roles") AS r
    WHERE u."agencyId" = NEW."id" AND NOT "llwybr_role_fits_agency"(r, NEW."kind")
  ) THEN
    RAISE EXCEPTION 'Agency % has users holding a role that would not fit kind %', NEW."code", NEW."kind"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Agency_kind_fits_users';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Agency_kind_fits_users" BEFORE UPDATE OF "kind" ON "Agency"
  FOR EACH ROW WHEN (OLD."kind" IS DISTINCT FROM NEW."kind") EXECUTE FUNCTION "llwybr_agency_kind_fits_users"();
