"use client";
// The admin's form-based eligibility-rule builder. It edits a draft tree (lib/domain/eligibility/rule-draft.ts) and
// writes the rule as JSON into a hidden field of the policy form, so the server validates exactly what it always
// did (ZPolicyInput → validateRule). The raw JSON editor below it is an extra, kept in step both ways.
import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import {
  addChild,
  draftFacts,
  draftId,
  draftProblems,
  draftToRule,
  emptyCondition,
  emptyGroup,
  FACT_KEYS,
  FACTS,
  moveNode,
  nodeOfError,
  opsFor,
  parseRuleText,
  removeNode,
  ruleToDraft,
  updateNode,
  validateRule,
  withFact,
  withOp,
  type TDraftCondition,
  type TDraftGroup,
  type TFactDef,
  type TFactKey,
  type TOp,
  type TRule,
  type TRuleError,
} from "@/lib/domain/eligibility";
import { controlClass, FactInput, factName, FieldLabel, FullName } from "./fact-input";
import { RuleTester } from "./rule-tester";
import { RuleMatchCount, type TRuleCountAction } from "./rule-match-count";

type TField = "fact" | "op" | "value" | "low" | "high" | "label" | "mode" | "negate";

type TEdit = (f: (root: TDraftGroup) => TDraftGroup) => void;

interface TContext {
  edit: TEdit;
  errors: Map<string, string[]>;
}

const smallButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-white px-3 text-sm font-medium text-brand-800 ring-1 ring-inset ring-slate-400 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-400 disabled:text-slate-400 disabled:ring-slate-200";

function RowErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-2 space-y-1 text-sm font-medium text-red-700">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** Up, down and remove for one row, named after it ("上移条件 2"). */
/** After React has re-rendered, focuses the first of these that is there and enabled, so keyboard users keep their place. */
function focusAfterRender(...selectors: string[]) {
  requestAnimationFrame(() => {
    for (const selector of selectors) {
      const el = document.querySelector<HTMLButtonElement>(selector);
      if (el && !el.disabled) return el.focus();
    }
  });
}

function RowActions({
  name,
  index,
  count,
  id,
  parentId,
  ctx,
}: {
  name: string;
  index: number;
  count: number;
  id: string;
  parentId: string;
  ctx: TContext;
}) {
  const t = useTranslations("ruleBuilder");
  const up = `[data-row="${id}"][data-act="up"]`;
  const down = `[data-row="${id}"][data-act="down"]`;
  return (
    <div className="flex flex-wrap gap-2">
      <button
        type="button"
        className={smallButton}
        disabled={index === 0}
        aria-label={t("action", { action: t("moveUp"), name })}
        data-row={id}
        data-act="up"
        onClick={() => {
          ctx.edit((r) => moveNode(r, id, -1));
          focusAfterRender(up, down);
        }}
      >
        <span aria-hidden="true">↑</span>
        <span className="ml-1 hidden sm:inline">{t("moveUp")}</span>
      </button>
      <button
        type="button"
        className={smallButton}
        disabled={index === count - 1}
        aria-label={t("action", { action: t("moveDown"), name })}
        data-row={id}
        data-act="down"
        onClick={() => {
          ctx.edit((r) => moveNode(r, id, 1));
          focusAfterRender(down, up);
        }}
      >
        <span aria-hidden="true">↓</span>
        <span className="ml-1 hidden sm:inline">{t("moveDown")}</span>
      </button>
      <button
        type="button"
        className={`${smallButton} text-red-800`}
        aria-label={t("action", { action: t("remove"), name })}
        onClick={() => {
          ctx.edit((r) => removeNode(r, id));
          focusAfterRender(`[data-add-for="${parentId}"]`);
        }}
      >
        {t("remove")}
      </button>
    </div>
  );
}

