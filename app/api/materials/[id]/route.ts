import { clientIp, getActor } from "@/lib/auth";
import { openMaterial } from "@/lib/server/materials";
import { UserError } from "@/lib/server/errors";
import { downloadResponse } from "@/lib/storage/download";

export const dynamic = "force-dynamic";

// Anyone the material does not concern — visitors included — gets the same 404, so its existence is not revealed.
const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" } });

/** One uploaded material, to those it concerns (lib/server/materials.ts decides and audits). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return notFound();
  try {
    const material = await openMaterial(actor, id, await clientIp());
    return downloadResponse({
      body: material.stream,
      size: material.size,
      mime: material.mime,
      fileName: material.fileName,
    });
  } catch (error) {
    if (error instanceof UserError) return notFound();
    throw error;
  }
}
