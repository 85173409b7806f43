import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CreateApplicationForm } from "@/components/applications/create-application-form";
import { APPLICATION_STATUS_TONES, DEPLOYMENT_STATUS_TONES } from "@/components/applications/status";
import { Badge, Card, DataTable, EmptyState, PageHeader } from "@/components/ui/page";
import { APPLICATION_RUNTIMES } from "@/lib/applications/schema";
import { listApplications } from "@/lib/applications/service";
import { requireUser } from "@/lib/auth/current-user";
import { loadPage } from "@/lib/page-guard";
import { createApplicationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications"))("title") };
}

export default async function ApplicationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser();
  const data = await loadPage(() => listApplications(user.id, slug));
  const [t, format] = await Promise.all([getTranslations("applications"), getFormatter()]);
  const region = (code: string) => (t.has(`regions.${code}`) ? t(`regions.${code}`) : code);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { count: data.applications.length, organisation: data.organisation.name })}
      />
      <div className="space-y-6">
        {data.applications.length === 0 ? (
          <EmptyState>{data.canCreate ? t("emptyCanCreate") : t("empty")}</EmptyState>
        ) : (
          <DataTable
            caption={t("listCaption", { organisation: data.organisation.name })}
            columns={[t("columns.name"), t("columns.runtime"), t("columns.status"), t("columns.region"), t("columns.lastDeployment")]}
          >
            {data.applications.map((application) => (
              <tr key={application.id}>
                <th scope="row" className="px-4 py-2 text-left font-medium">
                  <Link
                    href={`/orgs/${slug}/applications/${application.id}`}
                    className="text-indigo-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700"
                  >
                    {application.name}
                  </Link>
                </th>
                <td className="px-4 py-2">{t(`runtimes.${application.runtime}`)}</td>
                <td className="px-4 py-2">
                  <Badge tone={APPLICATION_STATUS_TONES[application.status]}>{t(`statuses.${application.status}`)}</Badge>
                </td>
                <td className="px-4 py-2">{region(application.region)}</td>
                <td className="px-4 py-2">
                  {application.lastDeployment ? (
                    <span className="flex flex-wrap items-center gap-2">
                      <time dateTime={application.lastDeployment.createdAt.toISOString()}>
                        {format.dateTime(application.lastDeployment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                      </time>
                      <Badge tone={DEPLOYMENT_STATUS_TONES[application.lastDeployment.status]}>
                        {t(`deploymentStatuses.${application.lastDeployment.status}`)}
                      </Badge>
                    </span>
                  ) : (
                    <span className="text-slate-600">{t("neverDeployed")}</span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {data.canCreate ? (
          <Card title={t("create.title")}>
            <CreateApplicationForm action={createApplicationAction.bind(null, slug)} runtimes={APPLICATION_RUNTIMES} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
