-- CreateIndex
CREATE INDEX "MappaAgendaItem_nominalId_status_idx" ON "MappaAgendaItem"("nominalId", "status");
