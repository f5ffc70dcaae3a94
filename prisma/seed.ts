// Demo data for `npm start` on an empty database: the four districts, one verified employer per district with an
// HR officer, one employer waiting for verification, talents with varied profiles, a reviewer per district and
// admins; the five source policy texts and a synonym list for search; one submitted application (李明, 静英) to
// review. Every account's password is DEMO_PASSWORD; the README lists them.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { db } from "@/lib/db";
import {
  createEnterprise,
  createTalent,
  createUser,
  ensureDistricts,
  idNumber,
  uscc,
} from "../tests/support/factories";
import { createSubmittedApplication } from "../tests/support/applications";
import { importPolicyFolder } from "@/lib/server/policy-import";
import { runMatching } from "@/lib/server/matching";
import { DEMO_RULES, EXAMPLE_NOTE } from "./data/demo-rules";
import { DEMO_MATERIALS, DEMO_PROGRAMS } from "./data/programs";
import { createApplicationOnNotice } from "../tests/support/notice-factories";
import { chinaCalendarDate } from "@/lib/domain/dates";
import {
  addWorkingDays,
  CHINA_2026,
  CHINA_2026_HOLIDAYS,
  CHINA_2026_MAKE_UP_WORKDAYS,
} from "@/lib/domain/working-days";
import { dateFromIso } from "@/lib/domain/dates";

const POLICY_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "data", "policies");

/** Words people use interchangeably in policy searches; admins keep the list. */
export const DEMO_SYNONYMS = [
  ["租房补贴", "租金补贴", "租赁补贴"],
  ["人才公寓", "人才安居房", "人才住房"],
  ["海归", "留学回国人员", "留学人员"],
  ["落户", "户籍", "入户"],
  ["外国人工作许可", "外国人来华工作许可"],
];

export const DEMO_PASSWORD = "Rencai@2026";

export async function isEmpty(): Promise<boolean> {
  return (await db.user.count()) === 0;
}

