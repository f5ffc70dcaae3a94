// Synthetic policy catalogue for `npm run bench:search`: realistic Chinese policy texts built from the phrases the
// real source texts use, split and tokenised exactly as the portal does (clauseRecords), and
// loaded straight through `pg` with multi-row INSERTs. Seeded, so every run loads the same data.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { DISTRICTS } from "@/lib/domain/districts";
import { clauseRecords } from "@/lib/search/clause-records";
import { POLICY_CATEGORIES, guessTargetGroups, type TPolicyCategory } from "@/lib/domain/policy";
import { indexTokens } from "@/lib/search/segment";
import { DEMO_SYNONYMS } from "../prisma/seed";

// ---- Random ------------------------------------------------------------------------------------------------------

/** mulberry32: small, fast, seeded. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof rng>;

// ---- Vocabulary --------------------------------------------------------------------------------------------------

const CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

const QUALIFIERS = ["符合条件的", "经认定的", "新引进的", "在本区工作的", "经评审认定的", "全职引进的", ""];
const TALENT = [
  "高层次人才",
  "青年人才",
  "领军人才",
  "骨干人才",
  "创新创业人才",
  "海外高层次人才",
  "产业人才",
  "优秀人才",
  "重点产业人才",
  "紧缺急需人才",
  "技能人才",
  "青年科技人才",
];
// Subjects without the word 人才, so 人才 is common but not universal.
const OTHER_SUBJECTS = ["博士后", "应届毕业生", "留学回国人员", "科研团队", "企业家", "专业技术人员", "高校毕业生"];
const EMPLOYERS = ["用人单位", "重点企业", "科技型企业", "高新技术企业", "总部企业", "研发机构", "初创企业"];
const DEPTS = ["区人才办", "区人社局", "区科委", "区住房保障局", "区教育局", "区卫健委", "区商务委", "区财政局"];
const FIELDS = ["重点产业", "现代服务业", "先进制造业", "数字经济", "金融服务", "文化创意", "科技创新"];
// Rare on purpose: each appears in well under 1% of clauses.
const RARE_FIELDS = ["集成电路", "人工智能", "生物医药", "航空航天", "新能源汽车", "区块链"];
const RARE_PHRASES = [
  "对两院院士等顶尖人才实行“一人一策”。",
  "外籍高层次人才可申请办理外国人工作许可和居留许可。",
  "开通出入境便利服务，缩短签证办理时限。",
  "在人才驿站提供政策咨询和人才码服务。",
  "对获评首席技师的技能人才给予专项津贴。",
  "设立天使投资引导基金，支持初创项目孵化。",
  "开通就医绿色通道，提供预约挂号和健康体检服务。",
];

/** Sentences per theme. `{}` slots are filled from the lists above; 补贴 lives mostly in HOUSING and REWARDS. */
const THEMES: Record<TPolicyCategory, ((r: Rng) => string)[]> = {
  HOUSING: [
    (r) => `${r.pick(QUALIFIERS)}${talent(r)}在本区工作且无自有住房的，可申请入住人才公寓。`,
    (r) =>
      `对${r.pick(QUALIFIERS)}${talent(r)}，按每月最高${r.int(2, 8) * 500}元标准给予租房补贴，期限不超过${r.int(2, 5)}年。`,
    (r) => `${r.pick(QUALIFIERS)}${talent(r)}在本区首次购房的，给予最高${r.int(10, 80)}万元购房补贴。`,
    (r) => `统筹筹措人才公寓和人才安居房房源，实行轮候配租，租金按市场价的${r.int(5, 8)}折执行。`,
    (r) => `${r.pick(EMPLOYERS)}为人才租赁住房的，可按规定申请租金补贴。`,
    () => `优化人才住房供应结构，保障各类人才住有所居。`,
  ],
  ATTRACTION: [
    (r) => `${r.pick(QUALIFIERS)}${talent(r)}可按规定办理本市户籍，符合条件的可直接落户。`,
    (r) => `对新引进的${talent(r)}，给予最高${r.int(5, 50)}万元安家补贴。`,
    (r) =>
      `支持${r.pick(EMPLOYERS)}引进${r.pick(FIELDS)}领域的${talent(r)}，引进后连续工作满${r.int(2, 3)}年的给予奖励。`,
    (r) => `留学回国人员和海外高层次人才来本区工作的，由${r.pick(DEPTS)}优先办理落户。`,
    () => `应届毕业生在本区就业的，可按规定申请落户，并享受见习补贴。`,
  ],
  REWARDS: [
    (r) => `对${r.pick(QUALIFIERS)}${talent(r)}，给予最高${r.int(5, 200)}万元资助。`,
    (r) => `经认定的${talent(r)}，按其对本区经济贡献给予一次性奖励，最高不超过${r.int(10, 100)}万元。`,
    (r) => `对入选国家和本市人才计划的${talent(r)}，按${r.int(1, 2)}:1给予配套资助。`,
    (r) => `对${r.pick(EMPLOYERS)}新招用的${talent(r)}，给予每人每月${r.int(1, 5) * 500}元生活补贴。`,
    (r) => `对成绩突出的${r.pick(EMPLOYERS)}，按引进人才数量给予最高${r.int(10, 100)}万元奖励。`,
  ],
  ENTREPRENEURSHIP: [
    (r) => `支持${talent(r)}创新创业，对在本区注册的初创企业给予最高${r.int(10, 100)}万元创业资助。`,
    (r) => `对${r.pick(QUALIFIERS)}创新创业项目，给予场地租金补贴和贷款贴息。`,
    () => `建设创新创业孵化载体，为创业团队提供办公场地、投融资对接等服务。`,
    (r) => `鼓励${r.pick(EMPLOYERS)}与高校共建创新创业平台，按实际投入的${r.int(10, 30)}%给予支持。`,
    () => `举办创新创业大赛，获奖项目优先落地本区。`,
  ],
  EDUCATION: [
    (r) => `${r.pick(QUALIFIERS)}${talent(r)}的子女入学，由区教育局统筹协调安排。`,
    () => `保障高层次人才子女入园、入学需求，优先安排优质学校就读。`,
    (r) => `${talent(r)}子女在本区就学的，按规定享受同等待遇。`,
  ],
  MEDICAL: [
    (r) => `为${r.pick(QUALIFIERS)}${talent(r)}提供医疗保障服务，开通就医便利通道。`,
    () => `高层次人才可享受健康体检和医疗保健服务。`,
    (r) => `将${talent(r)}纳入区医疗保障服务对象，每年组织一次健康体检。`,
  ],
  IMMIGRATION: [
    () => `为外籍人才办理居留许可、签证等出入境手续提供便利。`,
    (r) => `对${r.pick(EMPLOYERS)}聘用的外籍${talent(r)}，可办理长期居留。`,
    () => `开设外国人来华工作许可服务窗口，实行容缺受理。`,
  ],
  SERVICE: [
    (r) => `由${r.pick(DEPTS)}会同有关部门为${talent(r)}提供一站式服务。`,
    () => `推行人才服务事项“一网通办”，实现线上申请、一次办结。`,
    (r) => `建立${talent(r)}服务专员制度，做好政策咨询、项目申报等服务。`,
    () => `优化人才发展环境，营造尊重人才、爱护人才的良好氛围。`,
  ],
  DEVELOPMENT: [
    (r) => `支持${r.pick(EMPLOYERS)}设立博士后科研工作站，对新设站单位给予最高${r.int(20, 50)}万元资助。`,
    (r) => `对进站博士后给予每人每年${r.int(5, 15)}万元生活补贴。`,
    (r) => `实施${talent(r)}培养计划，每年选拔一批优秀人才开展培训。`,
    (r) => `鼓励${r.pick(EMPLOYERS)}开展职业技能培训，对技能人才培训给予补贴。`,
    () => `支持专业技术人员参加继续教育，完善人才梯队建设。`,
  ],
};

