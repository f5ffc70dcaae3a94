import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitPolicyClauses, type TClause } from "../../lib/domain/policy-clauses";

const DIR = path.resolve(import.meta.dirname, "../../prisma/data/policies");

const FILES = {
  changning: "changning-sci-tech-talent-cluster-2020.txt",
  jiading: "jiading-13th-five-year-talent-plan-2016.txt",
  minhang: "minhang-stay-in-minhang-2022-2024.txt",
  jingan: "jingan-talent-new-policy-15.txt",
  zibo: "zibo-study-tour-ningbo-jiaxing-changzhou-2022.txt",
} as const;

function load(name: keyof typeof FILES): string {
  return readFileSync(path.join(DIR, FILES[name]), "utf8");
}

function expectTiles(body: string, clauses: TClause[]): void {
  expect(clauses.map((c) => c.text).join("")).toBe(body);
  let at = 0;
  clauses.forEach((c, i) => {
    expect(c.seq).toBe(i);
    expect(c.start).toBe(at);
    expect(c.end).toBe(c.start + c.text.length);
    expect(body.slice(c.start, c.end)).toBe(c.text);
    at = c.end;
  });
  expect(at).toBe(body.length);
  const anchors = clauses.map((c) => c.anchor);
  expect(new Set(anchors).size).toBe(anchors.length);
  for (const a of anchors) expect(a).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
}

/** Numbered items (1. / 1、) in document order. */
function items(clauses: TClause[]): TClause[] {
  return clauses.filter((c) => /^\d+[.、]$/.test(c.label));
}

