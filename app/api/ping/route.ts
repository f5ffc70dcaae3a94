// Control route for `npm run bench:search`: a bare JSON answer with no database, to compare the search API with.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
