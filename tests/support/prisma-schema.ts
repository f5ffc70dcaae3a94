// Reads the part of the Prisma Schema Language this project uses, and compares it with what a PostgreSQL database
// really holds. Prisma's own differ lives in its schema engine, which cannot be downloaded here (migrations are
// hand-written, see scripts/migrate.ts), so tests/integration/schema.test.ts uses this to keep the two in step.
// The parser is strict on purpose: syntax it does not understand is an error, never silently skipped, so a new
// schema feature makes the test ask for support here instead of passing without checking it.
import type { ClientBase } from "pg";

// ---------------------------------------------------------------------------------------------------------------
// The parsed schema
// ---------------------------------------------------------------------------------------------------------------

const SCALAR_TYPES = ["String", "Int", "BigInt", "Boolean", "DateTime", "Json", "Decimal", "Float", "Bytes"] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

const REFERENTIAL_ACTIONS = ["Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"] as const;
export type ReferentialAction = (typeof REFERENTIAL_ACTIONS)[number];

export interface PrismaRelation {
  /** Field names in this model, in order. */
  fields: string[];
  /** Field names in the target model, in the same order. */
  references: string[];
  onDelete?: ReferentialAction;
  onUpdate?: ReferentialAction;
}

export interface PrismaField {
  name: string;
  /** The column name: `@map` or the field name. Meaningless for relation fields. */
  column: string;
  /** A scalar type, an enum name, a model name or `Unsupported`, without `?` or `[]`. */
  type: string;
  kind: "scalar" | "enum" | "relation" | "unsupported";
  /** `Unsupported("tsvector")` → `tsvector`: the column's type, spelled as PostgreSQL's format_type() spells it. */
  unsupported?: string;
  optional: boolean;
  list: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  /** The expression inside `@default(...)`, as written. */
  default?: string;
  /** `@db.VarChar(6)` → `{ name: "VarChar", args: ["6"] }`. */
  nativeType?: { name: string; args: string[] };
  /** Only on the side of a relation that holds `fields:`. */
  relation?: PrismaRelation;
}

/** Prisma's `@@index(..., type: X)` for PostgreSQL, and the access method (pg_am.amname) each one creates. */
const INDEX_METHODS = {
  BTree: "btree",
  Hash: "hash",
  Gist: "gist",
  Gin: "gin",
  SpGist: "spgist",
  Brin: "brin",
} as const;
export type IndexType = keyof typeof INDEX_METHODS;

export interface PrismaIndex {
  /** Field names, in order. */
  fields: string[];
  /** `@@index(..., type: Hash)`; BTree when absent. */
  type?: IndexType;
}

export interface PrismaModel {
  name: string;
  /** `@@map` or the model name. */
  table: string;
  fields: PrismaField[];
  /** Field names of `@id` or `@@id([...])`. */
  id: string[];
  /** Field names of each `@unique` and `@@unique([...])`. */
  uniques: string[][];
  indexes: PrismaIndex[];
}

export interface PrismaEnum {
  name: string;
  /** `@@map` or the enum name. */
  dbName: string;
  values: { name: string; dbName: string }[];
}

export interface PrismaSchema {
  models: PrismaModel[];
  enums: PrismaEnum[];
}

export class PrismaSchemaError extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Lexical helpers. PSL strings are double-quoted with backslash escapes, as in JSON; everything else that can
// hide a bracket or a `//` (comments, strings) is handled here once.
// ---------------------------------------------------------------------------------------------------------------

/** Removes `//` and `///` comments, keeping line breaks and anything inside strings. */
function stripComments(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === "\\" && i + 1 < text.length) out += text[++i];
      else if (ch === '"' || ch === "\n") inString = false;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === "/" && text[i + 1] === "/") {
      while (i + 1 < text.length && text[i + 1] !== "\n") i++;
    } else {
      out += ch;
    }
  }
  return out;
}

const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** Index of the bracket closing the one at `start`, skipping strings and nested brackets. */
function closingIndex(text: string, start: number): number {
  const stack: string[] = [];
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (CLOSERS[ch]) {
      stack.push(CLOSERS[ch]);
    } else if (ch === ")" || ch === "]" || ch === "}") {
      if (stack.pop() !== ch) throw new PrismaSchemaError(`Unbalanced "${ch}" in: ${text.slice(start, i + 1)}`);
      if (stack.length === 0) return i;
    }
  }
  throw new PrismaSchemaError(`Unclosed "${text[start]}" in: ${text.slice(start)}`);
}

