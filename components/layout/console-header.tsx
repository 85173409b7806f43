import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";

export async function ConsoleHeader({ user }: { user: { name: string; email: string } }) {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/orgs" className="text-lg font-bold tracking-tight text-indigo-800">
          Atelier
        </Link>
        <div className="flex items-center gap-4 text-sm">
          <LanguageSwitcher />
          <Link href="/account" className="hidden rounded px-2 py-1 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700 sm:inline" title={user.email}>
            {user.name}
          </Link>
          <Link href="/logout" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700">
            {t("signOut")}
          </Link>
        </div>
      </div>
    </header>
  );
}
