import { describe, expect, it } from "vitest";
import { indexTokens, queryWords } from "@/lib/search/segment";

describe("jieba segmentation", () => {
  it("indexes in search mode: long words and their parts", () => {
    const tokens = indexTokens("符合条件的海外高层次人才给予最高100万元安家补贴").split(" ");
    expect(tokens).toEqual(
      expect.arrayContaining(["符合", "条件", "符合条件", "高层", "层次", "高层次", "人才", "100", "补贴"]),
    );
  });

  it("queries in precise mode, one term per word", () => {
    expect(queryWords("外国人工作许可")).toEqual(["外国人", "工作", "许可"]);
    expect(queryWords("博士后 补贴")).toEqual(["博士后", "补贴"]);
  });

  it("keeps only letters and digits, lower-cased", () => {
    expect(queryWords(`"人才" & (AI) | 100%`)).toEqual(["人才", "ai", "100"]);
    expect(indexTokens("<script>alert(1)</script>")).toBe("script alert 1 script");
  });
});