// General sentences that fit every theme; most mention 人才.
const GENERAL: ((r: Rng) => string)[] = [
  (r) => `由用人单位推荐，经${r.pick(DEPTS)}审核认定后，按规定享受相关待遇。`,
  (r) => `申请人应为在本区注册的${r.pick(EMPLOYERS)}全职工作的${subject(r)}。`,
  (r) => `${r.pick(DEPTS)}负责政策的组织实施和日常管理，会同有关部门做好人才服务保障。`,
  () => `同一人才符合本办法多项政策的，按就高原则执行，不重复享受。`,
  (r) => `加强${r.pick(FIELDS)}人才队伍建设，完善人才评价和激励机制。`,
  () => `申请材料弄虚作假的，取消其享受资格，并追回已拨付资金。`,
  (r) => `坚持党管人才原则，聚焦${r.pick(FIELDS)}发展需求，实行更加积极、开放、有效的人才政策。`,
  () => `各单位应当按照规定做好资金使用和绩效管理工作。`,
  () => `相关补贴资金由区财政统筹安排，按年度拨付。`,
  (r) => `补贴标准根据${r.pick(FIELDS)}发展情况适时调整，由${r.pick(DEPTS)}另行公布。`,
];

const TOPIC_TITLES: Record<TPolicyCategory, string[]> = {
  HOUSING: ["人才安居工程", "人才公寓建设管理", "人才租房补贴"],
  ATTRACTION: ["人才引进", "海外高层次人才引进", "优秀人才落户"],
  REWARDS: ["人才激励", "人才奖励资助", "重点人才专项资助"],
  ENTREPRENEURSHIP: ["创新创业人才", "人才创新创业扶持", "大学生创业"],
  EDUCATION: ["人才子女就学服务", "高层次人才子女入学保障"],
  MEDICAL: ["人才医疗保障服务", "高层次人才健康服务"],
  IMMIGRATION: ["外籍人才服务", "国际人才出入境便利"],
  SERVICE: ["人才服务体系建设", "人才服务专员"],
  DEVELOPMENT: ["青年人才培养", "博士后工作", "技能人才培养"],
};
const DOC_TYPES = ["若干措施", "实施办法", "实施细则", "管理办法", "实施意见", "三年行动计划"];
const SECTION_TITLES = ["总体要求", "支持对象", "支持措施", "申报程序", "服务保障", "组织实施", "资金管理", "附则"];
const ITEM_TITLES = [
  "强化人才引进",
  "加大资助力度",
  "完善住房保障",
  "优化人才服务",
  "支持创新创业",
  "加强人才培养",
  "做好子女入学保障",
  "提升医疗服务水平",
];

