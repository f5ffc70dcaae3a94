// Splits a policy body into its articles/items (条款): the unit the full-text
// search returns and the policy page links to with anchors.
//
// Rules, chosen after reading the catalogue's source texts:
// - Clauses are whole lines. A clause starts at a line whose first
//   non-blank characters are a numbering marker; numbers anywhere else
//   ("2020年", "3.5万", "1、2、3号线" inside a sentence) never split.
// - Heading rule: a numbered line always starts its own clause, and the
//   unnumbered lines after it (body paragraphs, blank lines, closing lines)
//   belong to it. So "一、总体思路" followed by its paragraph is one clause
//   titled 总体思路, while "二、主要任务" directly followed by "(一)…" stays a
//   heading-only clause; either way the heading goes into `headings` of every
//   clause nested under it, so search hits keep their context.
// - Text before the first numbered line is one "preamble" clause (issuing
//   notice, title, foreword).
// - A body with fewer than two numbered lines (news reports) is split into
//   paragraphs instead; short heading lines there attach to the paragraph
//   that follows them, for the same reason as above.
// - Every character of the body lands in exactly one clause, in order.

export interface TClause {
  /** 0-based order in the document. */
  seq: number;
  /** Stable anchor id for deep links, ASCII only, unique within the document, e.g. "s1", "s1-a3", "s2-4", "preamble", "annex". Derived from the numbering, so re-importing the same text gives the same anchors. */
  anchor: string;
  /** The number as printed, e.g. "一、", "（三）", "4.", "16、", or "" for unnumbered parts (preamble, notice). */
  label: string;
  /** The heading path for context, e.g. ["二、主要任务", "（一）人才引进"] — the enclosing section headings (as printed, without their body). */
  headings: string[];
  /** Heading text of this clause itself when it is a heading-only line or starts with a short title, else null. */
  title: string | null;
  /** The clause's text exactly as in the body, including its number and any trailing (牵头部门:…)/(责任部门:…) note. */
  text: string;
  /** Departments named in a trailing （牵头部门:…） / (责任部门:…) / 牵头部门： note (ASCII or full-width parentheses and colon), split on 、，, and spaces; [] when none. */
  leadDepartments: string[];
  /** "lead" for 牵头部门, "responsible" for 责任部门, null when none. */
  departmentKind: "lead" | "responsible" | null;
  /** [start, end) character offsets of `text` in the original body. */
  start: number;
  end: number;
}

interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the line terminator, so lines tile the body. */
  end: number;
  /** The line without its terminator. */
  content: string;
}

// 1 = 一、, 2 = (一), 3 = 1. / 1、 / 1．
type Level = 1 | 2 | 3;

interface Marker {
  level: Level;
  /** 0 for the unnumbered 附则 heading. */
  num: number;
  label: string;
  /** Offset of the label inside the line content (after indentation). */
  at: number;
}

// Long enough for every section heading and article title in the catalogue
// (the longest is 24 characters), short enough that a sentence is not taken
// for a title.
const MAX_TITLE = 40;
const SENTENCE_PUNCT = /[。！？!?；;]/;
const COLON = /[:：]/;

// A structured text needs at least this many numbered lines; a news report
// that happens to start one line with "一、" is still read as paragraphs.
const MIN_MARKERS = 2;

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    lines.push({ start, end: m.index + m[0].length, content: body.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < body.length) lines.push({ start, end: body.length, content: body.slice(start) });
  return lines;
}

/** 1–99 written with 一…九 and 十; anything else is not a section number. */
function parseChineseNumber(s: string): number | null {
  if (!/^[〇零一二三四五六七八九十]{1,3}$/.test(s)) return null;
  const ten = s.indexOf("十");
  if (ten < 0) return s.length === 1 ? (CN_DIGITS[s] ?? null) : null;
  if (s.indexOf("十", ten + 1) >= 0) return null;
  const tensPart = s.slice(0, ten);
  const onesPart = s.slice(ten + 1);
  const tens = tensPart === "" ? 1 : CN_DIGITS[tensPart];
  const ones = onesPart === "" ? 0 : CN_DIGITS[onesPart];
  if (tens === undefined || ones === undefined || tens === 0) return null;
  return tens * 10 + ones;
}

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

// What may follow "N、" when the line is an enumeration ("1、2、3号线",
// "3、4月") or a range rather than item N.
const ENUM_AFTER_DUN = /^[0-9０-９]{1,4}(?:[、，,和及或至到~～\-－—]|月|日|号)/;
const CN_ENUM_AFTER_DUN = /^[〇零一二三四五六七八九十]{1,3}[、，,和及或至到]/;
// After "N." a digit means a decimal ("3.5万", "1.5倍", "2.5%"); the one
// exception is an item that opens with a year ("1.2022年起…").
const DECIMAL_AFTER_DOT = /^[0-9０-９](?![0-9０-９]{3}年)/;

