// The fast paths (compileVectorRule over factVector, compileExplainer) must agree with compileRule and explain on
// every rule and every set of facts; random rules over the whole catalogue, with facts often missing or off-scale.
import { describe, expect, it } from "vitest";
import {
  compileExplainer,
  compileRule,
  compileVectorRule,
  deriveFacts,
  explain,
  factVector,
  type TFacts,
  type TRule,
} from "../../lib/domain/eligibility";

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
const EDU = ["HIGH_SCHOOL", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE"] as const;
const TITLES = ["NONE", "JUNIOR", "INTERMEDIATE", "ASSOCIATE_SENIOR", "SENIOR"] as const;

const LEAVES: (() => TRule)[] = [
  () => ({
    fact: "age",
    op: pick(["gt", "gte", "lt", "lte", "eq", "ne"] as const),
    value: 20 + Math.floor(next() * 30),
  }),
  () => ({ fact: "age", op: "between", value: [25, 40] }),
  () => ({ fact: "education", op: pick(["gt", "gte", "lt", "lte", "eq", "ne"] as const), value: pick(EDU) }),
  () => ({ fact: "education", op: "between", value: ["BACHELOR", "MASTER"] }),
  () => ({ fact: "professionalTitle", op: pick(["in", "notIn"] as const), value: [pick(TITLES), pick(TITLES)] }),
  () => ({ fact: "hukou", op: pick(["eq", "ne"] as const), value: "LOCAL" }),
  () => ({ fact: "isReturnee", op: "eq", value: true }),
  () => ({ fact: "annualSalary", op: "gte", value: 300_000 }),
  () => ({ fact: "birthDate", op: pick(["gte", "lt"] as const), value: "1990-06-15" }),
  () => ({ fact: "employerIndustry", op: "exists" }),
  () => ({ fact: "employerDistrict", op: "in", value: ["310106", "310112"] }),
];

function rule(depth: number): TRule {
  if (depth <= 1 || next() < 0.3) return pick(LEAVES)();
  const children = Array.from({ length: 1 + Math.floor(next() * 3) }, () => rule(depth - 1));
  const roll = next();
  return roll < 0.4 ? { all: children } : roll < 0.8 ? { any: children } : { not: children[0]! };
}

const maybe = <T>(value: T): T | undefined => (next() < 0.3 ? undefined : value);
function facts(): TFacts {
  return {
    birthDate: maybe(`19${60 + Math.floor(next() * 40)}-0${1 + Math.floor(next() * 9)}-15`),
    education: maybe(next() < 0.05 ? ("PHD" as never) : pick(EDU)),
    professionalTitle: maybe(pick(TITLES)),
    hukou: maybe(pick(["LOCAL", "NON_LOCAL"] as const)),
    isReturnee: maybe(next() < 0.5),
    annualSalary: next() < 0.2 ? null : maybe(Math.floor(next() * 1_000_000)),
    employerDistrict: maybe(pick(["310106", "310105", "310112"] as const)),
    employerIndustry: maybe("金融"),
  };
}

describe("vector evaluation and compiled explainers", () => {
  it("agree with compileRule and explain on random rules and facts", () => {
    const asOf = new Date("2026-11-22T04:00:00Z");
    const vector: unknown[] = [];
    for (let n = 0; n < 300; n++) {
      const r = rule(4);
      const viaObject = compileRule(r);
      const viaVector = compileVectorRule(r);
      const explainer = compileExplainer(r);
      for (let k = 0; k < 20; k++) {
        const derived = deriveFacts(facts(), asOf);
        const expected = explain(r, derived, { asOf });
        expect(viaObject(derived)).toBe(expected.outcome);
        expect(viaVector(factVector(derived, vector))).toBe(expected.outcome);
        expect(explainer(derived)).toEqual(expected);
      }
    }
  });
});