describe("splitPolicyClauses on the catalogue texts", () => {
  for (const name of Object.keys(FILES) as (keyof typeof FILES)[]) {
    it(`${name}: keeps every character, in order, with unique ASCII anchors`, () => {
      const body = load(name);
      const clauses = splitPolicyClauses(body);
      expectTiles(body, clauses);
      // Re-importing the same text must give the same anchors.
      expect(splitPolicyClauses(body).map((c) => c.anchor)).toEqual(clauses.map((c) => c.anchor));
    });
  }

  it("changning: preamble, articles 1–20 under (一)…(五), 附则", () => {
    const clauses = splitPolicyClauses(load("changning"));
    expect(clauses).toHaveLength(29);

    const preamble = clauses[0]!;
    expect(preamble.anchor).toBe("preamble");
    expect(preamble.label).toBe("");
    expect(preamble.text).toContain("现印发给你们");
    expect(preamble.text).toContain("特制订本意见。\n");

    const articles = items(clauses);
    expect(articles.map((c) => c.label)).toEqual(Array.from({ length: 20 }, (_, i) => `${i + 1}.`));
    expect(articles[0]!.title).toBe("实施高峰人才支持计划");
    expect(articles[0]!.anchor).toBe("s2-a1-1");
    expect(articles[0]!.headings).toEqual(["二、主要任务举措", "(一)聚焦区域发展实施重点人才工程"]);

    const a18 = articles[17]!;
    expect(a18.anchor).toBe("s2-a5-18");
    expect(a18.title).toBe("加强人才安居工程保障力度");
    expect(a18.text).toContain("人才公寓");
    expect(a18.text).toContain("货币化租房补贴");
    expect(a18.headings).toEqual(["二、主要任务举措", "(五)完善创新创业人才服务保障机制"]);

    expect(articles[19]!.text).toContain("虹桥人才荟");

    const sections = clauses.filter((c) => /^\(.\)$/.test(c.label));
    expect(sections.map((c) => c.label)).toEqual(["(一)", "(二)", "(三)", "(四)", "(五)"]);
    expect(sections.map((c) => c.anchor)).toEqual(["s2-a1", "s2-a2", "s2-a3", "s2-a4", "s2-a5"]);

    // The heading line takes its paragraph with it.
    const s1 = clauses.find((c) => c.anchor === "s1")!;
    expect(s1.label).toBe("一、");
    expect(s1.title).toBe("总体思路");
    expect(s1.text.startsWith("一、总体思路\n以习近平新时代")).toBe(true);

    const annex = clauses.find((c) => c.title === "附则")!;
    expect(annex.anchor).toBe("s3");
    expect(annex.label).toBe("三、");
    expect(annex.headings).toEqual([]);
    expect(annex.text).toContain("从优、从高、不重复");
    expect(clauses.at(-1)).toBe(annex);

    // "2020年4月24日" opens a line of the notice but is not a marker.
    expect(clauses.every((c) => !c.label.startsWith("2020"))).toBe(true);
    expect(clauses.every((c) => c.departmentKind === null)).toBe(true);
  });

  it("jiading: tasks 1–17 each name their lead departments", () => {
    const clauses = splitPolicyClauses(load("jiading"));
    expect(clauses).toHaveLength(28);
    expect(clauses[0]!.anchor).toBe("preamble");
    expect(clauses[0]!.text).toContain("嘉人组办〔2016〕3号");

    const tasks = clauses.filter((c) => c.headings[0] === "二、主要任务及分工" && c.label.endsWith("、"));
    expect(tasks.map((c) => c.label)).toEqual(Array.from({ length: 17 }, (_, i) => `${i + 1}、`));
    for (const t of tasks) {
      expect(t.departmentKind).toBe("lead");
      expect(t.leadDepartments.length).toBeGreaterThan(0);
      expect(t.text.trimEnd().endsWith(")")).toBe(true);
    }

    // Participating departments are not leads.
    expect(tasks[2]!.leadDepartments).toEqual(["区委组织部"]);
    expect(tasks[1]!.leadDepartments).toEqual(["区委组织部", "区人社局"]);
    expect(tasks[3]!.title).toBe("实施“1235”人才集聚计划");

    const t16 = tasks[15]!;
    expect(t16.anchor).toBe("s2-a3-16");
    expect(t16.text).toContain("321");
    expect(t16.text).toContain("2000套人才公寓");
    expect(t16.leadDepartments).toEqual(["区科委", "区人社局", "区房管局"]);
    expect(t16.headings).toEqual(["二、主要任务及分工", "(三)持续改善人才生态环境,充分营造人才向往氛围"]);

    // 三、工作要求 restarts at 1 with no department notes.
    const reqs = clauses.filter((c) => c.anchor.startsWith("s3-"));
    expect(reqs.map((c) => c.anchor)).toEqual(["s3-1", "s3-2", "s3-3", "s3-4"]);
    expect(reqs.every((c) => c.departmentKind === null && c.leadDepartments.length === 0)).toBe(true);
    expect(reqs[0]!.headings).toEqual(["三、工作要求"]);
  });

  it("minhang: issuing notice as preamble, items with 责任部门", () => {
    const body = load("minhang");
    const clauses = splitPolicyClauses(body);
    expect(clauses).toHaveLength(27);

    const preamble = clauses[0]!;
    expect(preamble.anchor).toBe("preamble");
    expect(preamble.text).toContain("现予以印发");
    expect(preamble.text).toContain("制定三年行动计划如下:");

    // Indented headings are printed without their indentation.
    expect(clauses.find((c) => c.anchor === "s2-1")!.headings).toEqual(["二、基本原则"]);

    const responsible = clauses.filter((c) => c.departmentKind === "responsible");
    expect(responsible).toHaveLength(12);
    expect(responsible.every((c) => c.headings[0] === "四、行动路径")).toBe(true);

    const first = clauses.find((c) => c.anchor === "s4-a1-1")!;
    expect(first.title).toBe("聚焦产业需求“两个面向”广纳人才");
    expect(first.leadDepartments).toEqual(["区人才中心", "高服中心"]);
    // 、 and , both separate names.
    expect(clauses.find((c) => c.anchor === "s4-a1-2")!.leadDepartments).toEqual([
      "区人才中心",
      "区就促中心",
      "高服中心",
    ]);

    const code = clauses.find((c) => c.anchor === "s4-a3-3")!;
    expect(code.text).toContain("春申人才服务码");
    expect(code.text).toContain("14项服务内容");

    // The 三、行动目标 paragraphs (——…) stay with their section.
    const goals = clauses.find((c) => c.anchor === "s3")!;
    expect(goals.text).toContain("春申金字塔人才覆盖约1万人");

    // The closing "分享:" joins the last item.
    expect(clauses.at(-1)!.anchor).toBe("s5-3");
    expect(clauses.at(-1)!.text.endsWith("分享:")).toBe(true);
  });

  it("jingan: a news report splits into paragraphs, headings joined to the next one", () => {
    const body = load("jingan");
    const clauses = splitPolicyClauses(body);
    expect(clauses).toHaveLength(31);
    expect(clauses.map((c) => c.anchor)).toEqual(Array.from({ length: 31 }, (_, i) => `p${i + 1}`));
    expect(clauses.every((c) => c.label === "")).toBe(true);

    // The leading blank line belongs to the first paragraph.
    expect(clauses[0]!.start).toBe(0);
    expect(clauses[0]!.text.startsWith("\n静安 聚天下英才而用之")).toBe(true);

    const top = clauses.find((c) => c.text.startsWith("坚持顶层设计\n"))!;
    expect(top.title).toBe("坚持顶层设计 好政策激发活力");
    expect(top.text).toContain("成立区人才工作领导小组");
    expect(clauses[top.seq + 1]!.headings).toEqual(["坚持顶层设计", "好政策激发活力"]);

    const housing = clauses.find((c) => c.text.includes("23000套"))!;
    expect(housing.headings).toEqual(["营造高品质生态", "把握好“真金白银”与“阳春白雪”"]);
    expect(clauses.filter((c) => c.text.includes("静英”名医项目"))).toHaveLength(1);
  });

  it("zibo: a news report with no numbered markers splits into paragraphs", () => {
    const body = load("zibo");
    const clauses = splitPolicyClauses(body);
    expect(clauses).toHaveLength(15);
    expect(clauses.map((c) => c.anchor)).toEqual(Array.from({ length: 15 }, (_, i) => `p${i + 1}`));

    // "7月6日至8日" opens a paragraph but is not a marker.
    expect(clauses[1]!.text.startsWith("7月6日至8日")).toBe(true);
    expect(clauses[1]!.label).toBe("");

    const stops = clauses.filter((c) => c.title?.startsWith("第"));
    expect(stops.map((c) => c.title)).toEqual([
      "第一站,宁波 风从海上来 潮涌杭州湾",
      "第二站,嘉兴 幸福一“嘉”人 “嘉”里更温暖",
      "第三站,常州 让距离更近,让向往更远",
    ]);
    const rent = clauses.find((c) => c.text.includes("1000到3000元"))!;
    expect(rent.headings[0]).toBe("第三站,常州");
    expect(rent.text).toContain("每月350元");
    expect(clauses.at(-1)!.text).toBe("来源:淄博就业人才");
  });
});

