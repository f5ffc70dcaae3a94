// Shared by form actions and the client forms that show their answers.
export interface TFormState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
}

export const idleForm: TFormState = { status: "idle", fieldErrors: {}, values: {} };
