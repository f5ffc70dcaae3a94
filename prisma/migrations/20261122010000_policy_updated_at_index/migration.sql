-- CreateIndex
CREATE INDEX "Policy_updatedAt_idx" ON "Policy"("updatedAt");
