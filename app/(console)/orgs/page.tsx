import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateOrganisationForm } from "@/components/organisations/create-organisation-form";
import { Badge, Card, PageHeader } from "@/components/ui/page";
import { requireUser } from "@/lib/auth/current-user";
import { listMyOrganisations } from "@/lib/organisations/service";
import { landingArea } from "@/lib/policy";
import { createOrganisationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orgs"))("title") };
}

export default async function OrganisationsPage() {
  const user = await requireUser();
  const [organisations, t] = await Promise.all([listMyOrganisations(user.id), getTranslations()]);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <PageHeader title={t("orgs.title")} description={t("orgs.description")} />
      <ul className="grid gap-4 sm:grid-cols-2" aria-label={t("orgs.title")}>
        {organisations.map((organisation) => (
          <li key={organisation.slug}>
            <Link
              href={`/orgs/${organisation.slug}${landingArea(organisation.role) === "billing" ? "/billing" : ""}`}
              className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-indigo-400 focus-visible:outline-2 focus-visible:outline-indigo-700"
            >
              <div className="flex items-start justify-between gap-2">
                <span className="font-semibold text-slate-900">{organisation.personal ? t("orgs.personalSpace") : organisation.name}</span>
                <Badge tone="info">{t(`common.roles.${organisation.role}`)}</Badge>
              </div>
              <p className="mt-2 text-sm text-slate-600">
                {organisation.memberCount === null || organisation.applicationCount === null
                  ? t("orgs.billingOnly")
                  : t("orgs.counts", { members: organisation.memberCount, applications: organisation.applicationCount })}
              </p>
            </Link>
          </li>
        ))}
      </ul>
      <Card title={t("orgs.create")} className="mt-8">
        <CreateOrganisationForm action={createOrganisationAction} creationKey={randomUUID()} />
      </Card>
    </main>
  );
}
