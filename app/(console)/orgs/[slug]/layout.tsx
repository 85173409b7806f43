import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OrganisationNav } from "@/components/layout/organisation-nav";
import { Badge } from "@/components/ui/page";
import { requireUser } from "@/lib/auth/current-user";
import { areaHref, visibleAreas } from "@/lib/navigation";
import { getMembershipContext } from "@/lib/organisations/service";
import { loadPage } from "@/lib/page-guard";

export default async function OrganisationLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser();
  const { organisation, membership } = await loadPage(() => getMembershipContext(user.id, slug));
  const t = await getTranslations();
  const items = visibleAreas(membership.role).map((area) => ({
    href: areaHref(organisation.slug, area),
    label: t(`common.areas.${area.key}`),
    exact: area.segment === "",
  }));
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
      <aside className="md:w-56 md:shrink-0">
        <Link href="/orgs" className="text-xs text-slate-600 hover:underline">
          ← {t("orgs.all")}
        </Link>
        <p className="mt-2 truncate text-base font-semibold text-slate-900" title={organisation.name}>
          {organisation.name}
        </p>
        <p className="mb-4 mt-1">
          <Badge tone="info">{t(`common.roles.${membership.role}`)}</Badge>
        </p>
        <OrganisationNav items={items} label={t("common.organisationNavigation")} />
      </aside>
      <main id="main" className="min-w-0 flex-1">
        {children}
      </main>
    </div>
  );
}
