import { getFormatter, getTranslations } from "next-intl/server";
import { DEPLOYMENT_STATUS_TONES } from "@/components/applications/status";
import { Badge, DataTable, EmptyState } from "@/components/ui/page";
import type { DeploymentStatus } from "@/lib/generated/prisma/enums";

export type DeploymentRow = {
  id: string;
  status: DeploymentStatus;
  commitSha: string | null;
  message: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  startedBy: { name: string; email: string } | null;
};

/** The recorded deployments of an application, newest first (read only). */
export async function DeploymentHistory({ deployments, total, applicationName }: { deployments: DeploymentRow[]; total: number; applicationName: string }) {
  const [t, format] = await Promise.all([getTranslations("applications"), getFormatter()]);
  if (deployments.length === 0) return <EmptyState>{t("deployments.empty")}</EmptyState>;
  const duration = (deployment: DeploymentRow) => {
    if (!deployment.finishedAt) return t("deployments.inProgress");
    const seconds = Math.max(0, Math.round((deployment.finishedAt.getTime() - deployment.createdAt.getTime()) / 1000));
    return t("deployments.duration", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  };
  return (
    <div className="space-y-2">
      <DataTable
        caption={t("deployments.caption", { application: applicationName })}
        columns={[t("deployments.date"), t("deployments.status"), t("deployments.commit"), t("deployments.startedBy"), t("deployments.durationColumn")]}
      >
        {deployments.map((deployment) => (
          <tr key={deployment.id}>
            <td className="whitespace-nowrap px-4 py-2">
              <time dateTime={deployment.createdAt.toISOString()}>
                {format.dateTime(deployment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </td>
            <td className="px-4 py-2">
              <Badge tone={DEPLOYMENT_STATUS_TONES[deployment.status]}>{t(`deploymentStatuses.${deployment.status}`)}</Badge>
            </td>
            <td className="px-4 py-2">
              {deployment.commitSha ? <code className="font-mono text-xs">{deployment.commitSha.slice(0, 8)}</code> : null}
              {deployment.message ? <span className="block text-slate-700">{deployment.message}</span> : null}
            </td>
            <td className="px-4 py-2">{deployment.startedBy?.name ?? t("deployments.unknownUser")}</td>
            <td className="whitespace-nowrap px-4 py-2">{duration(deployment)}</td>
          </tr>
        ))}
      </DataTable>
      {total > deployments.length ? <p className="text-sm text-slate-600">{t("deployments.showing", { shown: deployments.length, total })}</p> : null}
    </div>
  );
}
