import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Type-aware checks that catch real defects: forgotten awaits and promises where values belong.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The house rules of docs/architecture.md, enforced: lib/domain imports only lib/domain and does no I/O.
  ...[
    { files: ["lib/domain/*.ts"], outside: ["@/*", "../*"] },
    { files: ["lib/domain/*/**"], outside: ["@/*", "../../*"] },
  ].map(({ files, outside }) => ({
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: outside, message: "lib/domain is pure: import only from lib/domain." },
            { group: ["node:*", "next", "next/*", "react", "@prisma/*", "pg"], message: "lib/domain does no I/O." },
          ],
        },
      ],
    },
  })),
  {
    files: ["lib/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "@/components/*"], message: "lib/server must not import app/ or components/." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/generated/*"],
              message: "Pages and components reach the database only through lib/server.",
            },
          ],
        },
      ],
    },
  },
]);