/** Splits on commas that are not inside strings or brackets. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || CLOSERS[ch]) {
      i = ch === '"' ? closingQuote(text, i) : closingIndex(text, i);
    } else if (ch === ",") {
      parts.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  const last = text.slice(from).trim();
  if (last || parts.length) parts.push(last);
  if (parts.some((p) => p === "")) throw new PrismaSchemaError(`Empty item in: ${text}`);
  return parts;
}

function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  throw new PrismaSchemaError(`Unclosed string in: ${text}`);
}

interface Args {
  positional: string[];
  named: Map<string, string>;
}

interface Attribute {
  name: string;
  args: Args;
}

function parseArgs(text: string): Args {
  const args: Args = { positional: [], named: new Map() };
  for (const part of splitTopLevel(text)) {
    const named = /^(\w+)\s*:\s*([\s\S]+)$/.exec(part);
    if (named) args.named.set(named[1]!, named[2]!.trim());
    else args.positional.push(part);
  }
  return args;
}

/** Reads `@name(args) @other ...` (or `@@...`) from the rest of a line. */
function parseAttributes(text: string, prefix: "@" | "@@"): Attribute[] {
  const attributes: Attribute[] = [];
  const head = prefix === "@" ? /@(?!@)([A-Za-z_][\w.]*)/y : /@@([A-Za-z_][\w.]*)/y;
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    head.lastIndex = i;
    const match = head.exec(text);
    if (!match) throw new PrismaSchemaError(`Expected a ${prefix}attribute at "${text.slice(i)}"`);
    i += match[0].length;
    let args: Args = { positional: [], named: new Map() };
    if (text[i] === "(") {
      const close = closingIndex(text, i);
      args = parseArgs(text.slice(i + 1, close));
      i = close + 1;
    }
    attributes.push({ name: match[1]!, args });
  }
  return attributes;
}

/** The argument given by name, or else at that position. */
function arg(attribute: Attribute, name: string, position: number): string | undefined {
  return attribute.args.named.get(name) ?? attribute.args.positional[position];
}

function requireArg(attribute: Attribute, name: string, position: number): string {
  const value = arg(attribute, name, position);
  if (value === undefined) throw new PrismaSchemaError(`@${attribute.name} needs "${name}"`);
  return value;
}

/** Only these named arguments are understood; any other one is an error rather than silently ignored. */
function allowArgs(attribute: Attribute, names: string[], maxPositional: number) {
  const unknown = [...attribute.args.named.keys()].filter((n) => !names.includes(n));
  if (unknown.length || attribute.args.positional.length > maxPositional) {
    throw new PrismaSchemaError(`Unsupported arguments to @${attribute.name}: ${unknown.join(", ") || "positional"}`);
  }
}

function stringValue(value: string): string {
  if (!value.startsWith('"')) throw new PrismaSchemaError(`Expected a string, got ${value}`);
  return JSON.parse(value) as string;
}

/**
 * `[a, b(sort: Desc)]` → `["a", "b"]`; sort and length options do not change which columns are covered. Other
 * options (`ops:`, an operator class) would change the index, and are refused until something checks them.
 */
function fieldList(value: string): string[] {
  if (!value.startsWith("[") || closingIndex(value, 0) !== value.length - 1) {
    throw new PrismaSchemaError(`Expected a list of fields, got ${value}`);
  }
  return splitTopLevel(value.slice(1, -1)).map((item) => {
    const match = /^(\w+)\s*(?:\(([\s\S]*)\))?$/.exec(item);
    if (!match) throw new PrismaSchemaError(`Expected a field name, got ${item}`);
    if (match[2] !== undefined) {
      const options = parseArgs(match[2]);
      const unknown = [...options.named.keys()].filter((n) => n !== "sort" && n !== "length");
      if (unknown.length || options.positional.length) {
        throw new PrismaSchemaError(`Unsupported options on ${match[1]}: ${match[2]}`);
      }
    }
    return match[1]!;
  });
}

function referentialAction(value: string | undefined): ReferentialAction | undefined {
  if (value === undefined) return undefined;
  if (!(REFERENTIAL_ACTIONS as readonly string[]).includes(value)) {
    throw new PrismaSchemaError(`Unknown referential action ${value}`);
  }
  return value as ReferentialAction;
}

// ---------------------------------------------------------------------------------------------------------------
// The parser
// ---------------------------------------------------------------------------------------------------------------

