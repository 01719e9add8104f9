-- Every appointment is in someone's diary (issue 13): whoever writes one without the diary fields (the contact form,
-- imports, older code) gets an office hour seen by its author, so the diary and the clash checks can read staffId alone.
CREATE FUNCTION "contact_appointment_defaults"() RETURNS trigger AS $$
BEGIN
  IF NEW."type" = 'APPOINTMENT' THEN
    NEW."appointmentType" := COALESCE(NEW."appointmentType", 'OFFICE');
    NEW."durationMinutes" := COALESCE(NEW."durationMinutes", 60);
    NEW."staffId" := COALESCE(NEW."staffId", NEW."authorId");
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "contact_appointment_defaults" BEFORE INSERT OR UPDATE OF "type" ON "Contact"
  FOR EACH ROW EXECUTE FUNCTION "contact_appointment_defaults"();

-- Appointments written between the previous migration and this one.
UPDATE "Contact" SET "appointmentType" = COALESCE("appointmentType", 'OFFICE'), "durationMinutes" = COALESCE("durationMinutes", 60), "staffId" = COALESCE("staffId", "authorId")
WHERE "type" = 'APPOINTMENT' AND ("appointmentType" IS NULL OR "durationMinutes" IS NULL OR "staffId" IS NULL);
