// Turns what a person typed into a PostgreSQL tsquery over jieba tokens. Pure: the segmenter is passed in.

/** Function words that match nearly every clause and say nothing about what is wanted. */
const STOPWORDS = new Set([
  "的",
  "了",
  "和",
  "与",
  "及",
  "或",
  "在",
  "对",
  "为",
  "是",
  "等",
  "之",
  "其",
  "把",
  "被",
  "有",
  "将",
  "并",
]);

export const MAX_CONCEPTS = 8;

/** One thing the person asked for, and the ways a clause may say it (each way: tokens that must all appear). */
export interface TConcept {
  key: string;
  alternatives: string[][];
}

export function normalizeQuery(q: string): string {
  return q.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Synonym groups are matched on the typed text first (longest term first), so "租房补贴" with the group
 * {租房补贴, 租金补贴} becomes one concept "either way of saying it"; the rest is segmented word by word.
 */
export function buildConcepts(q: string, synonymGroups: string[][], segment: (text: string) => string[]): TConcept[] {
  let rest = normalizeQuery(q);
  const concepts: TConcept[] = [];
  const terms = synonymGroups
    .flatMap((group) => group.map((term) => ({ term: normalizeQuery(term), group })))
    .filter((t) => t.term.length > 0)
    .sort((a, b) => b.term.length - a.term.length);
  for (const { term, group } of terms) {
    if (!rest.includes(term)) continue;
    rest = rest.split(term).join(" ");
    const alternatives = group.map((t) => segment(normalizeQuery(t))).filter((a) => a.length > 0);
    if (alternatives.length) concepts.push({ key: term, alternatives });
  }
  for (const word of segment(rest)) {
    if (!STOPWORDS.has(word)) concepts.push({ key: word, alternatives: [[word]] });
  }
  const seen = new Set<string>();
  return concepts.filter((c) => !seen.has(c.key) && seen.add(c.key)).slice(0, MAX_CONCEPTS);
}

/** Tokens are letters and digits only (segment() guarantees it), so quoting them is enough to keep them literal. */
const quote = (token: string) => `'${token.replace(/[^\p{L}\p{N}]/gu, "")}'`;

/** "all": every concept must appear; "any": the fallback when no clause has them all. */
export function toTsquery(concepts: TConcept[], mode: "all" | "any"): string {
  return concepts
    .map((c) => `(${c.alternatives.map((alt) => `(${alt.map(quote).join(" & ")})`).join(" | ")})`)
    .join(mode === "all" ? " & " : " | ");
}

/** The words that were looked for: every token of every alternative (shown to explain a result). */
export function highlightTerms(concepts: TConcept[]): string[] {
  return [...new Set(concepts.flatMap((c) => c.alternatives.flat()))];
}

/**
 * The words to mark in one clause: tokens of the alternatives whose every token the clause contains, the same test
 * the tsquery applies. A synonym whose words are not all there (only 租赁 of 租赁补贴) is not marked.
 */
export function termsIn(text: string, concepts: TConcept[]): string[] {
  const lower = text.toLowerCase();
  return [
    ...new Set(concepts.flatMap((c) => c.alternatives.filter((alt) => alt.every((t) => lower.includes(t))).flat())),
  ];
}