function talent(r: Rng): string {
  return r.pick(TALENT);
}
function subject(r: Rng): string {
  return r.chance(0.6) ? talent(r) : r.pick(OTHER_SUBJECTS);
}

// ---- Generation --------------------------------------------------------------------------------------------------

export interface TBenchPolicy {
  id: string;
  title: string;
  titleTokens: string;
  districtCode: string;
  issuers: string[];
  docNumber: string;
  issuedOn: string;
  effectiveOn: string;
  expiresOn: string | null;
  categories: string[];
  targetGroups: string[];
  body: string;
  status: "PUBLISHED" | "EXPIRED" | "DRAFT";
}

export interface TBenchClause {
  id: string;
  policyId: string;
  seq: number;
  anchor: string;
  label: string;
  title: string | null;
  headings: string[];
  text: string;
  leadDepartments: string[];
  departmentKind: string | null;
  tokens: string;
}

function sentence(r: Rng, themes: TPolicyCategory[]): string {
  const roll = r.next();
  if (roll < 0.0004) return `支持量子计算领域的${talent(r)}开展前沿研究。`;
  if (roll < 0.012) return r.pick(RARE_PHRASES);
  if (roll < 0.02) return `对${r.pick(RARE_FIELDS)}领域的${talent(r)}给予重点支持。`;
  if (roll < 0.6) return r.pick(THEMES[r.pick(themes)])(r);
  if (roll < 0.75) return r.pick(THEMES[r.pick(POLICY_CATEGORIES)])(r);
  return r.pick(GENERAL)(r);
}

