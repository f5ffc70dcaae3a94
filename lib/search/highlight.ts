// Marks matched words in clause text as segments, so pages render them as elements and the API escapes them:
// no text from a policy or a query ever reaches a page as HTML.
export interface TSegment {
  text: string;
  hit: boolean;
}

function pattern(terms: string[]): RegExp | null {
  const usable = terms.filter((t) => t.length > 0).sort((a, b) => b.length - a.length);
  if (!usable.length) return null;
  return new RegExp(usable.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "giu");
}

export function highlight(text: string, terms: string[]): TSegment[] {
  const re = pattern(terms);
  if (!re) return text ? [{ text, hit: false }] : [];
  const out: TSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), hit: false });
    const previous = out.at(-1);
    // Adjacent words (租金 + 补贴) read as one mark.
    if (previous?.hit && at === last) previous.text += m[0];
    else out.push({ text: m[0], hit: true });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}

/** About `length` characters around the first match, marked; "…" where the text was cut. */
export function snippet(text: string, terms: string[], length = 120): TSegment[] {
  const flat = text.replace(/\s+/g, " ").trim();
  const re = pattern(terms);
  const first = re ? (re.exec(flat)?.index ?? 0) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 4), flat.length - length));
  const end = Math.min(flat.length, start + length);
  const segments = highlight(flat.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: "…", hit: false });
  if (end < flat.length) segments.push({ text: "…", hit: false });
  return segments;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** For the JSON API: escaped text with <mark> around matches. */
export function segmentsToHtml(segments: TSegment[]): string {
  return segments.map((s) => (s.hit ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join("");
}
