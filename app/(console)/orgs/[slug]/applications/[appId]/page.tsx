import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeploymentHistory } from "@/components/applications/deployment-history";
import { EnvironmentVariables } from "@/components/applications/environment-variables";
import { APPLICATION_STATUS_TONES } from "@/components/applications/status";
import { ConfirmByNameForm } from "@/components/ui/confirm-by-name-form";
import { Badge, Card, PageHeader } from "@/components/ui/page";
import { getApplication } from "@/lib/applications/service";
import { requireUser } from "@/lib/auth/current-user";
import { loadPage } from "@/lib/page-guard";
import { deleteApplicationAction, removeEnvironmentVariableAction, setEnvironmentVariableAction } from "./actions";

type Params = { params: Promise<{ slug: string; appId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications"))("title") };
}

export default async function ApplicationPage({ params }: Params) {
  const { slug, appId } = await params;
  const user = await requireUser();
  const data = await loadPage(() => getApplication(user.id, slug, appId));
  const [t, format] = await Promise.all([getTranslations("applications"), getFormatter()]);
  const { application } = data;
  const details = [
    { label: t("details.runtime"), value: t(`runtimes.${application.runtime}`) },
    { label: t("details.region"), value: t.has(`regions.${application.region}`) ? t(`regions.${application.region}`) : application.region },
    {
      label: t("details.repository"),
      value: application.repositoryUrl ? <code className="break-all font-mono text-xs">{application.repositoryUrl}</code> : t("details.noRepository"),
    },
    {
      label: t("details.created"),
      value: <time dateTime={application.createdAt.toISOString()}>{format.dateTime(application.createdAt, { dateStyle: "long" })}</time>,
    },
  ];
  return (
    <>
      <Link href={`/orgs/${slug}/applications`} className="text-sm text-slate-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={application.name}
          actions={<Badge tone={APPLICATION_STATUS_TONES[application.status]}>{t(`statuses.${application.status}`)}</Badge>}
        />
      </div>
      <div className="space-y-6">
        <Card title={t("details.title")}>
          <dl className="grid gap-4 sm:grid-cols-2">
            {details.map((detail) => (
              <div key={detail.label}>
                <dt className="text-sm font-medium text-slate-600">{detail.label}</dt>
                <dd className="mt-1 text-sm text-slate-900">{detail.value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        {data.canOperate ? (
          <Card title={t("env.title")}>
            <EnvironmentVariables
              applicationId={application.id}
              applicationName={application.name}
              variables={data.environmentVariables}
              set={setEnvironmentVariableAction.bind(null, slug)}
              remove={removeEnvironmentVariableAction.bind(null, slug)}
            />
          </Card>
        ) : null}
        <Card title={t("deployments.title")}>
          <DeploymentHistory deployments={application.deployments} total={data.deploymentCount} applicationName={application.name} />
        </Card>
        {data.canDelete ? (
          <section aria-labelledby="delete-application" className="rounded-lg border border-red-300 bg-white p-5 shadow-sm">
            <h2 id="delete-application" className="text-base font-semibold text-red-800">{t("delete.title")}</h2>
            <p className="mb-4 mt-1 text-sm text-slate-700">{t("delete.warning", { name: application.name })}</p>
            <ConfirmByNameForm
              action={deleteApplicationAction.bind(null, slug)}
              expected={application.name}
              hidden={{ applicationId: application.id }}
              label={t("delete.confirmLabel", { name: application.name })}
              submitLabel={t("delete.submit")}
              pendingLabel={t("delete.pending")}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
