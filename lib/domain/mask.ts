// Display masking for personal data shown in lists, logs and exports.
// Every function accepts null/undefined because these values often come from
// optional columns, and returns '' for them so templates need no guards.
// Characters are handled as code points so rare CJK characters outside the
// BMP (e.g. in names) are never split into broken surrogate halves.

type Maskable = string | null | undefined;

const STAR = "*";

/**
 * Resident ID numbers (18 chars) keep the first 4 and last 4 characters;
 * anything else (passports, permits) keeps the first 2 and last 2.
 */
export function maskIdNumber(v: Maskable): string {
  const chars = codePoints(v);
  return chars.length === 18 ? keepEnds(chars, 4, 4) : keepEnds(chars, 2, 2);
}

/** 11-digit mainland mobiles become 138****1234; other numbers keep first 3 and last 2. */
export function maskPhone(v: Maskable): string {
  const chars = codePoints(v);
  if (/^1\d{10}$/.test(chars.join(""))) return keepEnds(chars, 3, 4);
  return keepEnds(chars, 3, 2);
}

/**
 * Keeps the first character of each whitespace-separated word: 张三丰 → 张**,
 * John Smith → J*** S****. A single-character name becomes *.
 */
export function maskName(v: Maskable): string {
  const words = (v ?? "")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return "";

  const masked = words.map((word) => {
    const [first = "", ...rest] = Array.from(word);
    return first + STAR.repeat(rest.length);
  });
  // Names made only of single letters (e.g. "A B") would otherwise be shown in full.
  if (masked.every((word, i) => word === words[i])) {
    return words.map((word) => STAR.repeat(Array.from(word).length)).join(" ");
  }
  return masked.join(" ");
}

// Two-character surnames kept whole on a public notice. Left out on purpose: those whose first character is itself
// a common one-character surname (钟离, 夏侯, 申屠, 闻人 …), where 钟离明 may as well be 钟 离明 and keeping two
// characters would show part of the given name.
const COMPOUND_SURNAMES = new Set(
  (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 司空 令狐 " +
    "轩辕 南宫 西门 端木 澹台 万俟 呼延 拓跋 独孤 赫连 鲜于 太史 濮阳"
  ).split(" "),
);

/**
 * The name as a public notice (公示) shows it: the surname and one star per character of the given name, so people
 * who know the applicant can recognise them and nobody else learns the name. A common two-character surname stays
 * whole (欧阳娜娜 → 欧阳**); otherwise as maskName (张三 → 张*, John Smith → J*** S****).
 */
export function maskNameForNotice(v: Maskable): string {
  const chars = codePoints(v);
  const surname = chars.slice(0, 2).join("");
  if (chars.length > 2 && COMPOUND_SURNAMES.has(surname) && !chars.some((c) => /\s/.test(c))) {
    return surname + STAR.repeat(chars.length - 2);
  }
  return maskName(v);
}

/**
 * Keeps the first character of the local part and the whole domain:
 * alice@example.com → a***@example.com. A fixed run of three stars hides the
 * local part's length.
 */
export function maskEmail(v: Maskable): string {
  const value = (v ?? "").trim();
  if (value === "") return "";

  const at = value.lastIndexOf("@");
  if (at <= 0 || at === value.length - 1) {
    // Not an address we can split; still never show it whole.
    const chars = Array.from(value);
    return chars.length <= 2 ? STAR.repeat(chars.length) : `${chars[0]}***`;
  }

  const local = Array.from(value.slice(0, at));
  const domain = value.slice(at + 1);
  const maskedLocal = local.length === 1 ? "***" : `${local[0]}***`;
  return `${maskedLocal}@${domain}`;
}

function codePoints(v: Maskable): string[] {
  return Array.from((v ?? "").trim());
}

/**
 * Keeps `head` leading and `tail` trailing characters and stars the rest, one
 * star per character. When the requested ends would cover the whole value,
 * only half of it (rounded down) stays visible so short values are never
 * revealed whole; values of length ≤ 2 become all stars.
 */
function keepEnds(chars: readonly string[], head: number, tail: number): string {
  const n = chars.length;
  if (n <= 2) return STAR.repeat(n);

  let keepHead = head;
  let keepTail = tail;
  if (n - head - tail < 1) {
    const visible = Math.floor(n / 2);
    keepHead = Math.min(head, Math.ceil(visible / 2));
    keepTail = Math.min(tail, visible - keepHead);
  }
  return chars.slice(0, keepHead).join("") + STAR.repeat(n - keepHead - keepTail) + chars.slice(n - keepTail).join("");
}
