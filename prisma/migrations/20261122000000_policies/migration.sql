-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'EXPIRED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "PolicyKind" AS ENUM ('POLICY', 'NEWS');

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "slug" TEXT,
    "title" TEXT NOT NULL,
    "kind" "PolicyKind" NOT NULL DEFAULT 'POLICY',
    "districtCode" VARCHAR(6),
    "cityName" TEXT NOT NULL DEFAULT '上海市',
    "issuers" TEXT[],
    "docNumber" TEXT,
    "issuedOn" DATE,
    "effectiveOn" DATE,
    "expiresOn" DATE,
    "categories" TEXT[],
    "targetGroups" TEXT[],
    "body" TEXT NOT NULL,
    "notes" TEXT,
    "status" "PolicyStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "titleTokens" TEXT NOT NULL DEFAULT '',
    -- Derived by PostgreSQL from titleTokens, so it can never disagree with it (Prisma sees an Unsupported field).
    "titleSearch" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "titleTokens")) STORED,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyClause" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "anchor" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "title" TEXT,
    "headings" TEXT[],
    "text" TEXT NOT NULL,
    "leadDepartments" TEXT[],
    "departmentKind" TEXT,
    "tokens" TEXT NOT NULL,
    -- Stored, not computed per query: ranking reads it instead of re-parsing every matching row.
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "tokens")) STORED,

    CONSTRAINT "PolicyClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" TEXT NOT NULL,
    "terms" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Policy_slug_key" ON "Policy"("slug");

-- CreateIndex
CREATE INDEX "Policy_districtCode_status_idx" ON "Policy"("districtCode", "status");

-- CreateIndex
CREATE INDEX "Policy_status_issuedOn_idx" ON "Policy"("status", "issuedOn");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyClause_policyId_seq_key" ON "PolicyClause"("policyId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyClause_policyId_anchor_key" ON "PolicyClause"("policyId", "anchor");

-- CreateIndex
CREATE INDEX "PolicyClause_search_idx" ON "PolicyClause" USING GIN ("search");

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_districtCode_fkey" FOREIGN KEY ("districtCode") REFERENCES "District"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyClause" ADD CONSTRAINT "PolicyClause_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;
