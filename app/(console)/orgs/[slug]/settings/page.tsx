import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/components/settings/organisation-form";
import { ConfirmByNameForm } from "@/components/ui/confirm-by-name-form";
import { Card, Notice, PageHeader } from "@/components/ui/page";
import { requireUser } from "@/lib/auth/current-user";
import { getOrganisationSettings } from "@/lib/organisations/service";
import { loadPage } from "@/lib/page-guard";
import { can } from "@/lib/policy";
import { deleteOrganisationAction, updateOrganisationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser();
  const settings = await loadPage(() => getOrganisationSettings(user.id, slug));
  const t = await getTranslations("settings");
  const { organisation, counts } = settings;
  const losses = [
    t("danger.losses.members", { count: counts.memberships }),
    t("danger.losses.applications", { count: counts.applications }),
    t("danger.losses.addOns", { count: counts.addOns }),
    t("danger.losses.invoices", { count: counts.invoices }),
    t("danger.losses.invitations", { count: counts.invitations }),
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { organisation: organisation.name })} />
      <div className="space-y-6">
        <Card title={t("general.title")}>
          <OrganisationForm action={updateOrganisationAction.bind(null, slug)} name={organisation.name} billingEmail={settings.billingEmail} />
        </Card>
        {can(settings.role, "organisation:delete") ? (
          <section aria-labelledby="danger-zone" className="rounded-lg border border-red-300 bg-white p-5 shadow-sm">
            <h2 id="danger-zone" className="text-base font-semibold text-red-800">{t("danger.title")}</h2>
            {organisation.personal ? (
              <p className="mt-2 text-sm text-slate-700">{t("danger.personal")}</p>
            ) : (
              <>
                <p className="mt-2 text-sm text-slate-700">{t("danger.intro", { organisation: organisation.name })}</p>
                <ul className="my-3 list-disc space-y-1 pl-6 text-sm text-slate-800">
                  {losses.map((loss) => (
                    <li key={loss}>{loss}</li>
                  ))}
                </ul>
                <p className="mb-4 text-sm text-slate-700">{t("danger.kept")}</p>
                <ConfirmByNameForm
                  action={deleteOrganisationAction.bind(null, slug)}
                  expected={organisation.name}
                  label={t("danger.confirmLabel", { organisation: organisation.name })}
                  submitLabel={t("danger.submit")}
                  pendingLabel={t("danger.pending")}
                />
              </>
            )}
          </section>
        ) : (
          <Notice>{t("danger.adminsOnly")}</Notice>
        )}
      </div>
    </>
  );
}