export async function seedDemo() {
  const password = DEMO_PASSWORD;
  await ensureDistricts();

  const jingan = await createEnterprise({
    uscc: uscc("91310106MA1K4A2B3"),
    name: "上海静安数智科技有限公司",
    districtCode: "310106",
    industry: "信息技术",
    address: "上海市静安区江场三路 100 号",
    hr: { identifier: "hr.jingan@example.com", password, displayName: "周敏（人事）" },
  });
  const changning = await createEnterprise({
    uscc: uscc("91310105MA1FL3C7X"),
    name: "上海虹桥航空科创有限公司",
    districtCode: "310105",
    industry: "航空服务",
    address: "上海市长宁区临空路 88 号",
    hr: { identifier: "hr.changning@example.com", password, displayName: "吴婷（人事）" },
  });
  const minhang = await createEnterprise({
    uscc: uscc("91310112MA1GB7D5Q"),
    name: "上海春申智能制造有限公司",
    districtCode: "310112",
    industry: "智能制造",
    address: "上海市闵行区紫星路 588 号",
    keyEnterprise: { kind: "春申重点企业", until: "2027-12-31" },
    hr: { identifier: "hr.minhang@example.com", password, displayName: "郑强（人事）" },
  });
  const jiading = await createEnterprise({
    uscc: uscc("91310114MA1HN8E6R"),
    name: "上海嘉定新能源汽车研究院有限公司",
    districtCode: "310114",
    industry: "新能源汽车",
    address: "上海市嘉定区安亭镇墨玉南路 1000 号",
    hr: { identifier: "hr.jiading@example.com", password, displayName: "孙丽（人事）" },
  });
  await createEnterprise({
    uscc: uscc("91310106MA1J2P9T4"),
    name: "上海静安生物医药研发有限公司",
    districtCode: "310106",
    industry: "生物医药",
    status: "PENDING",
    hr: { identifier: "hr.pending@example.com", password, displayName: "钱坤（人事）" },
  });

  const liMing = await createTalent({
    identifier: "13800138001",
    password,
    realName: "李明",
    idNumber: idNumber("310106", "19950312", "123"),
    education: "DOCTORATE",
    graduationYear: 2023,
    graduationSchool: "复旦大学",
    professionalTitle: "INTERMEDIATE",
    hukou: "NON_LOCAL",
    nationality: "中国",
    isReturnee: false,
    ownsHomeInShanghai: false,
    employerId: jingan.id,
    socialInsuranceMonths: 18,
    annualSalary: 420000,
    contractEndDate: "2028-06-30",
  });
  await createTalent({
    identifier: "wangfang@example.com",
    password,
    realName: "王芳",
    idNumber: idNumber("320102", "19980705", "246"),
    education: "MASTER",
    graduationYear: 2025,
    graduationSchool: "伦敦大学学院",
    professionalTitle: "NONE",
    hukou: "NON_LOCAL",
    nationality: "中国",
    isReturnee: true,
    returnDate: "2025-09-01",
    ownsHomeInShanghai: false,
    employerId: changning.id,
    socialInsuranceMonths: 2,
    annualSalary: 260000,
    contractEndDate: "2028-08-31",
  });
  await createTalent({
    identifier: "zhangwei@example.com",
    password,
    realName: "张伟",
    idNumber: idNumber("310112", "19860120", "357"),
    education: "BACHELOR",
    graduationYear: 2008,
    graduationSchool: "上海交通大学",
    professionalTitle: "SENIOR",
    hukou: "LOCAL",
    nationality: "中国",
    isReturnee: false,
    ownsHomeInShanghai: true,
    employerId: minhang.id,
    socialInsuranceMonths: 96,
    annualSalary: 680000,
  });
  await createTalent({
    identifier: "john.smith@example.com",
    password,
    realName: "John Smith",
    idType: "PASSPORT",
    idNumber: "E12345678",
    education: "DOCTORATE",
    graduationYear: 2015,
    graduationSchool: "Technical University of Munich",
    professionalTitle: "NONE",
    hukou: "FOREIGN",
    nationality: "Germany",
    isReturnee: false,
    ownsHomeInShanghai: false,
    employerId: jiading.id,
    socialInsuranceMonths: 30,
    annualSalary: 900000,
    contractEndDate: "2027-12-31",
  });
  await createTalent({
    identifier: "chenjing@example.com",
    password,
    realName: "陈静",
    idNumber: idNumber("310105", "20010918", "468"),
  });

  for (const d of [
    { code: "310106", key: "jingan", name: "静安区审核员" },
    { code: "310105", key: "changning", name: "长宁区审核员" },
    { code: "310112", key: "minhang", name: "闵行区审核员" },
    { code: "310114", key: "jiading", name: "嘉定区审核员" },
  ]) {
    await createUser({
      role: "REVIEWER",
      identifier: `reviewer.${d.key}@example.com`,
      password,
      displayName: d.name,
      districtCode: d.code,
    });
  }
  await createUser({
    role: "ADMIN",
    identifier: "admin.jingan@example.com",
    password,
    displayName: "静安区管理员",
    districtCode: "310106",
  });
  await createUser({
    role: "ADMIN",
    identifier: "admin@example.com",
    password,
    displayName: "平台管理员",
    districtCode: null,
  });

  await importPolicyFolder(POLICY_FOLDER);
  for (const [slug, r] of Object.entries(DEMO_RULES)) {
    await db.policy.update({
      where: { slug },
      data: {
        rule: r.rule,
        ruleNote: r.note ?? EXAMPLE_NOTE,
        ruleVersion: 1,
        applyFree: r.applyFree ?? false,
        employerConfirms: r.employerConfirms ?? false,
      },
    });
  }
  await db.searchSynonym.createMany({ data: DEMO_SYNONYMS.map((terms) => ({ terms })) });
  await seedCalendar();
  await seedPrograms();
  // Something to review: 李明's submitted application to 静英 领军人才, waiting for his employer (单位审核).
  await createSubmittedApplication(liMing, "jingan-jingying", "leading", {
    summary: "复旦大学博士，从事工业数据智能研发，主持企业级数据平台建设。",
    achievements: "发表论文 5 篇，授权发明专利 2 项。",
  });
  await seedNotices();
  // 政策找人 on the demo data, as the daily job would: demo talents open the portal to their matches and messages.
  await runMatching();
}

