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
  | "offerEmployeeLeft"
  | "refused"
  | "batchClosed"
  | "quotaFull"
  | "applicationIneligible"
  | "declarationRequired"
  | "employerRequired"
  | "invalidChoice"
  | "required";

export class UserError extends Error {
  constructor(
    readonly key: TUserErrorKey,
    /** The form field the problem belongs to, when there is one. */
    readonly field?: string,
    /** The words themselves, when a pure domain rule wrote them (e.g. the application status machine). */
    readonly text?: { zh: string; en: string },
  ) {
    super(text?.zh ?? key);
    this.name = "UserError";
  }
}

/** A refusal worded by the domain, e.g. a transition the status machine does not allow. */
export const refused = (message: string, messageEn: string, field?: string) =>
  new UserError("refused", field, { zh: message, en: messageEn });

export const forbidden = () => new UserError("forbidden");
export const notFound = () => new UserError("notFound");