export function parsePrismaSchema(text: string): PrismaSchema {
  const source = stripComments(text);
  const schema: PrismaSchema = { models: [], enums: [] };
  const blockHead = /\s*(\w+)\s+(\w+)\s*\{/y;
  let i = 0;
  while (/\S/.test(source.slice(i))) {
    blockHead.lastIndex = i;
    const head = blockHead.exec(source);
    if (!head) throw new PrismaSchemaError(`Expected a block at "${source.slice(i).trim().split("\n")[0]}"`);
    const open = i + head[0].length - 1;
    const close = closingIndex(source, open);
    const [, keyword, name = ""] = head;
    const lines = source
      .slice(open + 1, close)
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    i = close + 1;
    if (keyword === "model") schema.models.push(parseModel(name, lines));
    else if (keyword === "enum") schema.enums.push(parseEnum(name, lines));
    // Client generation and the connection say nothing about tables.
    else if (keyword !== "generator" && keyword !== "datasource") {
      throw new PrismaSchemaError(`Unsupported block "${keyword} ${name}"`);
    }
  }
  resolve(schema);
  return schema;
}

function parseEnum(name: string, lines: string[]): PrismaEnum {
  const result: PrismaEnum = { name, dbName: name, values: [] };
  for (const line of lines) {
    if (line.startsWith("@@")) {
      for (const attribute of parseAttributes(line, "@@")) {
        if (attribute.name !== "map") throw new PrismaSchemaError(`Unsupported @@${attribute.name} in enum ${name}`);
        allowArgs(attribute, ["name"], 1);
        result.dbName = stringValue(requireArg(attribute, "name", 0));
      }
      continue;
    }
    const match = /^(\w+)(.*)$/.exec(line);
    if (!match) throw new PrismaSchemaError(`Cannot read enum ${name} line: ${line}`);
    const value = { name: match[1]!, dbName: match[1]! };
    for (const attribute of parseAttributes(match[2]!, "@")) {
      if (attribute.name !== "map") throw new PrismaSchemaError(`Unsupported @${attribute.name} in enum ${name}`);
      allowArgs(attribute, ["name"], 1);
      value.dbName = stringValue(requireArg(attribute, "name", 0));
    }
    result.values.push(value);
  }
  return result;
}

function parseModel(name: string, lines: string[]): PrismaModel {
  const model: PrismaModel = { name, table: name, fields: [], id: [], uniques: [], indexes: [] };
  let blockId: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith("@@")) {
      for (const attribute of parseAttributes(line, "@@")) {
        switch (attribute.name) {
          case "id":
            allowArgs(attribute, ["fields", "name", "map"], 1);
            blockId = fieldList(requireArg(attribute, "fields", 0));
            break;
          case "unique":
            allowArgs(attribute, ["fields", "name", "map"], 1);
            model.uniques.push(fieldList(requireArg(attribute, "fields", 0)));
            break;
          case "index": {
            allowArgs(attribute, ["fields", "name", "map", "type"], 1);
            const type = attribute.args.named.get("type");
            if (type !== undefined && !Object.hasOwn(INDEX_METHODS, type)) {
              throw new PrismaSchemaError(`Unknown index type ${type} in model ${name}`);
            }
            model.indexes.push({
              fields: fieldList(requireArg(attribute, "fields", 0)),
              ...(type ? { type: type as IndexType } : {}),
            });
            break;
          }
          case "map":
            allowArgs(attribute, ["name"], 1);
            model.table = stringValue(requireArg(attribute, "name", 0));
            break;
          default:
            throw new PrismaSchemaError(`Unsupported @@${attribute.name} in model ${name}`);
        }
      }
      continue;
    }
    model.fields.push(parseField(name, line));
  }
  const fieldIds = model.fields.filter((f) => f.isId).map((f) => f.name);
  if (blockId && fieldIds.length) throw new PrismaSchemaError(`Model ${name} has both @id and @@id`);
  model.id = blockId ?? fieldIds;
  // @unique on a field is the one-column form of @@unique; keep them together, in field order first.
  model.uniques.unshift(...model.fields.filter((f) => f.isUnique).map((f) => [f.name]));
  return model;
}

