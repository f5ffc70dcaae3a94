import { describe, expect, it } from "vitest";
import { maskEmail, maskIdNumber, maskName, maskNameForNotice, maskPhone } from "../../lib/domain/mask";

describe("maskIdNumber", () => {
  it("keeps the first 4 and last 4 characters of an 18-character ID number", () => {
    expect(maskIdNumber("310101199001011234")).toBe("3101**********1234");
    expect(maskIdNumber("11010519491231002X")).toBe("1101**********002X");
  });

  it("trims before masking", () => {
    expect(maskIdNumber("  310101199001011234 ")).toBe("3101**********1234");
  });

  it("keeps the first 2 and last 2 characters of other documents", () => {
    expect(maskIdNumber("E12345678")).toBe("E1*****78");
    expect(maskIdNumber("G1234567")).toBe("G1****67");
    expect(maskIdNumber("110105491231002")).toBe("11***********02");
    expect(maskIdNumber("AB123")).toBe("AB*23");
  });

  it("never reveals a short value whole", () => {
    expect(maskIdNumber("AB12")).toBe("A**2");
    expect(maskIdNumber("ABC")).toBe("A**");
    expect(maskIdNumber("AB")).toBe("**");
    expect(maskIdNumber("A")).toBe("*");
  });

  it("returns an empty string for empty input", () => {
    expect(maskIdNumber("")).toBe("");
    expect(maskIdNumber("   ")).toBe("");
    expect(maskIdNumber(null)).toBe("");
    expect(maskIdNumber(undefined)).toBe("");
  });
});

describe("maskPhone", () => {
  it("masks the middle four digits of an 11-digit mainland mobile", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
    expect(maskPhone("19900001111")).toBe("199****1111");
    expect(maskPhone(" 13812341234 ")).toBe("138****1234");
  });

  it("keeps the first 3 and last 2 characters of other numbers", () => {
    expect(maskPhone("021-12345678")).toBe("021*******78");
    expect(maskPhone("+8613812341234")).toBe("+86*********34");
    expect(maskPhone("23812341234")).toBe("238******34");
    expect(maskPhone("02112345678")).toBe("021******78");
    expect(maskPhone("123456")).toBe("123*56");
  });

  it("never reveals a short value whole", () => {
    expect(maskPhone("12345")).toBe("1***5");
    expect(maskPhone("1234")).toBe("1**4");
    expect(maskPhone("110")).toBe("1**");
    expect(maskPhone("12")).toBe("**");
    expect(maskPhone("1")).toBe("*");
  });

  it("returns an empty string for empty input", () => {
    expect(maskPhone("")).toBe("");
    expect(maskPhone(null)).toBe("");
    expect(maskPhone(undefined)).toBe("");
  });
});

describe("maskName", () => {
  it("keeps the first character of a Chinese name", () => {
    expect(maskName("张三丰")).toBe("张**");
    expect(maskName("欧阳娜娜")).toBe("欧***");
    expect(maskName("阿依古丽·买买提")).toBe("阿*******");
  });

  it("masks the given name of a two-character name", () => {
    expect(maskName("张三")).toBe("张*");
  });

  it("masks a single-character name entirely", () => {
    expect(maskName("张")).toBe("*");
    expect(maskName("J")).toBe("*");
  });

  it("keeps the first letter of each word of a Latin name", () => {
    expect(maskName("John Smith")).toBe("J*** S****");
    expect(maskName("Madonna")).toBe("M******");
    expect(maskName("Mary-Jane Watson")).toBe("M******** W*****");
    expect(maskName("J Smith")).toBe("J S****");
  });

  it("normalises surrounding and repeated whitespace", () => {
    expect(maskName("  John   Smith ")).toBe("J*** S****");
    expect(maskName(" 张三 ")).toBe("张*");
  });

  it("never reveals a name made only of initials", () => {
    expect(maskName("A B")).toBe("* *");
  });

  it("treats characters outside the BMP as single characters", () => {
    expect(maskName("𠮷野家")).toBe("𠮷**");
    expect(maskName("王𠮷")).toBe("王*");
  });

  it("returns an empty string for empty input", () => {
    expect(maskName("")).toBe("");
    expect(maskName("   ")).toBe("");
    expect(maskName(null)).toBe("");
    expect(maskName(undefined)).toBe("");
  });
});

describe("maskEmail", () => {
  it("keeps the first character of the local part and the domain", () => {
    expect(maskEmail("alice@example.com")).toBe("a***@example.com");
    expect(maskEmail("ab@x.cn")).toBe("a***@x.cn");
    expect(maskEmail(" Alice.Wang@Example.com ")).toBe("A***@Example.com");
  });

  it("hides the length of the local part", () => {
    expect(maskEmail("bob@example.com")).toBe(maskEmail("bartholomew@example.com"));
  });

  it("masks a one-character local part entirely", () => {
    expect(maskEmail("a@example.com")).toBe("***@example.com");
  });

  it("splits at the last @", () => {
    expect(maskEmail('"a@b"@example.com')).toBe('"***@example.com');
  });

  it("still masks values that are not addresses", () => {
    expect(maskEmail("not-an-email")).toBe("n***");
    expect(maskEmail("alice@")).toBe("a***");
    expect(maskEmail("@example.com")).toBe("@***");
    expect(maskEmail("ab")).toBe("**");
    expect(maskEmail("a")).toBe("*");
  });

  it("returns an empty string for empty input", () => {
    expect(maskEmail("")).toBe("");
    expect(maskEmail(null)).toBe("");
    expect(maskEmail(undefined)).toBe("");
  });
});

describe("maskNameForNotice", () => {
  it("keeps the surname and stars each character of the given name", () => {
    expect(maskNameForNotice("张三")).toBe("张*");
    expect(maskNameForNotice("张三丰")).toBe("张**");
    expect(maskNameForNotice(" 李小龙 ")).toBe("李**");
  });

  it("keeps a common two-character surname whole", () => {
    expect(maskNameForNotice("欧阳娜娜")).toBe("欧阳**");
    expect(maskNameForNotice("司马光")).toBe("司马*");
    expect(maskNameForNotice("诸葛亮")).toBe("诸葛*");
    expect(maskNameForNotice("上官婉儿")).toBe("上官**");
  });

  it("never shows a whole name made only of a two-character surname", () => {
    expect(maskNameForNotice("欧阳")).toBe("欧*");
  });

  it("keeps one character where the first of two is itself a common surname", () => {
    expect(maskNameForNotice("钟离明")).toBe("钟**");
    expect(maskNameForNotice("夏侯杰")).toBe("夏**");
    expect(maskNameForNotice("欧明")).toBe("欧*");
  });

  it("masks Latin names word by word", () => {
    expect(maskNameForNotice("John Smith")).toBe("J*** S****");
    expect(maskNameForNotice("A B")).toBe("* *");
  });

  it("handles ethnic-minority names, single characters and rare characters", () => {
    expect(maskNameForNotice("阿依古丽·买买提")).toBe("阿*******");
    expect(maskNameForNotice("张")).toBe("*");
    expect(maskNameForNotice("𠮷野家")).toBe("𠮷**");
  });

  it("returns an empty string for empty input", () => {
    expect(maskNameForNotice("")).toBe("");
    expect(maskNameForNotice(null)).toBe("");
    expect(maskNameForNotice(undefined)).toBe("");
  });
});
