import { describe, expect, it } from "vitest";
import { districtScope, isPlatformAdmin, isStaff, mayWorkInDistrict, type TActor } from "@/lib/domain/access";

const actor = (role: TActor["role"], districtCode: string | null): TActor => ({
  id: "u",
  role,
  districtCode,
  displayName: "x",
});

describe("district scoping", () => {
  it("lets a reviewer work only in their own district", () => {
    expect(mayWorkInDistrict(actor("REVIEWER", "310106"), "310106")).toBe(true);
    expect(mayWorkInDistrict(actor("REVIEWER", "310106"), "310105")).toBe(false);
    expect(districtScope(actor("REVIEWER", "310106"))).toBe("310106");
  });

  it("lets a platform admin work everywhere, and a district admin only at home", () => {
    expect(isPlatformAdmin(actor("ADMIN", null))).toBe(true);
    expect(mayWorkInDistrict(actor("ADMIN", null), "310114")).toBe(true);
    expect(districtScope(actor("ADMIN", null))).toBeUndefined();
    expect(mayWorkInDistrict(actor("ADMIN", "310112"), "310114")).toBe(false);
  });

  it("never lets citizens or HR act as staff, and scopes a staff member without a district to nothing", () => {
    expect(isStaff(actor("TALENT", null))).toBe(false);
    expect(mayWorkInDistrict(actor("TALENT", "310106"), "310106")).toBe(false);
    expect(mayWorkInDistrict(actor("ENTERPRISE_HR", "310106"), "310106")).toBe(false);
    expect(mayWorkInDistrict(actor("REVIEWER", null), "310106")).toBe(false);
    expect(districtScope(actor("REVIEWER", null))).toBe("none");
  });
});
