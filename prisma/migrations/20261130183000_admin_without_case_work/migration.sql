-- Issue 15 item 18: a system administrator sees no case data, so the role is never held together with a role that
-- does (every role but STRATEGIC_MANAGER, which sees aggregate figures only; src/server/policy/role-combinations.ts).
--
-- Existing accounts that hold both are NOT changed here: which role the person keeps is an operator's decision
-- (removing the case-work role strands their caseload, removing the administrator role may leave no administrator).
-- The migration stops the deployment, naming them, so the running version's user screen (or SQL) can fix them
-- before this version goes live. Nothing has been changed when it stops.
DO $$
DECLARE
  mixed TEXT;
BEGIN
  SELECT string_agg("email", ', ' ORDER BY "email") INTO mixed
  FROM "User"
  WHERE 'SYSTEM_ADMINISTRATOR' = ANY ("roles")
    AND NOT ("roles" <@ ARRAY['SYSTEM_ADMINISTRATOR', 'STRATEGIC_MANAGER']::"Role"[]);
  IF mixed IS NOT NULL THEN
    RAISE EXCEPTION 'These accounts hold System administrator together with a case-work role: %', mixed
      USING HINT = 'Remove either the SYSTEM_ADMINISTRATOR role or the case-work roles from each, then deploy again.';
  END IF;
END $$;

-- From now on the database refuses the combination too, whatever writes the row.
ALTER TABLE "User" ADD CONSTRAINT "User_admin_without_case_work_check" CHECK (
  NOT ('SYSTEM_ADMINISTRATOR' = ANY ("roles"))
  OR "roles" <@ ARRAY['SYSTEM_ADMINISTRATOR', 'STRATEGIC_MANAGER']::"Role"[]
);
