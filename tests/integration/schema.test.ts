// Holds the migrated database to prisma/schema.prisma. Migrations are hand-written SQL (Prisma's schema engine
// cannot be had here), so nothing else notices when a model changes without a migration, or the other way round.
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import {
  compareSchema,
  parsePrismaSchema,
  PrismaSchemaError,
  readDatabaseSchema,
  type DatabaseSchema,
} from "../support/prisma-schema";

const SCHEMA = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");

let database: DatabaseSchema;

beforeAll(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    database = await readDatabaseSchema(client);
  } finally {
    await client.end();
  }
});

const problemsWith = (schemaText: string) => compareSchema(parsePrismaSchema(schemaText), database);

/** The schema with `from` replaced once; throws if `from` is not there, so a drift case cannot pass vacuously. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The schema without one block, from the `///` comment above `head` (if any) to its closing brace. */
function withoutBlock(text: string, head: string): string {
  const at = text.indexOf(head);
  const end = text.indexOf("\n}\n", at);
  if (at < 0 || end < 0) throw new Error(`expected a block ${JSON.stringify(head)}`);
  let start = at;
  for (let line = text.lastIndexOf("\n", start - 2) + 1; text.startsWith("///", line);) {
    start = line;
    line = text.lastIndexOf("\n", start - 2) + 1;
  }
  return edit(text, text.slice(start, end + 3), "");
}

describe("the migrated database", () => {
  it("matches prisma/schema.prisma", () => {
    // One assertion over the whole list, so a failure shows every difference at once.
    expect(problemsWith(SCHEMA), "database differs from prisma/schema.prisma; add a migration").toEqual([]);
  });
});

