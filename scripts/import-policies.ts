// npm run import:policies -- <folder>   (a folder with manifest.json and the .txt files it names)
import path from "node:path";
import { importPolicyFolder } from "@/lib/server/policy-import";
import { db } from "@/lib/db";

const folder = process.argv[2];
if (!folder || !process.env.DATABASE_URL) {
  console.error("Usage: DATABASE_URL=… npm run import:policies -- <folder with manifest.json>");
  process.exit(2);
}
importPolicyFolder(path.resolve(folder))
  .then((r) => {
    console.log(`created ${r.created.length}, updated ${r.updated.length}, unchanged ${r.unchanged.length}`);
    for (const slug of [...r.created, ...r.updated]) console.log(`  ${slug}`);
  })
  .catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  })
  .finally(() => void db.$disconnect());
