// Builds a submitted application the way a talent would (start, upload every required material, submit), for
// tests and for the demo data. Goes through the real services, so the checks of submission apply.
import { db } from "@/lib/db";
import type { TActor } from "@/lib/domain/access";
import { saveAnswers, startApplication, submitApplication } from "@/lib/server/applications";
import { addMaterials } from "@/lib/server/materials";
import type { TMaterial } from "@/lib/server/programs";

/** A small, valid one-page PDF that says what it is (ASCII only: the standard fonts have no Chinese). */
export function samplePdf(text: string): Uint8Array {
  const safe = text.replace(/[^\x20-\x7e]/g, "?").replace(/[()\\]/g, "");
  const stream = `BT /F1 14 Tf 56 780 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/**
 * The talent applies to a tier of a published program (by slug and tier key) with one sample PDF per required
 * material, and submits. Returns the application's id and reference number.
 */
export async function createSubmittedApplication(
  talent: Pick<TActor, "id" | "role" | "districtCode" | "displayName">,
  programSlug: string,
  tierKey: string,
  answers: { summary?: string; achievements?: string; class?: string } = {},
) {
  const actor: TActor = { ...talent };
  const program = await db.program.findUniqueOrThrow({
    where: { slug: programSlug },
    select: { id: true, materials: true, tiers: { where: { key: tierKey }, select: { id: true } } },
  });
  const id = await startApplication(actor, { programId: program.id, tierId: program.tiers[0]!.id }, null);
  for (const m of program.materials as unknown as TMaterial[]) {
    if (!m.required) continue;
    const bytes = samplePdf(`Sample material: ${m.nameEn}`);
    const [result] = await addMaterials(
      actor,
      id,
      m.key,
      [{ name: `${m.name}.pdf`, size: bytes.length, bytes: async () => bytes }],
      null,
    );
    if (!result?.ok) throw new Error(`upload of ${m.key} refused: ${result?.message}`);
  }
  const read = () => db.application.findUniqueOrThrow({ where: { id }, select: { version: true } });
  if (Object.keys(answers).length) await saveAnswers(actor, id, { version: (await read()).version, answers });
  const { version } = await read();
  const { reference } = await submitApplication(actor, id, { version, declaration: true }, null);
  return { id, reference };
}