describe("the schema check reports drift", () => {
  // Each case edits a copy of the real schema and names exactly what the check must then report.
  const cases: { name: string; schema: () => string; problems: string[] }[] = [
    {
      name: "a column of another type",
      schema: () => edit(SCHEMA, "  nameEn      String\n", "  nameEn      Int\n"),
      problems: [`"District"."nameEn": type is text, schema says integer`],
    },
    {
      name: "an enum column of another enum",
      schema: () => edit(SCHEMA, "  kind        ConsentKind\n", "  kind        Role\n"),
      problems: [`"Consent"."kind": type is enum ConsentKind, schema says enum Role`],
    },
    {
      name: "a different @db.VarChar length",
      schema: () => edit(SCHEMA, "@id @db.VarChar(6)", "@id @db.VarChar(8)"),
      problems: [`"District"."code": type is character varying(6), schema says character varying(8)`],
    },
    {
      name: "a missing @db.Date",
      schema: () => edit(SCHEMA, "birthDate             DateTime?          @db.Date", "birthDate DateTime?"),
      problems: [`"TalentProfile"."birthDate": type is date, schema says timestamp(3) without time zone`],
    },
    {
      name: "a field without a column",
      schema: () => edit(SCHEMA, "  nameEn      String\n", "  nameEn      String\n  phone       String?\n"),
      problems: [`"District": missing column "phone" for field District.phone`],
    },
    {
      name: "a column without a field",
      schema: () => edit(SCHEMA, "  ip           String?\n", ""),
      problems: [`"AuditEvent": extra column "ip" that no field maps to`],
    },
    {
      name: "a field @map-ped to another column",
      schema: () => edit(SCHEMA, "  ip           String?\n", '  ip           String? @map("ip_address")\n'),
      problems: [
        `"AuditEvent": missing column "ip_address" for field AuditEvent.ip`,
        `"AuditEvent": extra column "ip" that no field maps to`,
      ],
    },
    {
      name: "a required field over a nullable column",
      schema: () => edit(SCHEMA, "  realName              String?\n", "  realName              String\n"),
      problems: [`"TalentProfile"."realName": column is nullable, schema says required`],
    },
    {
      name: "a different default",
      schema: () => edit(edit(SCHEMA, '@default("zh-CN")', '@default("en")'), "@default(MEMBER)", "@default(OWNER)"),
      problems: [
        `"User"."locale": default is "zh-CN", schema says "en"`,
        `"EnterpriseMember"."role": default is "MEMBER", schema says "OWNER"`,
      ],
    },
    {
      name: "a dropped default",
      schema: () => edit(SCHEMA, "sessionVersion   Int       @default(0)", "sessionVersion Int"),
      problems: [`"User"."sessionVersion": default is "0", schema says no default`],
    },
    {
      name: "a different primary key order",
      schema: () => edit(SCHEMA, "@@id([enterpriseId, userId])", "@@id([userId, enterpriseId])"),
      problems: [`"EnterpriseMember": primary key is (enterpriseId, userId), schema says (userId, enterpriseId)`],
    },
    {
      name: "a @unique without an index",
      schema: () => edit(SCHEMA, "  passwordHash     String\n", "  passwordHash     String @unique\n"),
      problems: [`"User": no unique index on (passwordHash)`],
    },
    {
      name: "a unique index without @unique",
      schema: () => edit(SCHEMA, "  email            String?   @unique\n", "  email            String?\n"),
      problems: [`"User": extra unique index "User_email_key" on (email) not in the schema`],
    },
    {
      name: "an @@index in another column order",
      schema: () =>
        edit(
          SCHEMA,
          "  applications    Application[]\n\n  @@index([districtCode, status])\n}\n\nmodel EnterpriseMember",
          "  applications    Application[]\n\n  @@index([status, districtCode])\n}\n\nmodel EnterpriseMember",
        ),
      problems: [
        `"Enterprise": no index on (status, districtCode) in that order`,
        `"Enterprise": extra index "Enterprise_districtCode_status_idx" on (districtCode, status) not in the schema`,
      ],
    },
    {
      name: "another onDelete",
      schema: () =>
        edit(
          SCHEMA,
          "user        User        @relation(fields: [userId], references: [id], onDelete: Cascade)",
          "user        User        @relation(fields: [userId], references: [id], onDelete: Restrict)",
        ),
      problems: [`"Consent": foreign key "Consent_userId_fkey" has ON DELETE CASCADE, schema says RESTRICT`],
    },
    {
      name: "onDelete on a relation that relies on the RESTRICT default",
      schema: () =>
        edit(
          SCHEMA,
          "district        District           @relation(fields: [districtCode], references: [code])",
          "district        District           @relation(fields: [districtCode], references: [code], onDelete: Cascade)",
        ),
      problems: [
        `"Enterprise": foreign key "Enterprise_districtCode_fkey" has ON DELETE RESTRICT, schema says CASCADE`,
      ],
    },
    {
      name: "a foreign key to another column",
      schema: () =>
        edit(
          SCHEMA,
          "user                  User               @relation(fields: [userId], references: [id], onDelete: Cascade)",
          "user                  User               @relation(fields: [userId], references: [email], onDelete: Cascade)",
        ),
      problems: [
        `"TalentProfile": foreign key "TalentProfile_userId_fkey" references "User"(id), schema says (userId) -> "User"(email)`,
      ],
    },
    {
      name: "a relation without a foreign key",
      schema: () =>
        edit(
          edit(
            SCHEMA,
            "  verifiedById    String?\n",
            "  verifiedById    String?\n  verifiedBy      User?              @relation(fields: [verifiedById], references: [id])\n",
          ),
          "  auditEvents   AuditEvent[]\n",
          "  auditEvents   AuditEvent[]\n  verified      Enterprise[]\n",
        ),
      problems: [`"Enterprise": no foreign key (verifiedById) -> "User"(id) for Enterprise.verifiedBy`],
    },
    {
      name: "an enum with another label",
      schema: () => edit(SCHEMA, "  REVIEWER\n  ADMIN\n}", "  REVIEWER\n  ADMIN\n  AUDITOR\n}"),
      problems: [
        `enum "Role": labels are (TALENT, ENTERPRISE_HR, REVIEWER, ADMIN), schema says (TALENT, ENTERPRISE_HR, REVIEWER, ADMIN, AUDITOR)`,
      ],
    },
    {
      name: "an enum with labels in another order",
      schema: () => edit(SCHEMA, "  OWNER\n  MEMBER\n", "  MEMBER\n  OWNER\n"),
      problems: [`enum "MemberRole": labels are (OWNER, MEMBER), schema says (MEMBER, OWNER)`],
    },
    {
      name: "an enum without a type",
      schema: () => `${SCHEMA}\nenum Colour {\n  RED\n}\n`,
      problems: [`missing enum type "Colour" for enum Colour`],
    },
    {
      name: "a model without a table",
      schema: () => `${SCHEMA}\nmodel Note {\n  id String @id\n}\n`,
      problems: [`missing table "Note" for model Note`],
    },
    {
      name: "a table without a model",
      schema: () => withoutBlock(edit(SCHEMA, "  auditEvents   AuditEvent[]\n", ""), "model AuditEvent {"),
      problems: [`extra table "AuditEvent" in the database; no model maps to it`],
    },
    {
      name: "a list field over a column that is not an array",
      schema: () => edit(SCHEMA, "  notes           String?\n", "  notes           String[]\n"),
      problems: [`"Policy"."notes": type is text, schema says text[]`],
    },
    {
      name: "an array column under a field that is not a list",
      schema: () => edit(SCHEMA, "  terms     String[]\n", "  terms     String?\n"),
      problems: [`"SearchSynonym"."terms": type is text[], schema says text`],
    },
    {
      name: "a list of another element type",
      schema: () => edit(SCHEMA, "  headings        String[]\n", "  headings        Int[]\n"),
      problems: [`"PolicyClause"."headings": type is text[], schema says integer[]`],
    },
    {
      name: "a GIN index that the schema leaves a B-tree",
      schema: () => edit(SCHEMA, "@@index([search], type: Gin)", "@@index([search])"),
      problems: [`"PolicyClause": index "PolicyClause_search_idx" on (search) is gin, schema says btree`],
    },
    {
      name: "a B-tree index that the schema says is GIN",
      schema: () => edit(SCHEMA, "  @@index([userId])\n", "  @@index([userId], type: Gin)\n"),
      problems: [`"EnterpriseMember": index "EnterpriseMember_userId_idx" on (userId) is btree, schema says gin`],
    },
    {
      name: "an Unsupported field without a column",
      schema: () =>
        edit(
          SCHEMA,
          '  search          Unsupported("tsvector")?\n',
          '  search          Unsupported("tsvector")?\n  titleSearch     Unsupported("tsvector")?\n',
        ),
      problems: [`"PolicyClause": missing column "titleSearch" for field PolicyClause.titleSearch`],
    },
    {
      name: "an Unsupported field of another type",
      schema: () => edit(SCHEMA, 'search          Unsupported("tsvector")?', 'search          Unsupported("tsquery")?'),
      problems: [`"PolicyClause"."search": type is tsvector, schema says tsquery`],
    },
    {
      name: "a required Unsupported field over a nullable generated column",
      schema: () => edit(SCHEMA, 'titleSearch     Unsupported("tsvector")?', 'titleSearch     Unsupported("tsvector")'),
      problems: [`"Policy"."titleSearch": column is nullable, schema says required`],
    },
    {
      name: "a generated column under a field that is not Unsupported",
      schema: () => edit(SCHEMA, 'titleSearch     Unsupported("tsvector")?', "titleSearch     String?"),
      problems: [
        `"Policy"."titleSearch": type is tsvector, schema says text`,
        `"Policy"."titleSearch": column is generated, schema says a writable String field`,
      ],
    },
  ];

  it.each(cases)("$name", ({ schema, problems }) => {
    expect(problemsWith(schema())).toEqual(problems);
  });

  it("accepts Prisma's defaults and @map/@@map renames that leave the database as it is", () => {
    const renamed = [
      // An optional relation without onDelete is SET NULL, as the migration has it.
      (s: string) =>
        edit(
          s,
          "references: [id], onDelete: SetNull)\n  socialInsuranceMonths",
          "references: [id])\n  socialInsuranceMonths",
        ),
      (s: string) => edit(s, "  nameEn      String\n", '  englishName String @map("nameEn")\n'),
      (s: string) => edit(s, "enum Role {\n", 'enum UserRole {\n  @@map("Role")\n'),
      (s: string) => edit(s, "  role             Role\n", "  role             UserRole\n"),
      (s: string) => edit(s, "  TALENT\n", '  Talent @map("TALENT")\n'),
      (s: string) => edit(s, "model District {\n", 'model Area {\n  @@map("District")\n'),
      (s: string) => edit(s, "district         District? @relation", "district         Area? @relation"),
      (s: string) =>
        edit(s, "district        District           @relation", "district        Area               @relation"),
      (s: string) => edit(s, "district        District?       @relation", "district        Area?           @relation"),
      (s: string) =>
        edit(s, "district         District?     @relation", "district         Area?         @relation"),
      // A generated column and a scalar list under other field names; `type: BTree` is what no type means.
      (s: string) =>
        edit(s, '  search          Unsupported("tsvector")?\n', '  words Unsupported("tsvector")? @map("search")\n'),
      (s: string) => edit(s, "@@index([search], type: Gin)", "@@index([words], type: Gin)"),
      (s: string) => edit(s, "  terms     String[]\n", '  words     String[] @map("terms")\n'),
      (s: string) => edit(s, "  @@index([userId])\n", "  @@index([userId], type: BTree)\n"),
    ].reduce((text, change) => change(text), SCHEMA);
    expect(problemsWith(renamed)).toEqual([]);
  });
});

