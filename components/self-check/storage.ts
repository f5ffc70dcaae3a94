// The visitor's answers for this visit only: sessionStorage is per tab and gone when the tab closes, and nothing is
// sent anywhere but the stateless check endpoint.
import { isFactKey, type TFactKey, type TFactValue } from "@/lib/domain/eligibility";

export type TAnswers = Partial<Record<TFactKey, TFactValue>>;

export interface TSelfCheckState {
  answers: TAnswers;
  skipped: TFactKey[];
  /** Questions in the order they were answered or skipped, for "上一步" and the list of answers. */
  history: TFactKey[];
}

export const STORAGE_KEY = "selfCheck.v1";
export const EMPTY_STATE: TSelfCheckState = { answers: {}, skipped: [], history: [] };

const isScalar = (v: unknown): v is TFactValue => ["string", "number", "boolean"].includes(typeof v);
const factList = (v: unknown): TFactKey[] => (Array.isArray(v) ? [...new Set(v.filter(isFactKey))] : []);

/** What this tab saved earlier, or the empty state; anything unreadable (an older version, a hand edit) is dropped. */
export function loadState(): TSelfCheckState {
  try {
    const raw = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? "null") as unknown;
    if (typeof raw !== "object" || raw === null) return EMPTY_STATE;
    const r = raw as Record<string, unknown>;
    const answers: TAnswers = {};
    if (typeof r.answers === "object" && r.answers !== null) {
      for (const [k, v] of Object.entries(r.answers)) if (isFactKey(k) && isScalar(v)) answers[k] = v;
    }
    return { answers, skipped: factList(r.skipped), history: factList(r.history) };
  } catch {
    return EMPTY_STATE;
  }
}

export function saveState(state: TSelfCheckState | null): void {
  try {
    if (state === null) window.sessionStorage.removeItem(STORAGE_KEY);
    else window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled (some private modes): the check still works, it just forgets on reload.
  }
}
