import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { currentPath, getCurrentUser } from "@/lib/auth/current-user";
import { areaOfPath } from "@/lib/navigation";
import { getMembershipContext } from "@/lib/organisations/service";
import { landingArea, rolesWith } from "@/lib/policy";

// The 403 page names the roles that may open the page, and the reader's own role.
export default async function Forbidden() {
  const t = await getTranslations();
  const located = areaOfPath(await currentPath());
  const user = await getCurrentUser();
  const context = located && user ? await getMembershipContext(user.id, located.slug).catch(() => null) : null;
  const roleList = located
    ? new Intl.ListFormat(await getLocale(), { type: "disjunction" }).format(rolesWith(located.area.permission).map((role) => t(`common.roles.${role}`)))
    : null;
  const home = context
    ? `/orgs/${context.organisation.slug}${landingArea(context.membership.role) === "billing" ? "/billing" : ""}`
    : "/orgs";
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("common.forbidden.title")}</h1>
      {roleList ? <p className="mt-4 text-slate-700">{t("common.forbidden.needsRole", { roles: roleList })}</p> : null}
      {context ? (
        <p className="mt-2 text-slate-700">
          {t("common.forbidden.yourRole", { role: t(`common.roles.${context.membership.role}`), organisation: context.organisation.name })}
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-600">{t("common.forbidden.askAdmin")}</p>
      <Link href={home} className="mt-6 inline-block rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800">
        {t("common.forbidden.back")}
      </Link>
    </main>
  );
}
