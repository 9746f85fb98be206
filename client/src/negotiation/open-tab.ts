/**
 * Brings the sidebar's negotiation tab forward (the gutter's comment count, a notification). Its own
 * module (#18): the workspace calls it without importing the negotiation panel, which loads lazily.
 */
export function openNegotiationTab(): void {
  document.querySelector<HTMLButtonElement>('[data-testid="tab-negotiation"]')?.click();
}
