import { describe, expect, it } from "vitest";
import { buildConcepts, highlightTerms, normalizeQuery, termsIn, toTsquery } from "@/lib/search/query";
import { highlight, segmentsToHtml, snippet } from "@/lib/search/highlight";

// A stand-in segmenter with a fixed dictionary, so these tests pin the query logic, not jieba's.
const DICT = ["租房补贴", "租房", "补贴", "租金", "人才", "公寓", "博士后", "的", "海归", "留学", "回国", "人员"];
function segment(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const word = DICT.filter((w) => text.startsWith(w, i)).sort((a, b) => b.length - a.length)[0];
    if (word) {
      out.push(word);
      i += word.length;
    } else {
      if (/[\p{L}\p{N}]/u.test(text[i]!)) out.push(text[i]!);
      i += 1;
    }
  }
  return out;
}

const synonyms = [
  ["租房补贴", "租金补贴"],
  ["海归", "留学回国人员"],
];

describe("buildConcepts", () => {
  it("turns a synonym found in the query into one concept with every way of saying it", () => {
    expect(buildConcepts("租金补贴", synonyms, segment)).toEqual([
      { key: "租金补贴", alternatives: [["租房补贴"], ["租金", "补贴"]] },
    ]);
  });

  it("segments the rest word by word and drops function words", () => {
    expect(buildConcepts("人才的 博士后", [], segment).map((c) => c.key)).toEqual(["人才", "博士后"]);
  });

  it("normalises width and case, and keeps at most eight concepts", () => {
    expect(normalizeQuery("  ＡＢＣ　人才 ")).toBe("abc 人才");
    expect(buildConcepts("a b c d e f g h i j", [], segment)).toHaveLength(8);
  });

  it("keeps query syntax out of the terms", () => {
    expect(buildConcepts(`'&|!:*()"<script>`, [], segment).map((c) => c.key)).toEqual(["s", "c", "r", "i", "p", "t"]);
  });
});

describe("toTsquery", () => {
  const concepts = buildConcepts("海归 人才", synonyms, segment);
  it("needs every concept, any of its alternatives", () => {
    expect(toTsquery(concepts, "all")).toBe("(('海归') | ('留学' & '回国' & '人员')) & (('人才'))");
  });
  it("needs any concept in the fallback", () => {
    expect(toTsquery(concepts, "any")).toBe("(('海归') | ('留学' & '回国' & '人员')) | (('人才'))");
  });
  it("lists every term looked for", () => {
    expect(highlightTerms(concepts)).toEqual(["海归", "留学", "回国", "人员", "人才"]);
  });
  it("marks only the alternatives a clause really contains", () => {
    expect(termsIn("留学回国人员可申请", concepts)).toEqual(["留学", "回国", "人员"]);
    expect(termsIn("回国后的人才", concepts)).toEqual(["人才"]);
  });
});

describe("highlight and snippet", () => {
  it("marks every occurrence and merges adjacent words", () => {
    expect(highlight("租金补贴与补贴", ["租金", "补贴"])).toEqual([
      { text: "租金补贴", hit: true },
      { text: "与", hit: false },
      { text: "补贴", hit: true },
    ]);
  });

  it("cuts a window around the first match with ellipses", () => {
    const text = `${"甲".repeat(200)}人才公寓${"乙".repeat(200)}`;
    const s = snippet(text, ["人才公寓"], 40);
    expect(s[0]).toEqual({ text: "…", hit: false });
    expect(s.at(-1)).toEqual({ text: "…", hit: false });
    expect(s.find((x) => x.hit)?.text).toBe("人才公寓");
    expect(s.map((x) => x.text).join("").length).toBe(42);
  });

  it("escapes everything but the marks in HTML", () => {
    expect(segmentsToHtml(highlight(`<b>"人才"</b>&`, ["人才"]))).toBe(
      "&lt;b&gt;&quot;<mark>人才</mark>&quot;&lt;/b&gt;&amp;",
    );
  });
});
