// Next calls register() once when a server starts. The Node.js server also runs the background jobs, unless
// JOBS=off (a deployment that runs workers apart from web nodes).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.JOBS === "off") return;
  const { startWorkers } = await import("./lib/jobs/workers");
  try {
    await startWorkers();
  } catch (error) {
    // The site still serves without its jobs; /api/health reports the database separately.
    console.error("[jobs] could not start the background workers:", error);
  }
}
