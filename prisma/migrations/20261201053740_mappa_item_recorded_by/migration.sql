-- AlterTable
ALTER TABLE "MappaAgendaItem" ADD COLUMN     "recordedById" UUID;

-- AddForeignKey
ALTER TABLE "MappaAgendaItem" ADD CONSTRAINT "MappaAgendaItem_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: who recorded each item already recorded, from the latest "mappa.item.record" audit row naming it.
UPDATE "MappaAgendaItem" i SET "recordedById" = a."actorUserId"
FROM (
  SELECT DISTINCT ON (detail->>'itemId') detail->>'itemId' AS "itemId", "actorUserId"
  FROM "AuditEvent"
  WHERE action = 'mappa.item.record' AND "actorUserId" IS NOT NULL
  ORDER BY detail->>'itemId', "occurredAt" DESC, id DESC
) a
WHERE i."recordedAt" IS NOT NULL AND i.id::text = a."itemId" AND EXISTS (SELECT 1 FROM "User" u WHERE u.id = a."actorUserId");
