import { z } from "zod";
import { zChecked, zOptionalText } from "./common";

const zId = z.string().min(1).max(40);
const zVersion = z.coerce.number().int().min(0);

/** 申报: start (or reopen) the application to one tier of a program. */
export const ZStartApplication = z.object({ programId: zId, tierId: zId });

/** The form's written parts, saved as the talent goes. */
export const ZApplicationAnswers = z.object({
  applicationId: zId,
  version: zVersion,
  class: zOptionalText(20),
  summary: zOptionalText(2000),
  achievements: zOptionalText(4000),
});
export type TApplicationAnswers = z.infer<typeof ZApplicationAnswers>;

/** Submit (or resubmit): the declaration must be ticked; the service refuses it otherwise, by name. */
export const ZSubmitApplication = z.object({ applicationId: zId, version: zVersion, declaration: zChecked });

export const ZWithdrawApplication = z.object({ applicationId: zId, version: zVersion });

/** One material item of an application; the files come alongside in the same form. */
export const ZUploadMaterials = z.object({ applicationId: zId, item: z.string().min(1).max(40) });

export const ZRemoveMaterial = z.object({ materialId: zId });
