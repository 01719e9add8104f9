-- Issue 16, left item 1: when the meeting discussed each nominal, apart from when its minutes were typed.
ALTER TABLE "MappaAgendaItem" ADD COLUMN "discussedAt" TIMESTAMP(3);
