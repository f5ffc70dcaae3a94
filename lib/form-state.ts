// Shared by form actions and the client forms that show their answers.
export interface TFormState {
  status: "idle" | "error" | "success";
  /**
   * New for every answer. Forms use it as their React key: React 19 resets a form after its action, and selects
   * would fall back to the values the page loaded with; a fresh form shows the values answered instead.
   */
  nonce?: string;
  message?: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
}

export const idleForm: TFormState = { status: "idle", fieldErrors: {}, values: {} };
