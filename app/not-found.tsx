import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Also what a non-member sees for another organisation: its existence never leaks.
export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-slate-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mt-4 text-slate-700">{t("body")}</p>
      <Link href="/orgs" className="mt-6 inline-block rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800">
        {t("back")}
      </Link>
    </main>
  );
}
