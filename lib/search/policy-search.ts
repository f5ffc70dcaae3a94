// 一网查询: one search over every district's policy clauses. Tokens are stored at write time (jieba search mode)
// with a generated tsvector and a GIN index; a query is segmented the same way, expanded with the synonym table,
// and ranked with ts_rank_cd on the stored vectors, boosted when the policy's title matches. Current texts come
// before expired ones. When no clause has every word, the best partial matches are returned instead of nothing.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_STATUSES } from "@/lib/domain/policy";
import { buildConcepts, highlightTerms, termsIn, toTsquery, type TConcept } from "./query";
import { snippet, type TSegment } from "./highlight";
import { queryWords } from "./segment";
import { isoFromDate } from "@/lib/domain/dates";

export interface TSearchInput {
  q: string;
  district?: string;
  category?: string;
  targetGroup?: string;
  limit: number;
  offset: number;
}

export interface TSearchHit {
  policyId: string;
  policyTitle: string;
  policyKind: "POLICY" | "NEWS";
  districtCode: string | null;
  districtName: string;
  issuedOn: string | null;
  status: string;
  clauseId: string;
  anchor: string;
  label: string;
  headings: string[];
  text: string;
  snippet: TSegment[];
  score: number;
}

export interface TSearchResult {
  total: number;
  items: TSearchHit[];
  /** True when no clause had every word and these are the best partial matches. */
  partial: boolean;
  /** The words that were looked for, after segmentation and synonyms (shown to explain the result). */
  terms: string[];
}

interface Row {
  policyId: string;
  policyTitle: string;
  policyKind: "POLICY" | "NEWS";
  districtCode: string | null;
  districtName: string | null;
  cityName: string;
  issuedOn: Date | null;
  status: string;
  clauseId: string;
  anchor: string;
  label: string;
  headings: string[];
  text: string;
  score: number;
  total: bigint;
}

const publicStatuses = Prisma.join(PUBLIC_STATUSES.map((s) => Prisma.sql`${s}::"PolicyStatus"`));

function filters(input: TSearchInput): Prisma.Sql {
  const parts = [Prisma.sql`p.status IN (${publicStatuses})`];
  if (input.district) parts.push(Prisma.sql`p."districtCode" = ${input.district}`);
  if (input.category) parts.push(Prisma.sql`${input.category} = ANY(p.categories)`);
  if (input.targetGroup) parts.push(Prisma.sql`${input.targetGroup} = ANY(p."targetGroups")`);
  return Prisma.join(parts, " AND ");
}

const columns = Prisma.sql`
  p.id AS "policyId", p.title AS "policyTitle", p.kind AS "policyKind", p."districtCode", d.name AS "districtName",
  p."cityName", p."issuedOn", p.status::text AS status, c.id AS "clauseId", c.anchor, c.label, c.headings, c.text`;

async function matching(input: TSearchInput, tsquery: string): Promise<Row[]> {
  // Rank narrow rows (ids and sort keys) first, count them, and fetch text only for the page: a common word matches
  // most clauses, and carrying their text through the sort and the count spilled to disk.
  return db.$queryRaw<Row[]>`
    WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS query),
    ranked AS MATERIALIZED (
      SELECT c.id, c."policyId", c.seq, p.status, p."issuedOn",
        ts_rank_cd(c.search, q.query) * CASE WHEN p."titleSearch" @@ q.query THEN 1.5 ELSE 1 END AS score
      FROM q
      JOIN "PolicyClause" c ON c.search @@ q.query
      JOIN "Policy" p ON p.id = c."policyId"
      WHERE ${filters(input)}
    ),
    page AS (
      SELECT * FROM ranked
      ORDER BY (status <> 'PUBLISHED'), score DESC, "issuedOn" DESC NULLS LAST, seq
      LIMIT ${input.limit} OFFSET ${input.offset}
    )
    SELECT ${columns}, page.score::float8 AS score, (SELECT count(*) FROM ranked) AS total
    FROM page
    JOIN "PolicyClause" c ON c.id = page.id
    JOIN "Policy" p ON p.id = page."policyId"
    LEFT JOIN "District" d ON d.code = p."districtCode"
    ORDER BY (page.status <> 'PUBLISHED'), page.score DESC, page."issuedOn" DESC NULLS LAST, page.seq`;
}

