-- The level a nominal was managed at when added to a meeting of another level (walk 20, D8). Open meetings take it
-- from the nominal now (the level has not been changed by these meetings yet); approved or cancelled meetings stay
-- unmarked, since the nominal's level then may since have been changed and the level it had is not known.
ALTER TABLE "MappaAgendaItem" ADD COLUMN "managedLevel" INTEGER;

UPDATE "MappaAgendaItem" i SET "managedLevel" = n.level
FROM "MappaNominal" n, "MappaMeeting" m
WHERE n.id = i."nominalId" AND m.id = i."meetingId" AND m.status IN ('SCHEDULED', 'PUBLISHED') AND n.level <> m.level;
