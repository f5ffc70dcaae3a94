import type { TSegment } from "@/lib/search/highlight";

/** Text with matched words in <mark>, rendered as elements: nothing in it is ever treated as HTML. */
export function MarkedText({ segments }: { segments: TSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
