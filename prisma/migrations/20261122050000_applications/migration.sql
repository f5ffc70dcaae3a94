-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'EMPLOYER_REVIEW', 'FIRST_REVIEW', 'EXPERT_REVIEW', 'FINAL_REVIEW', 'PUBLIC_NOTICE', 'RECOGNISED', 'RETURNED', 'REJECTED', 'WITHDRAWN', 'EMPLOYER_DECLINED');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "reference" TEXT,
    "userId" TEXT NOT NULL,
    "programId" TEXT NOT NULL,
    "tierId" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "districtCode" VARCHAR(6),
    "employerId" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "statusSince" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 0,
    "returnedFrom" "ApplicationStatus",
    "returnItems" TEXT[],
    "answers" JSONB NOT NULL DEFAULT '{}',
    "declaredAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "noticeStartsOn" DATE,
    "noticeEndsOn" DATE,
    "recognisedAt" TIMESTAMP(3),
    "certificateNo" TEXT,
    "validUntil" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationMaterial" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAction" (
    "id" BIGSERIAL NOT NULL,
    "applicationId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "comment" TEXT,
    "items" TEXT[],
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entitlement" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "applicationId" TEXT,
    "category" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "districtCode" VARCHAR(6),
    "amount" INTEGER,
    "unit" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "overrideReason" TEXT,
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Entitlement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Application_reference_key" ON "Application"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Application_certificateNo_key" ON "Application"("certificateNo");

-- CreateIndex
CREATE INDEX "Application_districtCode_status_statusSince_idx" ON "Application"("districtCode", "status", "statusSince");

-- CreateIndex
CREATE INDEX "Application_employerId_status_idx" ON "Application"("employerId", "status");

-- CreateIndex
CREATE INDEX "Application_batchId_status_idx" ON "Application"("batchId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_userId_batchId_key" ON "Application"("userId", "batchId");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationMaterial_storageKey_key" ON "ApplicationMaterial"("storageKey");

-- CreateIndex
CREATE INDEX "ApplicationMaterial_applicationId_item_idx" ON "ApplicationMaterial"("applicationId", "item");

-- CreateIndex
CREATE INDEX "ReviewAction_applicationId_at_idx" ON "ReviewAction"("applicationId", "at");

-- CreateIndex
CREATE INDEX "Objection_applicationId_status_idx" ON "Objection"("applicationId", "status");

-- CreateIndex
CREATE INDEX "Entitlement_userId_category_idx" ON "Entitlement"("userId", "category");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_tierId_fkey" FOREIGN KEY ("tierId") REFERENCES "ProgramTier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationMaterial" ADD CONSTRAINT "ApplicationMaterial_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAction" ADD CONSTRAINT "ReviewAction_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entitlement" ADD CONSTRAINT "Entitlement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entitlement" ADD CONSTRAINT "Entitlement_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;
