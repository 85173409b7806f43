import type { KeyboardEvent } from "react";

/** Escape closes an open <details> popover and gives the focus back to its summary, as a menu does. */
export function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>): void {
  const details = event.currentTarget;
  if (event.key !== "Escape" || !details.open) return;
  details.open = false;
  details.querySelector("summary")?.focus();
}