describe("parsePrismaSchema", () => {
  it("reads fields, keys, relations and maps, ignoring comments but not strings that look like them", () => {
    const schema = parsePrismaSchema(`
      // a comment with a { brace
      /// a doc comment
      enum Kind {
        A
        B @map("b") // trailing
        @@map("kinds")
      }
      model Parent {
        id    Int     @id @default(autoincrement())
        url   String  @default("http://example.com/{x}") @db.VarChar(200)
        kids  Child[]
      }
      model Child {
        parentId Int
        slot     Int
        parent   Parent  @relation("p", fields: [parentId], references: [id], onDelete: Cascade)
        kind     Kind?   @map("child_kind")
        tags     String[]
        words    Unsupported("vector(3)")? @map("v") @default(dbgenerated("'[1,2,3]'"))
        @@id([parentId, slot])
        @@unique([slot, kind(sort: Desc)], map: "slot_kind")
        @@index([kind], type: Hash)
        @@index([words(sort: Asc)], type: Gin)
        @@map("children")
      }
    `);
    expect(schema.enums).toEqual([
      {
        name: "Kind",
        dbName: "kinds",
        values: [
          { name: "A", dbName: "A" },
          { name: "B", dbName: "b" },
        ],
      },
    ]);
    const [parent, child] = schema.models;
    expect(parent!.fields.map((f) => [f.name, f.kind, f.default, f.nativeType?.args])).toEqual([
      ["id", "scalar", "autoincrement()", undefined],
      ["url", "scalar", '"http://example.com/{x}"', ["200"]],
      ["kids", "relation", undefined, undefined],
    ]);
    expect(child).toMatchObject({
      table: "children",
      id: ["parentId", "slot"],
      uniques: [["slot", "kind"]],
      indexes: [
        { fields: ["kind"], type: "Hash" },
        { fields: ["words"], type: "Gin" },
      ],
    });
    expect(child!.fields.find((f) => f.name === "parent")!.relation).toEqual({
      fields: ["parentId"],
      references: ["id"],
      onDelete: "Cascade",
      onUpdate: undefined,
    });
    expect(child!.fields.find((f) => f.name === "kind")).toMatchObject({
      column: "child_kind",
      kind: "enum",
      optional: true,
    });
    expect(child!.fields.find((f) => f.name === "tags")).toMatchObject({ list: true, kind: "scalar" });
    expect(child!.fields.find((f) => f.name === "words")).toMatchObject({
      column: "v",
      type: "Unsupported",
      kind: "unsupported",
      unsupported: "vector(3)",
      optional: true,
      list: false,
    });
  });

  it.each([
    ["an unknown attribute", "model M {\n  id String @id @ignore\n}"],
    ["an unknown type", "model M {\n  id Strin @id\n}"],
    ["an unsupported block", "view V {\n  id String @id\n}"],
    ["an index on a missing field", "model M {\n  id String @id\n  @@index([nope])\n}"],
    ["an unbalanced bracket", "model M {\n  id String @id @default(cuid()\n}"],
    ["an optional list", "model M {\n  id String @id\n  tags String[]?\n}"],
    ["an unknown index type", "model M {\n  id String @id\n  @@index([id], type: Gim)\n}"],
    ["an operator class", 'model M {\n  id String @id\n  @@index([id(ops: raw("gin_trgm_ops"))], type: Gin)\n}'],
    ["an Unsupported type that is not a string", "model M {\n  id String @id\n  v Unsupported(tsvector)?\n}"],
    ["a list of an Unsupported type", 'model M {\n  id String @id\n  v Unsupported("tsvector")[]\n}'],
    ["@db.* on an Unsupported field", 'model M {\n  id String @id\n  v Unsupported("bit") @db.Bit(1)\n}'],
    ["a default Prisma Client would set", 'model M {\n  id String @id\n  v Unsupported("tsvector")? @default("")\n}'],
  ])("refuses %s instead of skipping it", (_name, text) => {
    expect(() => parsePrismaSchema(text)).toThrow(PrismaSchemaError);
  });
});