function parseField(modelName: string, line: string): PrismaField {
  const match = /^(\w+)\s+(\w+|Unsupported\("(?:[^"\\\n]|\\.)*"\))(\[\])?(\?)?(?=\s|@|$)\s*(.*)$/.exec(line);
  if (!match) throw new PrismaSchemaError(`Cannot read field line in model ${modelName}: ${line}`);
  const [, name = "", typeText = "", list, optional, rest = ""] = match;
  // `Unsupported("…")` names a database type Prisma has no scalar for; the rest resolve() sorts out.
  const unsupported = typeText.startsWith("Unsupported(") ? stringValue(typeText.slice(12, -1)) : undefined;
  const type = unsupported === undefined ? typeText : "Unsupported";
  const field: PrismaField = {
    name,
    column: name,
    type,
    kind: unsupported === undefined ? "scalar" : "unsupported", // scalar, enum or relation: settled by resolve()
    optional: Boolean(optional),
    list: Boolean(list),
    isId: false,
    isUnique: false,
    isUpdatedAt: false,
    ...(unsupported === undefined ? {} : { unsupported }),
  };
  if (field.optional && field.list) throw new PrismaSchemaError(`${modelName}.${name}: a list cannot be optional`);
  for (const attribute of parseAttributes(rest, "@")) {
    switch (attribute.name) {
      case "id":
        allowArgs(attribute, ["map", "length", "sort", "clustered"], 0);
        field.isId = true;
        break;
      case "unique":
        allowArgs(attribute, ["map", "length", "sort", "clustered"], 0);
        field.isUnique = true;
        break;
      case "default":
        allowArgs(attribute, ["value", "map"], 1);
        field.default = requireArg(attribute, "value", 0);
        break;
      case "updatedAt":
        allowArgs(attribute, [], 0);
        field.isUpdatedAt = true;
        break;
      case "map":
        allowArgs(attribute, ["name"], 1);
        field.column = stringValue(requireArg(attribute, "name", 0));
        break;
      case "relation": {
        if (unsupported !== undefined)
          throw new PrismaSchemaError(`${modelName}.${name}: @relation on an Unsupported field`);
        allowArgs(attribute, ["name", "fields", "references", "onDelete", "onUpdate", "map"], 1);
        const fields = attribute.args.named.get("fields");
        const references = attribute.args.named.get("references");
        if (!fields !== !references)
          throw new PrismaSchemaError(`${modelName}.${name}: fields and references go together`);
        if (fields && references) {
          field.relation = {
            fields: fieldList(fields),
            references: fieldList(references),
            onDelete: referentialAction(attribute.args.named.get("onDelete")),
            onUpdate: referentialAction(attribute.args.named.get("onUpdate")),
          };
        }
        break;
      }
      default:
        if (!attribute.name.startsWith("db.")) {
          throw new PrismaSchemaError(`Unsupported @${attribute.name} on ${modelName}.${name}`);
        }
        allowArgs(attribute, [], 2);
        field.nativeType = { name: attribute.name.slice(3), args: attribute.args.positional };
    }
  }
  if (unsupported !== undefined) {
    // Prisma Client cannot read or write these fields, so only the database can give them a value.
    const where = `${modelName}.${name}`;
    if (!unsupported.trim()) throw new PrismaSchemaError(`${where}: Unsupported("") names no type`);
    if (field.list) throw new PrismaSchemaError(`${where}: lists of Unsupported types are not supported here`);
    if (field.nativeType) throw new PrismaSchemaError(`${where}: @db.* on an Unsupported field`);
    if (field.isUpdatedAt) throw new PrismaSchemaError(`${where}: @updatedAt on an Unsupported field`);
    if (field.default !== undefined && !/^dbgenerated\(/.test(field.default.trim())) {
      throw new PrismaSchemaError(`${where}: an Unsupported field can only have @default(dbgenerated(...))`);
    }
  }
  return field;
}

/** Sorts field types into scalar, enum and relation, and checks that every field a list or relation names exists. */
function resolve(schema: PrismaSchema) {
  const enums = new Map(schema.enums.map((e) => [e.name, e]));
  const models = new Map(schema.models.map((m) => [m.name, m]));
  for (const model of schema.models) {
    for (const field of model.fields) {
      if (field.kind === "unsupported") {
        // Its type is a database type, already read by parseField().
      } else if ((SCALAR_TYPES as readonly string[]).includes(field.type)) field.kind = "scalar";
      else if (enums.has(field.type)) field.kind = "enum";
      else if (models.has(field.type)) field.kind = "relation";
      else throw new PrismaSchemaError(`${model.name}.${field.name}: unknown type ${field.type}`);
      if (field.kind !== "relation" && field.relation) {
        throw new PrismaSchemaError(`${model.name}.${field.name}: @relation on a ${field.kind} field`);
      }
      if (field.kind === "enum" && field.default && /^\w+$/.test(field.default)) {
        const values = enums.get(field.type)!.values.map((v) => v.name);
        if (!values.includes(field.default)) {
          throw new PrismaSchemaError(`${model.name}.${field.name}: ${field.default} is not a ${field.type}`);
        }
      }
    }
    const columnField = (name: string, of: PrismaModel, where: string) => {
      const found = of.fields.find((f) => f.name === name);
      if (!found || found.kind === "relation") {
        throw new PrismaSchemaError(`${where}: ${of.name} has no scalar field ${name}`);
      }
    };
    const keys = [model.id, ...model.uniques, ...model.indexes.map((i) => i.fields)];
    for (const key of keys) for (const name of key) columnField(name, model, `Model ${model.name}`);
    for (const field of model.fields) {
      if (!field.relation) continue;
      const target = models.get(field.type)!;
      const where = `${model.name}.${field.name}`;
      if (field.relation.fields.length !== field.relation.references.length) {
        throw new PrismaSchemaError(`${where}: fields and references differ in length`);
      }
      for (const name of field.relation.fields) columnField(name, model, where);
      for (const name of field.relation.references) columnField(name, target, where);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// What the database holds, read from the PostgreSQL catalog
// ---------------------------------------------------------------------------------------------------------------

export interface DbColumn {
  table: string;
  column: string;
  /** `format_type()`, e.g. `character varying(6)`, or `enum Role` for enum columns. */
  type: string;
  nullable: boolean;
  /** `pg_get_expr()` of the default, e.g. `'zh-CN'::text`; null for a generated column, which has none. */
  default: string | null;
  /** `GENERATED ALWAYS AS (...)` (information_schema.columns.is_generated = 'ALWAYS', i.e. pg_attribute.attgenerated). */
  generated: boolean;
}

export interface DbIndex {
  table: string;
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
  /**
   * Partial, on expressions or with an operator class other than the default for the column's type: never what
   * Prisma creates for a plain @unique/@@index.
   */
  special: boolean;
  /** The access method, pg_am.amname: `btree`, `gin`, ... */
  method: string;
}

export interface DbForeignKey {
  table: string;
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface DatabaseSchema {
  relations: { name: string; kind: string }[];
  columns: DbColumn[];
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
  enums: { name: string; labels: string[] }[];
}

const ACTION_CODES: Record<string, ReferentialAction> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

const RELATION_KINDS: Record<string, string> = {
  r: "table",
  p: "partitioned table",
  v: "view",
  m: "materialized view",
  f: "foreign table",
};

/** Reads tables, columns, indexes, foreign keys and enums of one schema (namespace) from the catalog. */
export async function readDatabaseSchema(
  client: Pick<ClientBase, "query">,
  namespace = "public",
): Promise<DatabaseSchema> {
  const relations = await client.query<{ name: string; relkind: string }>(
    `SELECT c.relname AS name, c.relkind
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      ORDER BY c.relname`,
    [namespace],
  );
  const columns = await client.query<{
    table: string;
    column: string;
    formatted: string;
    typtype: string;
    typname: string;
    elem_typtype: string | null;
    elem_typname: string | null;
    not_null: boolean;
    default: string | null;
    generated: boolean;
  }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS formatted,
            t.typtype, t.typname, et.typtype AS elem_typtype, et.typname AS elem_typname,
            a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default,
            a.attgenerated <> '' AS generated
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
    [namespace],
  );
  const indexes = await client.query<DbIndex>(
    `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
            (ix.indpred IS NOT NULL OR ix.indexprs IS NOT NULL
              OR EXISTS (SELECT FROM unnest(ix.indclass::oid[]) AS k(opclass)
                           JOIN pg_opclass opc ON opc.oid = k.opclass
                          WHERE NOT opc.opcdefault)) AS special,
            am.amname AS method,
            ARRAY(SELECT a.attname::text
                    FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
                   WHERE k.ord <= ix.indnkeyatts
                   ORDER BY k.ord) AS columns
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_am am ON am.oid = i.relam
      WHERE n.nspname = $1
      ORDER BY t.relname, i.relname`,
    [namespace],
  );
  const foreignKeys = await client.query<
    Omit<DbForeignKey, "onDelete" | "onUpdate"> & { confdeltype: string; confupdtype: string }
  >(
    `SELECT cl.relname AS table, con.conname AS name, ref.relname AS "refTable",
            con.confdeltype, con.confupdtype,
            ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
            ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)
              AS "refColumns"
       FROM pg_constraint con
       JOIN pg_class cl ON cl.oid = con.conrelid
       JOIN pg_class ref ON ref.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE con.contype = 'f' AND n.nspname = $1
      ORDER BY cl.relname, con.conname`,
    [namespace],
  );
  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t
       JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1
      GROUP BY t.typname
      ORDER BY t.typname`,
    [namespace],
  );
  return {
    relations: relations.rows.map((r) => ({ name: r.name, kind: RELATION_KINDS[r.relkind] ?? r.relkind })),
    columns: columns.rows.map((c) => ({
      table: c.table,
      column: c.column,
      // Enum types are compared by name (information_schema's USER-DEFINED + udt_name), not by quoted spelling.
      type: c.typtype === "e" ? `enum ${c.typname}` : c.elem_typtype === "e" ? `enum ${c.elem_typname}[]` : c.formatted,
      nullable: !c.not_null,
      // pg_attrdef holds a generated column's expression too; that is no default.
      default: c.generated ? null : c.default,
      generated: c.generated,
    })),
    indexes: indexes.rows,
    foreignKeys: foreignKeys.rows.map(({ confdeltype, confupdtype, ...fk }) => ({
      ...fk,
      onDelete: ACTION_CODES[confdeltype]!,
      onUpdate: ACTION_CODES[confupdtype]!,
    })),
    enums: enums.rows,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The comparison: what `prisma migrate` would have created for the schema, against what is there
// ---------------------------------------------------------------------------------------------------------------

/** Prisma's PostgreSQL column type for each scalar without `@db.*`. */
const DEFAULT_COLUMN_TYPES: Record<ScalarType, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Decimal: "numeric(65,30)",
  Float: "double precision",
  Bytes: "bytea",
};

/** The `@db.*` native types understood here, per scalar; add to this when the schema starts using another. */
const NATIVE_COLUMN_TYPES: Partial<Record<ScalarType, Record<string, (args: string[]) => string>>> = {
  String: {
    Text: () => "text",
    VarChar: ([n]) => (n ? `character varying(${n})` : "character varying"),
    Char: ([n]) => `character(${n ?? 1})`,
    Uuid: () => "uuid",
  },
  Int: { Integer: () => "integer", SmallInt: () => "smallint" },
  BigInt: { BigInt: () => "bigint" },
  DateTime: {
    Date: () => "date",
    Timestamp: ([p]) => `timestamp(${p ?? 3}) without time zone`,
    Timestamptz: ([p]) => `timestamp(${p ?? 3}) with time zone`,
  },
  Json: { Json: () => "json", JsonB: () => "jsonb" },
  Decimal: { Decimal: ([p, s]) => (p ? `numeric(${p},${s ?? 0})` : "numeric(65,30)") },
  Float: { DoublePrecision: () => "double precision", Real: () => "real" },
};

function expectedColumnType(model: PrismaModel, field: PrismaField, enums: Map<string, PrismaEnum>): string {
  // A scalar list is an array of the element type (information_schema: ARRAY, udt_name `_text` for String[]).
  const suffix = field.list ? "[]" : "";
  // Written as `prisma db pull` writes it, which is format_type()'s spelling: `tsvector`, `vector(3)`.
  if (field.kind === "unsupported") return field.unsupported!;
  if (field.kind === "enum") {
    if (field.nativeType) throw new PrismaSchemaError(`${model.name}.${field.name}: @db.* on an enum field`);
    return `enum ${enums.get(field.type)!.dbName}${suffix}`;
  }
  const scalar = field.type as ScalarType;
  if (!field.nativeType) return DEFAULT_COLUMN_TYPES[scalar] + suffix;
  const native = NATIVE_COLUMN_TYPES[scalar]?.[field.nativeType.name];
  if (!native) {
    throw new PrismaSchemaError(
      `${model.name}.${field.name}: @db.${field.nativeType.name} on ${scalar} is not supported by tests/support/prisma-schema.ts`,
    );
  }
  return native(field.nativeType.args) + suffix;
}

type ColumnDefault =
  | { kind: "none" }
  | { kind: "any" } // some default, whose spelling in the catalog is not worth predicting
  | { kind: "now" }
  | { kind: "autoincrement" }
  | { kind: "value"; value: string };

/** The database default `prisma migrate` creates for a field. */
function expectedDefault(field: PrismaField, enums: Map<string, PrismaEnum>): ColumnDefault {
  const expression = field.default?.trim();
  if (expression === undefined) return { kind: "none" };
  if (/^now\(\s*\)$/.test(expression)) return { kind: "now" };
  if (/^autoincrement\(\s*\)$/.test(expression)) return { kind: "autoincrement" };
  // Generated by Prisma Client when it inserts; the column itself has no default.
  if (/^(cuid|uuid|nanoid|ulid)\([^)]*\)$/.test(expression)) return { kind: "none" };
  if (/^dbgenerated\(/.test(expression) || expression.startsWith("[")) return { kind: "any" };
  if (expression.startsWith('"'))
    return field.type === "DateTime" ? { kind: "any" } : { kind: "value", value: stringValue(expression) };
  if (/^-?\d+(\.\d+)?$/.test(expression) || expression === "true" || expression === "false") {
    return { kind: "value", value: expression };
  }
  if (field.kind === "enum" && /^\w+$/.test(expression)) {
    const value = enums.get(field.type)!.values.find((v) => v.name === expression)!;
    return { kind: "value", value: value.dbName };
  }
  throw new PrismaSchemaError(`${field.name}: unsupported @default(${expression})`);
}

function actualDefault(expression: string | null): ColumnDefault {
  if (expression === null) return { kind: "none" };
  if (/^nextval\(/.test(expression)) return { kind: "autoincrement" };
  if (expression === "CURRENT_TIMESTAMP" || expression === "now()") return { kind: "now" };
  // `'zh-CN'::text`, `'PENDING'::"EnterpriseStatus"`, `'-1'::integer`, `(-1)`: drop casts and parentheses, then quotes.
  let value = expression;
  for (let previous = ""; previous !== value;) {
    previous = value;
    value = value.replace(/::(?:"[^"]+"|[a-z_][a-z0-9_ ]*(?:\(\d+(?:,\s*\d+)?\))?)(?:\[\])?$/i, "");
    value = value.replace(/^\(([^()]*)\)$/, "$1").trim();
  }
  const quoted = /^'([\s\S]*)'$/.exec(value);
  return { kind: "value", value: quoted ? quoted[1]!.replace(/''/g, "'") : value };
}

/** JSON with object keys sorted, so that `{"b":1,"a":2}` and jsonb's reordering compare equal. */
function canonicalJson(text: string): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, sort(x)]),
          )
        : v;
  try {
    return JSON.stringify(sort(JSON.parse(text)));
  } catch {
    return text;
  }
}

function sameDefault(field: PrismaField, expected: ColumnDefault, actual: ColumnDefault): boolean {
  if (expected.kind === "any") return actual.kind !== "none";
  if (expected.kind !== "value" || actual.kind !== "value") return expected.kind === actual.kind;
  if (["Int", "BigInt", "Float", "Decimal"].includes(field.type))
    return Number(expected.value) === Number(actual.value);
  if (field.type === "Json") return canonicalJson(expected.value) === canonicalJson(actual.value);
  return expected.value === actual.value;
}

function describeDefault(value: ColumnDefault): string {
  switch (value.kind) {
    case "none":
      return "no default";
    case "any":
      return "a default";
    case "now":
      return "now()";
    case "autoincrement":
      return "autoincrement()";
    case "value":
      return JSON.stringify(value.value);
  }
}

const ACTION_SQL: Record<ReferentialAction, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

const list = (names: string[]) => `(${names.join(", ")})`;
const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: string[], b: string[]) => sameList([...a].sort(), [...b].sort());

/**
 * Every way the database differs from what the schema says it should be, as readable sentences; empty when they
 * agree. Names in messages are table and column names as the database spells them.
 */
export function compareSchema(schema: PrismaSchema, database: DatabaseSchema): string[] {
  const problems: string[] = [];
  const enums = new Map(schema.enums.map((e) => [e.name, e]));
  const modelsByName = new Map(schema.models.map((m) => [m.name, m]));
  const tables = new Set(database.relations.map((r) => r.name));
  const expectedTables = new Set(schema.models.map((m) => m.table));

  for (const relation of database.relations) {
    // _prisma_migrations is the migration history kept by scripts/migrate.ts, as by Prisma.
    if (!expectedTables.has(relation.name) && relation.name !== "_prisma_migrations") {
      problems.push(`extra ${relation.kind} "${relation.name}" in the database; no model maps to it`);
    }
  }

  for (const model of schema.models) {
    const t = `"${model.table}"`;
    if (!tables.has(model.table)) {
      problems.push(`missing table ${t} for model ${model.name}`);
      continue;
    }
    const columnOf = (fieldName: string, of: PrismaModel = model) =>
      of.fields.find((f) => f.name === fieldName)!.column;

    // Columns: exactly the scalar and enum fields (relation fields and relation lists are not columns).
    const actualColumns = new Map(database.columns.filter((c) => c.table === model.table).map((c) => [c.column, c]));
    const scalarFields = model.fields.filter((f) => f.kind !== "relation");
    for (const field of scalarFields) {
      const column = actualColumns.get(field.column);
      if (!column) {
        problems.push(`${t}: missing column "${field.column}" for field ${model.name}.${field.name}`);
        continue;
      }
      const c = `${t}."${field.column}"`;
      const type = expectedColumnType(model, field, enums);
      if (column.type !== type) problems.push(`${c}: type is ${column.type}, schema says ${type}`);
      // Prisma creates scalar lists as nullable columns although they cannot be `?` (prisma/migrate#519).
      const nullable = field.optional || field.list;
      if (column.nullable !== nullable) {
        problems.push(
          `${c}: column is ${column.nullable ? "nullable" : "NOT NULL"}, schema says ${nullable ? "optional" : "required"}`,
        );
      }
      if (column.generated) {
        // Prisma Client writes every field it knows; only an Unsupported field, which it leaves alone, can be a
        // column PostgreSQL computes. A generated column has no default to compare.
        if (field.kind !== "unsupported") {
          problems.push(`${c}: column is generated, schema says a writable ${field.type} field`);
        }
        continue;
      }
      const expected = expectedDefault(field, enums);
      const actual = actualDefault(column.default);
      if (!sameDefault(field, expected, actual)) {
        problems.push(`${c}: default is ${describeDefault(actual)}, schema says ${describeDefault(expected)}`);
      }
    }
    const fieldColumns = new Set(scalarFields.map((f) => f.column));
    for (const column of actualColumns.keys()) {
      if (!fieldColumns.has(column)) problems.push(`${t}: extra column "${column}" that no field maps to`);
    }

    // Primary key, unique indexes and plain indexes.
    const tableIndexes = database.indexes.filter((i) => i.table === model.table);
    const primary = tableIndexes.find((i) => i.primary);
    const id = model.id.map((f) => columnOf(f));
    if (!sameList(primary?.columns ?? [], id)) {
      problems.push(
        `${t}: primary key is ${primary ? list(primary.columns) : "missing"}, schema says ${id.length ? list(id) : "none"}`,
      );
    }
    const unused = new Set(tableIndexes.filter((i) => !i.primary));
    const claim = (matches: (i: DbIndex) => boolean) => {
      const found = [...unused].find(matches);
      if (found) unused.delete(found);
      return found;
    };
    for (const unique of model.uniques) {
      const columns = unique.map((f) => columnOf(f));
      // Uniqueness does not depend on column order, so any order satisfies @unique/@@unique.
      if (!claim((i) => i.unique && !i.special && sameSet(i.columns, columns))) {
        problems.push(`${t}: no unique index on ${list(columns)}`);
      }
    }
    for (const index of model.indexes) {
      const columns = index.fields.map((f) => columnOf(f));
      const method = INDEX_METHODS[index.type ?? "BTree"];
      // Order matters here: an index on (a, b) does not serve lookups by b.
      const plain = (i: DbIndex) => !i.unique && !i.special && sameList(i.columns, columns);
      if (claim((i) => plain(i) && i.method === method)) continue;
      // The right columns under another access method: a GIN index cannot answer what a B-tree does, nor back.
      const other = claim(plain);
      if (other)
        problems.push(`${t}: index "${other.name}" on ${list(columns)} is ${other.method}, schema says ${method}`);
      else problems.push(`${t}: no ${method === "btree" ? "" : `${method} `}index on ${list(columns)} in that order`);
    }
    for (const index of unused) {
      problems.push(
        `${t}: extra ${index.unique ? "unique " : ""}index "${index.name}" on ${list(index.columns)} not in the schema`,
      );
    }

    // Foreign keys, one per relation field that holds `fields:`.
    const unusedKeys = new Set(database.foreignKeys.filter((k) => k.table === model.table));
    for (const field of model.fields) {
      if (!field.relation) continue;
      const target = modelsByName.get(field.type)!;
      const columns = field.relation.fields.map((f) => columnOf(f));
      const refColumns = field.relation.references.map((f) => columnOf(f, target));
      const wanted = `${list(columns)} -> "${target.table}"${list(refColumns)}`;
      const key = [...unusedKeys].find((k) => sameList(k.columns, columns));
      if (!key) {
        problems.push(`${t}: no foreign key ${wanted} for ${model.name}.${field.name}`);
        continue;
      }
      unusedKeys.delete(key);
      const k = `${t}: foreign key "${key.name}"`;
      if (key.refTable !== target.table || !sameList(key.refColumns, refColumns)) {
        problems.push(`${k} references "${key.refTable}"${list(key.refColumns)}, schema says ${wanted}`);
      }
      // Prisma's defaults: an optional relation is cut loose when its target goes, a required one blocks that.
      const onDelete = field.relation.onDelete ?? (field.optional ? "SetNull" : "Restrict");
      const onUpdate = field.relation.onUpdate ?? "Cascade";
      if (key.onDelete !== onDelete) {
        problems.push(`${k} has ON DELETE ${ACTION_SQL[key.onDelete]}, schema says ${ACTION_SQL[onDelete]}`);
      }
      if (key.onUpdate !== onUpdate) {
        problems.push(`${k} has ON UPDATE ${ACTION_SQL[key.onUpdate]}, schema says ${ACTION_SQL[onUpdate]}`);
      }
    }
    for (const key of unusedKeys) {
      problems.push(
        `${t}: extra foreign key "${key.name}" ${list(key.columns)} -> "${key.refTable}"${list(key.refColumns)} not in the schema`,
      );
    }
  }

  // Enums: same labels in the same order (order decides how PostgreSQL sorts them).
  const actualEnums = new Map(database.enums.map((e) => [e.name, e.labels]));
  for (const e of schema.enums) {
    const labels = actualEnums.get(e.dbName);
    const expected = e.values.map((v) => v.dbName);
    if (!labels) problems.push(`missing enum type "${e.dbName}" for enum ${e.name}`);
    else if (!sameList(labels, expected)) {
      problems.push(`enum "${e.dbName}": labels are ${list(labels)}, schema says ${list(expected)}`);
    }
    actualEnums.delete(e.dbName);
  }
  for (const name of actualEnums.keys()) problems.push(`extra enum type "${name}" in the database; no enum maps to it`);

  return problems;
}
