import type { Locale } from "@/lib/i18n/locales";

// The catalogue is one file per area and language (messages/<locale>/<area>.json);
// each file is the namespace of the same name.
export const NAMESPACES = [
  "common", "auth", "errors", "validation", "orgs", "members", "invitations",
  "applications", "addons", "billing", "settings", "activity", "email", "account",
] as const;

export async function loadMessages(locale: Locale) {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => {
      const module = await import(`../../messages/${locale}/${namespace}.json`);
      return [namespace, module.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
