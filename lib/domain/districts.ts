// GB/T 2260 codes of the districts the portal serves first.
export const DISTRICTS = [
  { code: "310106", name: "静安区", nameEn: "Jing'an District" },
  { code: "310105", name: "长宁区", nameEn: "Changning District" },
  { code: "310112", name: "闵行区", nameEn: "Minhang District" },
  { code: "310114", name: "嘉定区", nameEn: "Jiading District" },
] as const;

export type TDistrictCode = (typeof DISTRICTS)[number]["code"];
export const DISTRICT_CODES = DISTRICTS.map((d) => d.code) as [TDistrictCode, ...TDistrictCode[]];

export function districtName(code: string | null | undefined, locale: string): string | undefined {
  const d = DISTRICTS.find((x) => x.code === code);
  return d && (locale === "zh-CN" ? d.name : d.nameEn);
}