function ConditionEditor({
  c,
  number,
  index,
  count,
  parentId,
  ctx,
}: {
  c: TDraftCondition;
  number: string;
  index: number;
  count: number;
  parentId: string;
  ctx: TContext;
}) {
  const t = useTranslations("ruleBuilder");
  const locale = useLocale();
  const uid = useId();
  const name = t("conditionName", { n: number });
  const label = (field: TField) => t("field", { name, field: t(`fields.${field}`) });
  const errors = ctx.errors.get(c.id);
  const errorId = `${uid}-errors`;
  const describedBy = errors?.length ? errorId : undefined;
  const set = (f: (c: TDraftCondition) => TDraftCondition) =>
    ctx.edit((r) => updateNode(r, c.id, (n) => f(n as TDraftCondition)));
  const def: TFactDef | null = c.fact === "" ? null : FACTS[c.fact];
  const groups = (["self", "employer"] as const).map((subject) => ({
    subject,
    keys: FACT_KEYS.filter((k) => FACTS[k].subject === subject),
  }));

  return (
    <li className={`rounded-md border bg-white p-3 ${errors?.length ? "border-2 border-red-700" : "border-slate-300"}`}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium text-slate-900">{name}</p>
        <RowActions name={name} index={index} count={count} id={c.id} parentId={parentId} ctx={ctx} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="min-w-0">
          <FieldLabel htmlFor={`${uid}-fact`} full={label("fact")}>
            {t("fields.fact")}
          </FieldLabel>
          <select
            id={`${uid}-fact`}
            data-fact-for={c.id}
            className={controlClass}
            value={c.fact}
            aria-invalid={(!!errors?.length && c.fact === "") || undefined}
            aria-describedby={describedBy}
            onChange={(e) => set((x) => withFact(x, e.target.value as TFactKey | ""))}
          >
            <option value="">{t("chooseFact")}</option>
            {groups.map((g) => (
              <optgroup key={g.subject} label={t(`factGroups.${g.subject}`)}>
                {g.keys.map((k) => (
                  <option key={k} value={k}>
                    {factName(FACTS[k], locale)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        {def ? (
          <div className="min-w-0">
            <FieldLabel htmlFor={`${uid}-op`} full={label("op")}>
              {t("fields.op")}
            </FieldLabel>
            <select
              id={`${uid}-op`}
              className={controlClass}
              value={c.op}
              onChange={(e) => set((x) => withOp(x, e.target.value as TOp))}
            >
              {opsFor(def).map((op) => (
                <option key={op} value={op}>
                  {t(`ops.${op}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {def && c.op !== "" && c.op !== "exists" ? (
          <OperandInput
            c={c}
            def={def}
            uid={uid}
            label={label}
            describedBy={describedBy}
            invalid={!!errors?.length}
            set={set}
          />
        ) : null}
      </div>
      {def ? (
        <div className="mt-3 min-w-0">
          <FieldLabel htmlFor={`${uid}-label`} full={label("label")}>
            {t("fields.label")}
          </FieldLabel>
          <input
            id={`${uid}-label`}
            type="text"
            className={controlClass}
            value={c.label}
            maxLength={200}
            onChange={(e) => set((x) => ({ ...x, label: e.target.value }))}
          />
        </div>
      ) : null}
      <RowErrors id={errorId} errors={errors} />
    </li>
  );
}

function OperandInput({
  c,
  def,
  uid,
  label,
  describedBy,
  invalid,
  set,
}: {
  c: TDraftCondition;
  def: TFactDef;
  uid: string;
  label: (field: TField) => string;
  describedBy: string | undefined;
  invalid: boolean;
  set: (f: (c: TDraftCondition) => TDraftCondition) => void;
}) {
  const t = useTranslations("ruleBuilder");
  const locale = useLocale();
  if ((c.op === "in" || c.op === "notIn") && def.type === "enum") {
    return (
      <fieldset className="sm:col-span-3" aria-describedby={describedBy}>
        <legend className="mb-1 text-sm font-medium text-slate-800">
          <FullName full={label("value")}>{t("fields.value")}</FullName>
        </legend>
        <div className="flex flex-wrap gap-x-4">
          {def.values.map((v) => (
            <label key={v.value} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5 accent-brand-700"
                checked={c.list.includes(v.value)}
                onChange={(e) =>
                  set((x) => ({
                    ...x,
                    // Kept in the catalogue's order, so the rule reads the same however it was ticked.
                    list: def.values
                      .map((d) => d.value)
                      .filter((d) => (d === v.value ? e.target.checked : x.list.includes(d))),
                  }))
                }
              />
              {locale === "zh-CN" ? v.name : v.nameEn}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (c.op === "in" || c.op === "notIn") {
    // Other types list their values one per line.
    return (
      <div className="min-w-0 sm:col-span-3">
        <FieldLabel htmlFor={`${uid}-list`} full={label("value")}>
          {t("fields.value")}
        </FieldLabel>
        <textarea
          id={`${uid}-list`}
          rows={3}
          className={controlClass}
          value={c.list.join("\n")}
          aria-invalid={invalid || undefined}
          aria-describedby={[`${uid}-list-hint`, describedBy].filter(Boolean).join(" ")}
          onChange={(e) => set((x) => ({ ...x, list: e.target.value.split("\n") }))}
        />
        <p id={`${uid}-list-hint`} className="mt-1 text-sm text-slate-600">
          {t("listHint")}
        </p>
      </div>
    );
  }
  if (c.op === "between") {
    return (
      <div className="grid items-end gap-3 sm:col-span-3 sm:grid-cols-[minmax(0,1fr)_auto_minmax(0,1fr)]">
        <div className="min-w-0">
          <FieldLabel htmlFor={`${uid}-low`} full={label("low")}>
            {t("fields.low")}
          </FieldLabel>
          <FactInput
            id={`${uid}-low`}
            def={def}
            value={c.low}
            placeholder={t("choose")}
            invalid={invalid && c.low === ""}
            describedBy={describedBy}
            onChange={(low) => set((x) => ({ ...x, low }))}
          />
        </div>
        <span aria-hidden="true" className="hidden pb-3 sm:block">
          {t("to")}
        </span>
        <div className="min-w-0">
          <FieldLabel htmlFor={`${uid}-high`} full={label("high")}>
            {t("fields.high")}
          </FieldLabel>
          <FactInput
            id={`${uid}-high`}
            def={def}
            value={c.high}
            placeholder={t("choose")}
            invalid={invalid && c.high === ""}
            describedBy={describedBy}
            onChange={(high) => set((x) => ({ ...x, high }))}
          />
        </div>
      </div>
    );
  }
  return (
    <div className="min-w-0">
      <FieldLabel htmlFor={`${uid}-value`} full={label("value")}>
        {t("fields.value")}
      </FieldLabel>
      <FactInput
        id={`${uid}-value`}
        def={def}
        value={c.value}
        placeholder={t("choose")}
        invalid={invalid}
        describedBy={describedBy}
        onChange={(value) => set((x) => ({ ...x, value }))}
      />
    </div>
  );
}

function GroupEditor({
  g,
  number,
  index,
  count,
  parentId,
  ctx,
}: {
  g: TDraftGroup;
  /** "" for the root. */
  number: string;
  index: number;
  count: number;
  parentId: string;
  ctx: TContext;
}) {
  const t = useTranslations("ruleBuilder");
  const uid = useId();
  const isRoot = number === "";
  const name = isRoot ? t("ruleName") : t("groupName", { n: number });
  const label = (field: TField) =>
    isRoot ? t("rootField", { field: t(`fields.${field}`) }) : t("field", { name, field: t(`fields.${field}`) });
  const errors = ctx.errors.get(g.id);
  const set = (f: (g: TDraftGroup) => TDraftGroup) => ctx.edit((r) => updateNode(r, g.id, (n) => f(n as TDraftGroup)));
  const childNumber = (i: number) => (isRoot ? String(i + 1) : `${number}.${i + 1}`);

  const body = (
    <>
      <div className={`flex flex-wrap items-end gap-x-4 gap-y-2 ${isRoot && g.children.length === 0 ? "hidden" : ""}`}>
        <div className="min-w-0">
          <FieldLabel htmlFor={`${uid}-mode`} full={label("mode")}>
            {t("fields.mode")}
          </FieldLabel>
          <select
            id={`${uid}-mode`}
            className={`${controlClass} min-w-40`}
            value={g.mode}
            onChange={(e) => set((x) => ({ ...x, mode: e.target.value as "all" | "any" }))}
          >
            <option value="all">{t("modes.all")}</option>
            <option value="any">{t("modes.any")}</option>
          </select>
        </div>
        <label className="inline-flex min-h-11 items-center gap-2" htmlFor={`${uid}-negate`}>
          <input
            id={`${uid}-negate`}
            type="checkbox"
            className="h-5 w-5 accent-brand-700"
            checked={g.negate}
            aria-describedby={`${uid}-negate-hint`}
            onChange={(e) => set((x) => ({ ...x, negate: e.target.checked }))}
          />
          <span>
            <FullName full={label("negate")}>{t("fields.negate")}</FullName>
          </span>
        </label>
        <p id={`${uid}-negate-hint`} className="w-full text-sm text-slate-600 sm:w-auto sm:self-center">
          {t("negateHint")}
        </p>
      </div>
      {g.children.length ? (
        <ol className="mt-3 space-y-3">
          {g.children.map((child, i) =>
            child.kind === "group" ? (
              <GroupEditor
                key={child.id}
                g={child}
                number={childNumber(i)}
                index={i}
                count={g.children.length}
                parentId={g.id}
                ctx={ctx}
              />
            ) : (
              <ConditionEditor
                key={child.id}
                c={child}
                number={childNumber(i)}
                index={i}
                count={g.children.length}
                parentId={g.id}
                ctx={ctx}
              />
            ),
          )}
        </ol>
      ) : isRoot ? (
        <p className="mt-3 text-slate-700">{t("empty")}</p>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={smallButton}
          aria-label={isRoot ? undefined : t("addTo", { action: t("addCondition"), name })}
          data-add-for={g.id}
          onClick={() => {
            const added = emptyCondition();
            ctx.edit((r) => addChild(r, g.id, added));
            focusAfterRender(`[data-fact-for="${added.id}"]`);
          }}
        >
          <span aria-hidden="true">+&nbsp;</span>
          {t("addCondition")}
        </button>
        <button
          type="button"
          className={smallButton}
          aria-label={isRoot ? undefined : t("addTo", { action: t("addGroup"), name })}
          onClick={() => {
            const first = emptyCondition();
            ctx.edit((r) => addChild(r, g.id, { ...emptyGroup(g.mode === "all" ? "any" : "all"), children: [first] }));
            focusAfterRender(`[data-fact-for="${first.id}"]`);
          }}
        >
          <span aria-hidden="true">+&nbsp;</span>
          {t("addGroup")}
        </button>
      </div>
      <RowErrors id={`${uid}-errors`} errors={errors} />
    </>
  );

  if (isRoot) return body;
  return (
    <li
      className={`rounded-md border-l-4 bg-slate-50 py-3 pr-2 pl-2 sm:pl-3 ${errors?.length ? "border-red-700" : "border-brand-700"}`}
    >
      <div role="group" aria-labelledby={`${uid}-name`}>
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <p id={`${uid}-name`} className="font-medium text-slate-900">
            {name}
          </p>
          <RowActions name={name} index={index} count={count} id={g.id} parentId={parentId} ctx={ctx} />
        </div>
        {body}
      </div>
    </li>
  );
}

type TLoaded = { root: TDraftGroup; text: string; problem: null | { errors: TRuleError[] | null } };

function load(text: string): TLoaded {
  const parsed = parseRuleText(text);
  if (parsed.ok) {
    const root = ruleToDraft(parsed.rule);
    return { root, text: pretty(root), problem: null };
  }
  // Text the builder cannot show (a refused save of hand-written JSON) stays in the JSON editor, as typed.
  return { root: ruleToDraft(null), text, problem: { errors: parsed.json ? parsed.errors : null } };
}

function pretty(root: TDraftGroup): string {
  const { rule } = draftToRule(root);
  return rule === null ? "" : JSON.stringify(rule, null, 2);
}

export function RuleBuilder({
  name,
  initialJson,
  serverErrors,
  countAction,
}: {
  /** The policy form's field the rule JSON is sent in. */
  name: string;
  initialJson: string | undefined;
  serverErrors?: string[];
  countAction: TRuleCountAction;
}) {
  const t = useTranslations("ruleBuilder");
  const locale = useLocale();
  const uid = useId();
  const [initial] = useState(() => load(initialJson ?? ""));
  const [root, setRoot] = useState(initial.root);
  const [jsonText, setJsonText] = useState(initial.text);
  const [jsonProblem, setJsonProblem] = useState(initial.problem);

  const edit: TEdit = (f) => {
    const next = f(root);
    setRoot(next);
    setJsonText(pretty(next));
    setJsonProblem(null);
  };
  const onJson = (text: string) => {
    setJsonText(text);
    const parsed = parseRuleText(text);
    if (parsed.ok) {
      setRoot(ruleToDraft(parsed.rule, draftId));
      setJsonProblem(null);
    } else {
      setJsonProblem({ errors: parsed.json ? parsed.errors : null });
    }
  };

  const { rule, paths } = draftToRule(root);
  const problems = draftProblems(root);
  const checked = rule === null ? null : validateRule(rule);
  const errors = new Map<string, string[]>();
  for (const [id, key] of problems) errors.set(id, [t(`problems.${key}`)]);
  if (checked && !checked.ok) {
    for (const e of checked.errors) {
      const id = nodeOfError(paths, e.path) ?? root.id;
      if (problems.has(id)) continue;
      errors.set(id, [...(errors.get(id) ?? []), locale === "zh-CN" ? e.message : e.messageEn]);
    }
  }
  const valid: TRule | null = checked?.ok ? checked.rule : null;
  const serialised = rule === null ? "" : JSON.stringify(rule);
  // While the JSON editor holds text the builder cannot show, that text is what a save sends, so the server refuses
  // it with its message instead of silently saving the builder's older rule.
  const submitted = jsonProblem ? jsonText : serialised;
  const problemCount = [...errors.values()].reduce((n, list) => n + list.length, 0);

  return (
    <fieldset
      id={name}
      tabIndex={-1}
      className={`mb-6 min-w-0 rounded-lg border bg-white p-3 sm:p-4 ${serverErrors?.length ? "border-4 border-red-700" : "border-slate-300"}`}
      aria-describedby={`${uid}-intro`}
    >
      <legend className="px-1 text-lg font-bold">{t("legend")}</legend>
      <p id={`${uid}-intro`} className="mb-3 text-sm text-slate-700">
        {t("intro")}
      </p>
      {serverErrors?.length ? (
        <p className="mb-3 font-medium text-red-700" role="alert">
          {serverErrors.join(" ")}
        </p>
      ) : null}
      <input type="hidden" name={name} value={submitted} />
      <GroupEditor g={root} number="" index={0} count={1} parentId="" ctx={{ edit, errors }} />
      {problemCount > 0 ? (
        <p className="mt-3 text-sm font-medium text-red-700">{t("problemCount", { count: problemCount })}</p>
      ) : null}

      <details className="mt-4 rounded-md border border-slate-300 p-3" open={initial.problem !== null || undefined}>
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-800">{t("json.summary")}</summary>
        <label htmlFor={`${uid}-json`} className="mt-2 mb-1 block font-medium">
          {t("json.label")}
        </label>
        <p id={`${uid}-json-hint`} className="mb-1 text-sm text-slate-600">
          {t("json.hint")}
        </p>
        {jsonProblem ? (
          <div id={`${uid}-json-error`} className="mb-1 text-sm font-medium text-red-700">
            <p>{jsonProblem.errors ? t("json.notRule") : t("json.notJson")}</p>
            {jsonProblem.errors ? (
              <ul className="list-disc pl-5">
                {jsonProblem.errors.map((e, i) => (
                  <li key={i}>
                    {e.path ? <code className="mr-1">{e.path}</code> : null}
                    {locale === "zh-CN" ? e.message : e.messageEn}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <textarea
          id={`${uid}-json`}
          rows={8}
          spellCheck={false}
          className={`${controlClass} font-mono text-sm`}
          value={jsonText}
          aria-invalid={jsonProblem ? true : undefined}
          aria-describedby={`${uid}-json-hint${jsonProblem ? ` ${uid}-json-error` : ""}`}
          onChange={(e) => onJson(e.target.value)}
        />
      </details>

      <RuleTester rule={valid} facts={draftFacts(root)} />
      <RuleMatchCount ruleJson={valid ? serialised : null} action={countAction} />
    </fieldset>
  );
}
