"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/**
 * Says what changed in the list of cards. A card's own form cannot: removing a card,
 * or making it the default, re-renders the list without that form. So the change is
 * read from the list itself, in a live region that is always there to be announced.
 */
export function PaymentMethodChanges({ ids, defaultId }: { ids: string[]; defaultId: string | null }) {
  const t = useTranslations("billing.paymentMethods");
  const previous = useRef({ ids, defaultId });
  const [message, setMessage] = useState<string | null>(null);
  const key = ids.join(",");
  useEffect(() => {
    const before = previous.current;
    const current = key ? key.split(",") : [];
    if (before.ids.some((id) => !current.includes(id))) setMessage(t("removed"));
    else if (before.defaultId !== defaultId) setMessage(t("madeDefault"));
    previous.current = { ids: current, defaultId };
  }, [key, defaultId, t]);
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <p className="mb-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{message}</p>
      ) : null}
    </div>
  );
}