function detectMarker(content: string): Marker | null {
  const at = content.length - content.trimStart().length;
  const s = content.slice(at);

  const cn = /^([〇零一二三四五六七八九十]{1,3})([、．.])/.exec(s);
  if (cn) {
    const num = parseChineseNumber(cn[1]!);
    const rest = s.slice(cn[0].length);
    const enumeration = cn[2] === "、" ? CN_ENUM_AFTER_DUN.test(rest) : /^[0-9０-９]/.test(rest);
    if (num !== null && num > 0 && !enumeration) return { level: 1, num, label: cn[0], at };
  }

  const paren = /^[（(]\s*([〇零一二三四五六七八九十]{1,3})\s*[）)]/.exec(s);
  if (paren) {
    const num = parseChineseNumber(paren[1]!);
    if (num !== null && num > 0) return { level: 2, num, label: paren[0], at };
  }

  const digit = /^([0-9０-９]{1,3})([、．.])/.exec(s);
  if (digit) {
    const num = Number(toAsciiDigits(digit[1]!));
    const rest = s.slice(digit[0].length);
    const notItem = digit[2] === "、" ? ENUM_AFTER_DUN.test(rest) : DECIMAL_AFTER_DOT.test(rest);
    if (num > 0 && !notItem) return { level: 3, num, label: digit[0], at };
  }

  // An unnumbered 附则 heading closes the numbered body like a top-level section.
  if (/^附\s*则$/.test(s.trimEnd())) return { level: 1, num: 0, label: "", at };

  return null;
}

function isHeadingLike(s: string): boolean {
  return s.length > 0 && s.length <= MAX_TITLE && !SENTENCE_PUNCT.test(s) && !COLON.test(s);
}

/**
 * Title of a numbered line: the whole rest of the line when it reads as a
 * heading, else its first sentence when that is short ("实施高峰人才支持计划。…").
 * Returns the title and where it ends inside `rest`.
 */
function titleOf(rest: string): { title: string; end: number } | null {
  const lead = rest.length - rest.trimStart().length;
  const trimmed = rest.trim();
  if (isHeadingLike(trimmed)) return { title: trimmed, end: lead + trimmed.length };
  const sentence = new RegExp(`^([^。！？!?；;:：]{1,${MAX_TITLE}})[。！？!?]`).exec(rest.slice(lead));
  if (sentence) {
    const title = sentence[1]!.trimEnd();
    if (title.length > 0) return { title, end: lead + title.length };
  }
  return null;
}

const NOTE_PAREN = /[（(]\s*(牵头|责任)(?:部门|单位)\s*[:：]\s*([^（）()\r\n]*?)\s*[）)]\s*[。．.；;]?\s*$/gm;
const NOTE_BARE = /(?:^|[\s。；;])(牵头|责任)(?:部门|单位)\s*[:：]\s*([^（）()\r\n]+?)\s*[。．.；;]?\s*$/gm;
// A second role inside the same note, e.g. "…,参与部门:区人社局": it names
// departments that take part but do not lead, so the list stops there.
const OTHER_ROLE = /[,，;；]\s*[^,，;；、\s]{1,6}(?:部门|单位)\s*[:：]/;

function departmentNote(text: string): Pick<TClause, "leadDepartments" | "departmentKind"> {
  // The note closes its item, so the last one in the clause is the one that counts.
  let found: { index: number; role: string; list: string } | null = null;
  for (const re of [NOTE_PAREN, NOTE_BARE]) {
    for (const m of text.matchAll(re)) {
      if (!found || m.index > found.index) found = { index: m.index, role: m[1]!, list: m[2]! };
    }
  }
  if (!found) return { leadDepartments: [], departmentKind: null };
  const cut = OTHER_ROLE.exec(found.list);
  const list = cut ? found.list.slice(0, cut.index) : found.list;
  const leadDepartments = list.split(/[、，,;；\s]+/u).filter((name) => name !== "");
  return { leadDepartments, departmentKind: found.role === "牵头" ? "lead" : "responsible" };
}

function anchorSegment(marker: Marker, hasParent: boolean): string {
  if (marker.level === 1) return marker.num === 0 ? "annex" : `s${marker.num}`;
  if (marker.level === 2) return `a${marker.num}`;
  // A bare number is only unambiguous after its parent's prefix.
  return hasParent ? String(marker.num) : `i${marker.num}`;
}

