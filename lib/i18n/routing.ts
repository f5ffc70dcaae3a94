import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
  // Chinese unless the person chooses English: a government portal does not guess from the browser.
  localeDetection: false,
});

export type TLocale = (typeof routing.locales)[number];
