import "server-only";

/**
 * 政策找人: asks for the policy's rule to be matched against every talent in the background (after its rule
 * changed or it was published). Returns at once; the job runs elsewhere.
 */
export async function requestPolicyMatching(policyId: string): Promise<void> {
  void policyId;
}
