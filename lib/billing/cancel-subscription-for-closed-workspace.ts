// Contract with the billing branch: cancels the Stripe subscription of a workspace its owner
// closed. Minimal version for the privacy branch — replaced by the billing branch at merge. No
// subscription exists on this branch, so there is nothing to cancel.
export async function cancelSubscriptionForClosedWorkspace(options: { workspaceId: string }): Promise<void> {
  void options.workspaceId;
}
