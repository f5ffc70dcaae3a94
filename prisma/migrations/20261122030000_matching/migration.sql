-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('OFFERED', 'EMPLOYER_PENDING', 'GRANTED', 'DECLINED', 'EMPLOYER_DECLINED');

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "keyEnterpriseKind" TEXT,
ADD COLUMN     "keyEnterpriseUntil" DATE;

-- AlterTable
ALTER TABLE "Policy" ADD COLUMN     "applyFree" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "employerConfirms" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ruleNote" TEXT,
ADD COLUMN     "ruleVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PolicyMatch" (
    "userId" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "notifiedAt" TIMESTAMP(3),

    CONSTRAINT "PolicyMatch_pkey" PRIMARY KEY ("userId","policyId")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "href" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenefitOffer" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'OFFERED',
    "conditions" JSONB NOT NULL,
    "employerId" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "employerDecidedAt" TIMESTAMP(3),
    "employerDecidedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BenefitOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PolicyMatch_policyId_endedAt_idx" ON "PolicyMatch"("policyId", "endedAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "BenefitOffer_employerId_status_idx" ON "BenefitOffer"("employerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BenefitOffer_userId_policyId_key" ON "BenefitOffer"("userId", "policyId");

-- AddForeignKey
ALTER TABLE "PolicyMatch" ADD CONSTRAINT "PolicyMatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyMatch" ADD CONSTRAINT "PolicyMatch_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitOffer" ADD CONSTRAINT "BenefitOffer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitOffer" ADD CONSTRAINT "BenefitOffer_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenefitOffer" ADD CONSTRAINT "BenefitOffer_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;