function paragraph(r: Rng, themes: TPolicyCategory[]): string {
  const n = r.int(1, 3);
  const sentences = new Set<string>();
  for (let i = 0; i < n; i++) sentences.add(sentence(r, themes));
  let text = [...sentences].join("");
  if (r.chance(0.15)) text += `（牵头部门：${r.pick(DEPTS)}）`;
  return text;
}

function pad(n: number) {
  return String(n).padStart(2, "0");
}

/** One policy body in the shape of the real texts: a notice, 一、 sections, (一) or 1. items. */
function policyBody(r: Rng, title: string, docType: string, district: string, themes: TPolicyCategory[]): string {
  const lines: string[] = [title, ""];
  lines.push(`为深入贯彻落实人才强国战略，加快建设${district}高水平人才集聚区，结合本区实际，制定本${docType}。`);
  const sections = r.int(2, 3);
  const sectionTitles = [...SECTION_TITLES].sort(() => r.next() - 0.5).slice(0, sections);
  for (let s = 0; s < sections; s++) {
    lines.push(`${CN_NUM[s]}、${sectionTitles[s]}`);
    const items = r.int(2, 3) + (r.chance(0.2) ? 1 : 0);
    const paren = r.chance(0.6);
    for (let i = 0; i < items; i++) {
      const label = paren ? `（${CN_NUM[i]}）` : `${i + 1}.`;
      const itemTitle = r.chance(0.4) ? `${r.pick(ITEM_TITLES)}。` : "";
      lines.push(`${label}${itemTitle}${paragraph(r, themes)}`);
    }
  }
  return lines.join("\n") + "\n";
}

