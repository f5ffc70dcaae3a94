import { describe, expect, it } from "vitest";
import {
  addChild,
  draftFacts,
  draftProblems,
  draftToJson,
  draftToRule,
  emptyCondition,
  emptyGroup,
  moveNode,
  nodeOfError,
  parseRuleText,
  removeNode,
  ruleToDraft,
  updateNode,
  validateRule,
  withFact,
  withOp,
  type TDraftCondition,
  type TDraftGroup,
  type TRule,
} from "../../lib/domain/eligibility";
import { DEMO_RULES } from "../../prisma/data/demo-rules";

const roundTrip = (rule: TRule | null) => draftToRule(ruleToDraft(rule)).rule;

describe("rule builder drafts", () => {
  it("round-trips rules written by hand, including every demo rule", () => {
    const rules: TRule[] = [
      { fact: "age", op: "lte", value: 35 },
      { any: [{ fact: "isReturnee", op: "eq", value: true }] },
      { not: { fact: "ownsHomeInShanghai", op: "eq", value: true } },
      {
        not: {
          any: [
            { fact: "age", op: "gt", value: 40 },
            { fact: "hukou", op: "in", value: ["FOREIGN"] },
          ],
        },
      },
      { fact: "education", op: "between", value: ["BACHELOR", "DOCTORATE"], label: "本科至博士" },
      { fact: "birthDate", op: "gte", value: "1990-01-01" },
      { fact: "isReturnee", op: "exists" },
      { fact: "annualSalary", op: "gte", value: 250000.5 },
      ...Object.values(DEMO_RULES).map((r) => r.rule),
    ];
    for (const rule of rules) expect(roundTrip(rule)).toEqual(rule);
  });

  it("writes equivalent one-condition groups in their shortest form", () => {
    const age: TRule = { fact: "age", op: "lte", value: 35 };
    expect(roundTrip({ all: [age] })).toEqual(age);
    expect(roundTrip({ not: { all: [age] } })).toEqual({ not: age });
    expect(roundTrip({ all: [{ all: [age] }] })).toEqual({ all: [{ all: [age] }] });
  });

  it("gives a loaded rule the same ids on every load, as server rendering and hydration need", () => {
    const rule = DEMO_RULES["changning-sci-tech-talent-cluster-2020"]!.rule;
    expect(ruleToDraft(rule)).toEqual(ruleToDraft(rule));
    expect(ruleToDraft(null)).toEqual(ruleToDraft(null));
  });

  it("treats an empty builder as no rule", () => {
    expect(draftToRule(emptyGroup()).rule).toBeNull();
    expect(draftToJson(emptyGroup())).toBe("");
    expect(ruleToDraft(null).children).toEqual([]);
  });

  it("turns typed text into typed operands", () => {
    let c: TDraftCondition = withFact(emptyCondition(), "age");
    expect(c.op).toBe("gte");
    c = { ...withOp(c, "lte"), value: " 35 " };
    const root = { ...emptyGroup("any"), children: [c, { ...withFact(emptyCondition(), "isReturnee") }] };
    expect(draftToRule(root).rule).toEqual({
      any: [
        { fact: "age", op: "lte", value: 35 },
        { fact: "isReturnee", op: "eq", value: true },
      ],
    });
    const list = { ...withOp(withFact(emptyCondition(), "hukou"), "in"), list: ["LOCAL", "FOREIGN"] };
    const between = { ...withOp(withFact(emptyCondition(), "age"), "between"), low: "20", high: "35" };
    expect(draftToRule({ ...emptyGroup(), children: [list, between] }).rule).toEqual({
      all: [
        { fact: "hukou", op: "in", value: ["LOCAL", "FOREIGN"] },
        { fact: "age", op: "between", value: [20, 35] },
      ],
    });
  });

  it("carries a typed operand over when the operator changes shape", () => {
    const c = { ...withFact(emptyCondition(), "age"), value: "30" };
    expect(withOp(c, "between")).toMatchObject({ op: "between", low: "30" });
    expect(withOp(c, "in")).toMatchObject({ op: "in", list: ["30"] });
    expect(withOp(withOp(c, "in"), "eq")).toMatchObject({ op: "eq", value: "30" });
    expect(withFact(c, "education")).toMatchObject({ fact: "education", op: "gte", value: "" });
  });

  it("names unfilled inputs before validateRule does, and maps its errors back to rows", () => {
    const blank = emptyCondition();
    const noValue = withFact(emptyCondition(), "age");
    const inner = { ...emptyGroup("any") };
    const badRange = { ...withOp(withFact(emptyCondition(), "age"), "between"), low: "40", high: "30" };
    const root: TDraftGroup = { ...emptyGroup(), children: [blank, noValue, inner, badRange] };
    expect(Object.fromEntries(draftProblems(root))).toEqual({
      [blank.id]: "chooseFact",
      [noValue.id]: "enterValue",
      [inner.id]: "emptyGroup",
    });
    const { rule, paths } = draftToRule(root);
    const checked = validateRule(rule);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const owners = checked.errors.map((e) => nodeOfError(paths, e.path));
    expect(owners).toEqual(expect.arrayContaining([blank.id, noValue.id, inner.id, badRange.id]));
    expect(checked.errors.find((e) => nodeOfError(paths, e.path) === badRange.id)?.message).toContain("大于最大值");
  });

  it("maps a lone condition's errors to its row, not to the builder", () => {
    const c = { ...withFact(emptyCondition(), "age"), value: "abc" };
    const { rule, paths } = draftToRule({ ...emptyGroup(), children: [c] });
    const checked = validateRule(rule);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(nodeOfError(paths, checked.errors[0]!.path)).toBe(c.id);
  });

  it("edits the tree without mutating it", () => {
    const a = withFact(emptyCondition(), "age");
    const b = withFact(emptyCondition(), "education");
    const sub = { ...emptyGroup("any"), children: [b] };
    const root: TDraftGroup = { ...emptyGroup(), children: [a, sub] };
    const moved = moveNode(root, sub.id, -1);
    expect(moved.children.map((c) => c.id)).toEqual([sub.id, a.id]);
    expect(root.children.map((c) => c.id)).toEqual([a.id, sub.id]);
    expect(moveNode(root, a.id, -1)).toBe(root);
    const added = addChild(root, sub.id, withFact(emptyCondition(), "hukou"));
    expect(draftFacts(added)).toEqual(["age", "education", "hukou"]);
    expect(draftFacts(removeNode(added, b.id))).toEqual(["age", "hukou"]);
    const renamed = updateNode(root, b.id, (n) => ({ ...n, label: "学历达标" }) as TDraftCondition);
    expect((renamed.children[1] as TDraftGroup).children[0]).toMatchObject({ label: "学历达标" });
  });

  it("reads rule text as the form sends it", () => {
    expect(parseRuleText("  ")).toEqual({ ok: true, rule: null });
    expect(parseRuleText("{")).toEqual({ ok: false, json: false });
    expect(parseRuleText('{"fact":"shoeSize","op":"gte","value":40}')).toMatchObject({ ok: false, json: true });
    expect(parseRuleText('{"fact":"age","op":"lte","value":35}')).toEqual({
      ok: true,
      rule: { fact: "age", op: "lte", value: 35 },
    });
  });
});
