import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/page";
import { requireUser } from "@/lib/auth/current-user";
import { getMembershipContext, getOrganisationOverview } from "@/lib/organisations/service";
import { loadPage } from "@/lib/page-guard";
import { landingArea } from "@/lib/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orgs.overview"))("title") };
}

export default async function OverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser();
  const { membership } = await loadPage(() => getMembershipContext(user.id, slug));
  // Billing is all an Accounting member may see: that is where their organisation opens.
  if (landingArea(membership.role) === "billing") redirect(`/orgs/${slug}/billing`);
  const overview = await loadPage(() => getOrganisationOverview(user.id, slug));
  const t = await getTranslations();
  const tiles = [
    { label: t("orgs.overview.applications"), value: overview.applicationCount, detail: t("orgs.overview.running", { count: overview.applicationsByStatus.RUNNING ?? 0 }), href: `/orgs/${slug}/applications` },
    { label: t("orgs.overview.addons"), value: overview.addOnCount, href: `/orgs/${slug}/addons` },
    { label: t("orgs.overview.members"), value: overview.memberCount, detail: t("orgs.overview.pendingInvitations", { count: overview.pendingInvitationCount }), href: `/orgs/${slug}/members` },
  ];
  return (
    <>
      <PageHeader title={overview.organisation.name} description={t("orgs.overview.yourRole", { role: t(`common.roles.${overview.role}`) })} />
      <div className="grid gap-4 sm:grid-cols-3">
        {tiles.map((tile) => (
          <Card key={tile.href}>
            <Link href={tile.href} className="block focus-visible:outline-2 focus-visible:outline-indigo-700">
              <p className="text-sm font-medium text-slate-600">{tile.label}</p>
              <p className="mt-1 text-3xl font-semibold text-slate-900">{tile.value}</p>
              {tile.detail ? <p className="mt-1 text-sm text-slate-600">{tile.detail}</p> : null}
            </Link>
          </Card>
        ))}
      </div>
    </>
  );
}