export function generatePolicies(count: number, seed = 20261122) {
  const r = rng(seed);
  const policies: TBenchPolicy[] = [];
  const clauses: TBenchClause[] = [];
  for (let n = 0; n < count; n++) {
    const d = DISTRICTS[n % DISTRICTS.length]!;
    const main = r.pick(POLICY_CATEGORIES);
    const themes: TPolicyCategory[] = r.chance(0.5) ? [main, r.pick(POLICY_CATEGORIES)] : [main];
    const categories = [...new Set(themes)];
    const year = r.int(2016, 2025);
    const docType = r.pick(DOC_TYPES);
    const title = `${d.name}${r.pick(TOPIC_TITLES[main])}${docType}（${year}年修订第${n + 1}号）`;
    const body = policyBody(r, title, docType, d.name, themes);
    const roll = r.next();
    const status = roll < 0.85 ? "PUBLISHED" : roll < 0.95 ? "EXPIRED" : "DRAFT";
    const issuedOn = `${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
    const id = `bench${randomUUID().replaceAll("-", "").slice(0, 20)}`;
    policies.push({
      id,
      title,
      titleTokens: indexTokens(title),
      districtCode: d.code,
      issuers: [`${d.name}${r.pick(DEPTS).slice(1)}`],
      docNumber: `${d.name.slice(0, 2)}人社规〔${year}〕${r.int(1, 30)}号`,
      issuedOn,
      effectiveOn: issuedOn,
      expiresOn: status === "EXPIRED" ? `${year + r.int(1, 3)}-12-31` : null,
      categories,
      targetGroups: guessTargetGroups(body),
      body,
      status,
    });
    for (const c of clauseRecords(body)) clauses.push({ ...c, id: `${id}c${c.seq}`, policyId: id });
  }
  return { policies, clauses };
}

// ---- Loading -----------------------------------------------------------------------------------------------------

async function insertRows(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: string[],
  rows: unknown[][],
  batch: number,
) {
  const cols = columns.map((c) => `"${c}"`).join(", ");
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const slots = row.map((v) => {
        values.push(v);
        return `$${values.length}`;
      });
      return `(${slots.join(", ")})`;
    });
    await client.query(`INSERT INTO "${table}" (${cols}) VALUES ${tuples.join(", ")}`, values);
  }
}

export async function insertReferenceData(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await insertRows(
      client,
      "District",
      ["code", "name", "nameEn"],
      DISTRICTS.map((d) => [d.code, d.name, d.nameEn]),
      100,
    );
    await insertRows(
      client,
      "SearchSynonym",
      ["id", "terms", "updatedAt"],
      DEMO_SYNONYMS.map((terms) => [randomUUID(), terms, new Date()]),
      100,
    );
  } finally {
    await client.end();
  }
}

/** Inserts in a few transactions (one per ~20k clauses), then VACUUM ANALYZE as autovacuum would in production. */
export async function insertPolicies(
  url: string,
  data: { policies: TBenchPolicy[]; clauses: TBenchClause[] },
  progress: (line: string) => void,
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const now = new Date();
    const policyRows = data.policies.map((p) => [
      p.id,
      p.title,
      p.districtCode,
      p.issuers,
      p.docNumber,
      p.issuedOn,
      p.effectiveOn,
      p.expiresOn,
      p.categories,
      p.targetGroups,
      p.body,
      p.status,
      p.status === "DRAFT" ? null : now,
      p.titleTokens,
      now,
    ]);
    await client.query("BEGIN");
    await insertRows(
      client,
      "Policy",
      [
        "id",
        "title",
        "districtCode",
        "issuers",
        "docNumber",
        "issuedOn",
        "effectiveOn",
        "expiresOn",
        "categories",
        "targetGroups",
        "body",
        "status",
        "publishedAt",
        "titleTokens",
        "updatedAt",
      ],
      policyRows,
      1000,
    );
    await client.query("COMMIT");
    progress(`inserted ${policyRows.length} policies`);

    const clauseColumns = [
      "id",
      "policyId",
      "seq",
      "anchor",
      "label",
      "title",
      "headings",
      "text",
      "leadDepartments",
      "departmentKind",
      "tokens",
    ];
    const perTransaction = 20_000;
    for (let start = 0; start < data.clauses.length; start += perTransaction) {
      const rows = data.clauses
        .slice(start, start + perTransaction)
        .map((c) => [
          c.id,
          c.policyId,
          c.seq,
          c.anchor,
          c.label,
          c.title,
          c.headings,
          c.text,
          c.leadDepartments,
          c.departmentKind,
          c.tokens,
        ]);
      await client.query("BEGIN");
      await insertRows(client, "PolicyClause", clauseColumns, rows, 1000);
      await client.query("COMMIT");
      progress(`inserted ${Math.min(start + perTransaction, data.clauses.length)} / ${data.clauses.length} clauses`);
    }
    await client.query('VACUUM ANALYZE "Policy"');
    await client.query('VACUUM ANALYZE "PolicyClause"');
    progress("VACUUM ANALYZE done");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Share of clauses whose tokens contain a word, for the words the benchmark queries (printed to stderr). */
export async function documentFrequencies(url: string, words: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const total = Number((await client.query('SELECT count(*) AS n FROM "PolicyClause"')).rows[0].n);
    const out: { word: string; clauses: number; share: number }[] = [];
    for (const word of words) {
      const { rows } = await client.query(
        `SELECT count(*) AS n FROM "PolicyClause" WHERE search @@ to_tsquery('simple', $1)`,
        [`'${word}'`],
      );
      const n = Number(rows[0].n);
      out.push({ word, clauses: n, share: Math.round((n / total) * 1000) / 10 });
    }
    return out;
  } finally {
    await client.end();
  }
}
