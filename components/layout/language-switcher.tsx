import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/locales";
import { chooseLocale } from "@/app/actions/locale";

/** Works without JavaScript: one small form per language. */
export async function LanguageSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={chooseLocale} className="flex items-center gap-1" aria-label={t("language")}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={`rounded px-2 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-indigo-700 ${
            locale === current ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200"
          }`}
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </form>
  );
}