/** The 2026 official holiday schedule as the calendar's exceptions, for admins to extend with later years. */
export async function seedCalendar() {
  await db.calendarDay.createMany({
    data: [
      ...CHINA_2026_HOLIDAYS.map((d) => ({ date: dateFromIso(d)!, kind: "HOLIDAY" as const, name: "节假日放假" })),
      ...CHINA_2026_MAKE_UP_WORKDAYS.map((d) => ({
        date: dateFromIso(d)!,
        kind: "WORKDAY" as const,
        name: "调休上班",
      })),
    ],
  });
}

/** The three demo programs, published, each with one batch placed around today (so the demo always has open ones). */
export async function seedPrograms(now = new Date()) {
  const day = 24 * 60 * 60 * 1000;
  for (const p of DEMO_PROGRAMS) {
    const policy = await db.policy.findUnique({ where: { slug: p.policySlug }, select: { id: true } });
    await db.program.create({
      data: {
        slug: p.slug,
        name: p.name,
        nameEn: p.nameEn,
        districtCode: p.districtCode,
        description: p.description,
        policyId: policy?.id ?? null,
        clauseAnchors: [],
        rule: p.rule,
        ruleNote: p.ruleNote,
        employerConfirms: p.employerConfirms,
        expertReview: p.expertReview,
        materials: DEMO_MATERIALS,
        classes: p.classes,
        status: "PUBLISHED",
        tiers: {
          create: p.tiers.map((t, seq) => ({
            key: t.key,
            seq,
            name: t.name,
            nameEn: t.nameEn,
            summary: t.summary ?? null,
            rule: t.rule,
            benefits: t.benefits as object[],
          })),
        },
        batches: {
          create: {
            name: p.batch.name,
            opensAt: new Date(now.getTime() + p.batch.opensInDays * day),
            closesAt: new Date(now.getTime() + p.batch.closesInDays * day),
            quota: p.batch.quota,
          },
        },
      },
    });
  }
}

/**
 * Two applications already past review (公示): 王芳's is on notice today, open to objections; 张伟's notice is over,
 * ready for an admin to recognise. No inbox messages: the demo inboxes stay as matching leaves them.
 */
export async function seedNotices(now = new Date()) {
  const today = chinaCalendarDate(now);
  const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  const user = (email: string) =>
    db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, talentProfile: { select: { employerId: true } } },
    });
  const wang = await user("wangfang@example.com");
  await createApplicationOnNotice({
    userId: wang.id,
    programSlug: "changning-leading-talents",
    tierKey: "professional",
    employerId: wang.talentProfile?.employerId,
    startsOn: daysAgo(1),
    endsOn: addWorkingDays(today, 4, CHINA_2026),
  });
  const zhang = await user("zhangwei@example.com");
  // From an earlier, closed batch: the open one stays free for him to apply in (see tests/e2e/applications.spec.ts).
  const chunshen = await db.program.findUniqueOrThrow({
    where: { slug: "minhang-chunshen-pyramid" },
    select: { id: true },
  });
  const earlier = await db.batch.create({
    data: {
      programId: chunshen.id,
      name: "2026 年度第一批",
      opensAt: new Date(now.getTime() - 200 * 86_400_000),
      closesAt: new Date(now.getTime() - 140 * 86_400_000),
      quota: 100,
    },
    select: { id: true },
  });
  await createApplicationOnNotice({
    userId: zhang.id,
    programSlug: "minhang-chunshen-pyramid",
    tierKey: "B1",
    batchId: earlier.id,
    employerId: zhang.talentProfile?.employerId,
    startsOn: daysAgo(10),
    endsOn: daysAgo(1),
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  (async () => {
    if (!(await isEmpty())) {
      console.log("The database already has accounts; the demo seed runs only on an empty database.");
    } else {
      await seedDemo();
      console.log("Demo data loaded.");
    }
    await db.$disconnect();
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