/** Keeps anchors unique when a text repeats a number, without colliding with "s2-2"-style ids. */
function uniqueAnchor(anchor: string, used: Set<string>): string {
  let candidate = anchor;
  for (let n = 2; used.has(candidate); n++) candidate = `${anchor}_${n}`;
  used.add(candidate);
  return candidate;
}

function makeClause(
  body: string,
  seq: number,
  start: number,
  end: number,
  fields: Pick<TClause, "anchor" | "label" | "headings" | "title">,
): TClause {
  const text = body.slice(start, end);
  return { seq, ...fields, text, ...departmentNote(text), start, end };
}

function splitStructured(body: string, lines: Line[], markers: (Marker | null)[]): TClause[] {
  const clauses: TClause[] = [];
  const used = new Set<string>();
  const stack: { level: Level; segment: string; heading: string }[] = [];
  const firstMarked = markers.findIndex((m) => m !== null);

  // A blank-only preamble would be an empty clause; it rides on the first one instead.
  const preambleEnd = lines[firstMarked]!.start;
  const hasPreamble = body.slice(0, preambleEnd).trim() !== "";
  if (hasPreamble) {
    clauses.push(
      makeClause(body, 0, 0, preambleEnd, {
        anchor: uniqueAnchor("preamble", used),
        label: "",
        headings: [],
        title: null,
      }),
    );
  }

  for (let i = firstMarked; i < lines.length; i++) {
    const marker = markers[i];
    if (!marker) continue;
    let next = i + 1;
    while (next < lines.length && !markers[next]) next++;
    const line = lines[i]!;
    const start = clauses.length === 0 ? 0 : line.start;
    const end = next < lines.length ? lines[next]!.start : body.length;

    while (stack.length > 0 && stack[stack.length - 1]!.level >= marker.level) stack.pop();

    const rest = line.content.slice(marker.at + marker.label.length);
    const titled = marker.num === 0 ? { title: rest.trim(), end: rest.trimEnd().length } : titleOf(rest);
    const heading = line.content.slice(marker.at, marker.at + marker.label.length + (titled?.end ?? 0));
    const segment = anchorSegment(marker, stack.length > 0);
    const anchor = [...stack.map((s) => s.segment), segment].join("-");

    clauses.push(
      makeClause(body, clauses.length, start, end, {
        anchor: uniqueAnchor(anchor, used),
        label: marker.label,
        headings: stack.map((s) => s.heading),
        title: titled?.title ?? null,
      }),
    );
    // Items are leaves in every text seen; only sections nest.
    if (marker.level < 3) stack.push({ level: marker.level, segment, heading });
  }
  return clauses;
}

function splitParagraphs(body: string, lines: Line[]): TClause[] {
  const content = lines.map((l, i) => ({ i, text: l.content.trim() })).filter((l) => l.text !== "");
  if (content.length === 0) {
    return [makeClause(body, 0, 0, body.length, { anchor: "p1", label: "", headings: [], title: null })];
  }

  // Each group is a run of heading lines plus the paragraph they introduce.
  const groups: { first: number; headingLines: string[] }[] = [];
  for (let k = 0; k < content.length;) {
    const first = content[k]!.i;
    const headingLines: string[] = [];
    while (k < content.length && isHeadingLike(content[k]!.text)) headingLines.push(content[k++]!.text);
    // The loop above stopped at a paragraph; it belongs with the headings before it.
    if (k < content.length) k++;
    groups.push({ first, headingLines });
  }

  const clauses: TClause[] = [];
  let headings: string[] = [];
  groups.forEach((group, g) => {
    const start = g === 0 ? 0 : lines[group.first]!.start;
    const nextGroup = groups[g + 1];
    const end = nextGroup ? lines[nextGroup.first]!.start : body.length;
    const ownHeading = group.headingLines.length > 0;
    clauses.push(
      makeClause(body, g, start, end, {
        anchor: `p${g + 1}`,
        label: "",
        headings: ownHeading ? [] : [...headings],
        title: ownHeading ? group.headingLines.join(" ") : null,
      }),
    );
    if (ownHeading) headings = group.headingLines;
  });
  return clauses;
}

export function splitPolicyClauses(body: string): TClause[] {
  if (body === "") return [];
  const lines = splitLines(body);
  const markers = lines.map((l) => detectMarker(l.content));
  const numbered = markers.filter((m) => m !== null).length;
  return numbered >= MIN_MARKERS ? splitStructured(body, lines, markers) : splitParagraphs(body, lines);
}
