// Errors a person is meant to read. Anything else is a defect: logged with an id, shown as a generic message.
export type TUserErrorKey =
  | "notFound"
  | "forbidden"
  | "stale"
  | "signInRequired"
  | "duplicateIdentifier"
  | "duplicateIdNumber"
  | "duplicateUscc"
  | "offerNotEligible"
  | "offerNeedsEmployer"
  | "offerEmployeeLeft";

export class UserError extends Error {
  constructor(
    readonly key: TUserErrorKey,
    /** The form field the problem belongs to, when there is one. */
    readonly field?: string,
  ) {
    super(key);
    this.name = "UserError";
  }
}

export const forbidden = () => new UserError("forbidden");
export const notFound = () => new UserError("notFound");
