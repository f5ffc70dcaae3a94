// Each integration file starts from the same state: every table empty but the districts.
import { beforeAll, afterAll } from "vitest";
import { db } from "@/lib/db";
import { resetDatabase } from "./factories";

beforeAll(async () => {
  await resetDatabase();
});

afterAll(async () => {
  await db.$disconnect();
});
