-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "creationKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_creationKey_key" ON "Organisation"("creationKey");