describe("splitPolicyClauses edge cases", () => {
  it("returns [] for an empty body", () => {
    expect(splitPolicyClauses("")).toEqual([]);
  });

  it("gives one clause for a body without markers", () => {
    const body = "本市人才政策自2020年起施行,补贴标准为3.5万元。\n";
    const clauses = splitPolicyClauses(body);
    expect(clauses).toHaveLength(1);
    expect(clauses[0]).toMatchObject({ seq: 0, anchor: "p1", label: "", text: body, start: 0, end: body.length });
  });

  it("keeps a whitespace-only body as one clause", () => {
    expectTiles("\n \n", splitPolicyClauses("\n \n"));
  });

  it("does not split on numbers inside sentences or on enumerations and decimals opening a line", () => {
    const body = [
      "一、总则",
      "本办法自2020年1月1日起施行,第1年补贴3.5万元,1、2、3号线沿线适用。",
      "1、2、3号线沿线企业优先。",
      "3.5万元以内据实补贴。",
      "1000-3000元的租金由单位承担。",
      "2020年以后引进的人才适用。",
      "二、附则",
      "本办法由区人社局负责解释。",
    ].join("\n");
    const clauses = splitPolicyClauses(body);
    expectTiles(body, clauses);
    expect(clauses.map((c) => c.anchor)).toEqual(["s1", "s2"]);
    expect(clauses[0]!.text).toContain("2020年以后引进的人才适用。\n");
    expect(clauses[1]!.title).toBe("附则");
  });

  it("still starts an item whose text opens with a year", () => {
    const clauses = splitPolicyClauses("1.2022年起实施人才安居计划。\n2.加强保障。\n");
    expect(clauses.map((c) => [c.anchor, c.label])).toEqual([
      ["i1", "1."],
      ["i2", "2."],
    ]);
  });

  it("keeps CRLF line endings in the clause they end", () => {
    const body = "通知正文。\r\n一、总则\r\n第一段。\r\n二、附则\r\n解释权归区人社局。\r\n";
    const clauses = splitPolicyClauses(body);
    expectTiles(body, clauses);
    expect(clauses.map((c) => c.text)).toEqual([
      "通知正文。\r\n",
      "一、总则\r\n第一段。\r\n",
      "二、附则\r\n解释权归区人社局。\r\n",
    ]);
    expect(clauses.map((c) => c.title)).toEqual([null, "总则", "附则"]);
  });

  it("reads full-width and ASCII parentheses and all item punctuation", () => {
    const body =
      "（一）人才引进\n1.引进领军人才。正文。\n2、引进青年人才。正文。\n(二)人才服务\n１．安居保障。正文。\n";
    const clauses = splitPolicyClauses(body);
    expectTiles(body, clauses);
    expect(clauses.map((c) => [c.anchor, c.label])).toEqual([
      ["a1", "（一）"],
      ["a1-1", "1."],
      ["a1-2", "2、"],
      ["a2", "(二)"],
      ["a2-1", "１．"],
    ]);
    expect(clauses[1]!.headings).toEqual(["（一）人才引进"]);
    expect(clauses[4]!.headings).toEqual(["(二)人才服务"]);
    expect(clauses[4]!.title).toBe("安居保障");
  });

  it("numbers sections past ten and nests items under them", () => {
    const body = "十、其他\n十一、主要任务\n12.加强保障。正文。\n二十一、附件\n";
    const clauses = splitPolicyClauses(body);
    expect(clauses.map((c) => c.anchor)).toEqual(["s10", "s11", "s11-12", "s21"]);
    expect(clauses[2]!.headings).toEqual(["十一、主要任务"]);
  });

  it("splits a department note into several names, in either parenthesis and colon style", () => {
    const ascii = splitPolicyClauses("1.甲事项。正文。(牵头部门:区人社局、区科委,区经委)\n2.乙事项。正文。\n");
    expect(ascii[0]).toMatchObject({ departmentKind: "lead", leadDepartments: ["区人社局", "区科委", "区经委"] });
    expect(ascii[1]).toMatchObject({ departmentKind: null, leadDepartments: [] });

    const fullWidth = splitPolicyClauses(
      "1.甲事项。正文。（责任部门：区人才中心，高服中心 区就促中心）。\n2.乙事项。\n",
    );
    expect(fullWidth[0]).toMatchObject({
      departmentKind: "responsible",
      leadDepartments: ["区人才中心", "高服中心", "区就促中心"],
    });

    // A note on its own line closes the item above it.
    const ownLine = splitPolicyClauses("1.甲事项。正文。\n牵头部门：区委组织部、区人社局\n2.乙事项。正文。\n");
    expect(ownLine).toHaveLength(2);
    expect(ownLine[0]).toMatchObject({ departmentKind: "lead", leadDepartments: ["区委组织部", "区人社局"] });

    const withPartners = splitPolicyClauses("1.甲。(牵头部门:区委组织部,参与部门:区人社局)\n2.乙。\n");
    expect(withPartners[0]!.leadDepartments).toEqual(["区委组织部"]);
  });

  it("treats an unnumbered 附则 line as its own section", () => {
    const body = "1.甲。正文。\n2.乙。正文。\n附则\n本办法自印发之日起施行。";
    const clauses = splitPolicyClauses(body);
    expectTiles(body, clauses);
    expect(clauses.map((c) => c.anchor)).toEqual(["i1", "i2", "annex"]);
    expect(clauses[2]).toMatchObject({ label: "", title: "附则", headings: [] });
  });

  it("keeps anchors unique when a number repeats", () => {
    const clauses = splitPolicyClauses("1.甲。\n1.乙。\n2.丙。\n");
    expect(clauses.map((c) => c.anchor)).toEqual(["i1", "i1_2", "i2"]);
  });

  it("folds a blank-only lead-in into the first clause", () => {
    const body = "\n\n一、总则\n正文。\n二、附则\n";
    const clauses = splitPolicyClauses(body);
    expectTiles(body, clauses);
    expect(clauses[0]!.anchor).toBe("s1");
    expect(clauses[0]!.start).toBe(0);
  });

  it("reads a single numbered line in prose as a paragraph", () => {
    const body = "记者了解到:\n一、总体要求是服务人才。\n这是后续报道。\n";
    const clauses = splitPolicyClauses(body);
    expectTiles(body, clauses);
    expect(clauses.map((c) => c.anchor)).toEqual(["p1", "p2", "p3"]);
  });
});
