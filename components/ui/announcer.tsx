"use client";

import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

/**
 * A page-wide place for success messages whose form does not outlive its own success:
 * removing a row, revoking an invitation, removing a card re-render the list without the
 * form that did it. The message is kept here, in a live region that is always in the page
 * (so screen readers announce it), until it is dismissed or replaced.
 */
const AnnounceContext = createContext<((message: string) => void) | null>(null);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("common");
  // The counter makes a repeated message (two removals in a row) a new announcement.
  const [announcement, setAnnouncement] = useState<{ message: string; count: number } | null>(null);
  const announce = useCallback(
    (message: string) => setAnnouncement((previous) => ({ message, count: (previous?.count ?? 0) + 1 })),
    [],
  );
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
        {announcement ? (
          <p
            key={announcement.count}
            data-testid="announcement"
            className="pointer-events-auto flex items-center gap-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-2 text-sm text-emerald-900 shadow-lg"
          >
            {announcement.message}
            <button
              type="button"
              onClick={() => setAnnouncement(null)}
              className="rounded px-1 text-emerald-900 hover:bg-emerald-100 focus-visible:outline-2 focus-visible:outline-emerald-800"
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">{t("dismiss")}</span>
            </button>
          </p>
        ) : null}
      </div>
    </AnnounceContext.Provider>
  );
}

/**
 * Wraps a form action so that its success message is announced by the page. The call is
 * made from the action itself, not from an effect of the form: the new state and the
 * re-rendered list (without the form) arrive in the same render, so the form has no later
 * moment of its own.
 */
export function useAnnouncedAction<State extends { status: string; message?: string }>(
  action: (state: State, formData: FormData) => Promise<State>,
  enabled: boolean,
): (state: State, formData: FormData) => Promise<State> {
  const announce = useContext(AnnounceContext);
  if (!enabled) return action;
  if (!announce) throw new Error("A form that announces its success needs an AnnouncerProvider above it (the console layout has one).");
  return async (state, formData) => {
    const next = await action(state, formData);
    if (next.status === "success" && next.message) announce(next.message);
    return next;
  };
}