/** Without words: the newest policies, each shown by its opening clause. */
async function newest(input: TSearchInput): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT ${columns}, 0::float8 AS score, count(*) OVER () AS total
    FROM "Policy" p
    JOIN "PolicyClause" c ON c."policyId" = p.id AND c.seq = 0
    LEFT JOIN "District" d ON d.code = p."districtCode"
    WHERE ${filters(input)}
    ORDER BY (p.status <> 'PUBLISHED'), p."issuedOn" DESC NULLS LAST, p."createdAt" DESC
    LIMIT ${input.limit} OFFSET ${input.offset}`;
}

function toHit(row: Row, concepts: TConcept[]): TSearchHit {
  return {
    policyId: row.policyId,
    policyTitle: row.policyTitle,
    policyKind: row.policyKind,
    districtCode: row.districtCode,
    districtName: row.districtName ?? row.cityName,
    issuedOn: isoFromDate(row.issuedOn),
    status: row.status,
    clauseId: row.clauseId,
    anchor: row.anchor,
    label: row.label,
    headings: row.headings ?? [],
    text: row.text,
    snippet: snippet(row.text, termsIn(row.text, concepts)),
    score: Math.round(row.score * 10_000) / 10_000,
  };
}

// ---- Cache -------------------------------------------------------------------------------------------------------
// Results are kept per process for the same question against the same data. "The same data" is a generation read
// from the database at most once a second, so an edit made on any instance is seen everywhere within a second.
const CACHE_SIZE = 500;
const GENERATION_TTL_MS = 1_000;
const cacheEnabled = process.env.SEARCH_CACHE !== "off";
interface TGeneration {
  value: string;
  synonyms: string[][];
  readAt: number;
}
// On globalThis: Next bundles each route separately, and an edit made by an admin page's action must reach the
// cache the search page and the API read, which may be other module instances in the same process.
const shared = ((globalThis as unknown as { talentPortalSearch?: unknown }).talentPortalSearch ??= {
  results: new Map<string, TSearchResult>(),
  generation: undefined,
  reading: undefined,
}) as { results: Map<string, TSearchResult>; generation?: TGeneration; reading?: Promise<TGeneration> };
const results = shared.results;

async function readGeneration() {
  // Policies are never deleted (they expire), so the newest updatedAt (indexed) marks every change to them;
  // the synonym table is small enough to count.
  const [row] = await db.$queryRaw<{ value: string }[]>`
    SELECT concat_ws('/', (SELECT max("updatedAt") FROM "Policy"),
                          (SELECT max("updatedAt") FROM "SearchSynonym"), (SELECT count(*) FROM "SearchSynonym")) AS value`;
  const value = row?.value ?? "";
  const previous = shared.generation;
  const synonyms =
    previous?.value === value
      ? previous.synonyms
      : (await db.searchSynonym.findMany({ select: { terms: true } })).map((s) => s.terms);
  if (previous?.value !== value) results.clear();
  shared.generation = { value, synonyms, readAt: Date.now() };
  return shared.generation;
}

/** At most one read a second per process, shared by the requests that arrive while it runs. */
async function currentGeneration() {
  const current = shared.generation;
  if (current && Date.now() - current.readAt < GENERATION_TTL_MS) return current;
  shared.reading ??= readGeneration().finally(() => {
    shared.reading = undefined;
  });
  return shared.reading;
}

/** Forget cached results now (after a write on this instance). */
export function invalidateSearchCache() {
  shared.generation = undefined;
  results.clear();
}

export async function searchPolicies(input: TSearchInput): Promise<TSearchResult> {
  const gen = await currentGeneration();
  // The generation is part of the key, so a result computed from older data is never served as current.
  const key = `${gen.value}|${JSON.stringify(input)}`;
  const cached = cacheEnabled ? results.get(key) : undefined;
  if (cached) return cached;

  const concepts: TConcept[] = buildConcepts(input.q, gen.synonyms, queryWords);
  const terms = highlightTerms(concepts);
  let rows: Row[];
  let partial = false;
  if (concepts.length === 0) {
    rows = await newest(input);
  } else {
    const all = toTsquery(concepts, "all");
    rows = await matching(input, all);
    if (rows.length === 0 && concepts.length > 1) {
      // An empty later page of full matches is the end of the list, not a reason to fall back.
      const fullMatchesExist = input.offset > 0 && (await matching({ ...input, offset: 0, limit: 1 }, all)).length > 0;
      if (!fullMatchesExist) {
        rows = await matching(input, toTsquery(concepts, "any"));
        partial = true;
      }
    }
  }
  const result: TSearchResult = {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => toHit(r, concepts)),
    partial,
    terms,
  };
  if (cacheEnabled) {
    if (results.size >= CACHE_SIZE) results.delete(results.keys().next().value!);
    results.set(key, result);
  }
  return result;
}
