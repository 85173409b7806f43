import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { describeAuditEvent } from "@/components/activity/describe-audit-event";
import { buttonClass } from "@/components/ui/button-class";
import { DataTable, EmptyState, PageHeader } from "@/components/ui/page";
import { listAuditEvents } from "@/lib/audit/service";
import { requireUser } from "@/lib/auth/current-user";
import { loadPage } from "@/lib/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export default async function ActivityPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { page } = await searchParams;
  const user = await requireUser();
  const log = await loadPage(() => listAuditEvents(user.id, slug, { page }));
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const pageHref = (target: number) => `/orgs/${slug}/activity${target > 1 ? `?page=${target}` : ""}`;
  return (
    <>
      <PageHeader title={t("activity.title")} description={t("activity.description", { organisation: log.organisation.name })} />
      {log.events.length === 0 ? (
        <EmptyState>{t("activity.empty")}</EmptyState>
      ) : (
        <DataTable
          caption={t("activity.caption", { organisation: log.organisation.name, page: log.page, pageCount: log.pageCount })}
          columns={[t("activity.columns.date"), t("activity.columns.event"), t("activity.columns.ip")]}
        >
          {log.events.map((event) => {
            const description = describeAuditEvent(event, t);
            return (
              <tr key={event.id}>
                <td className="whitespace-nowrap px-4 py-2 align-top">
                  <time dateTime={event.createdAt.toISOString()}>
                    {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </td>
                <td className="px-4 py-2 align-top">
                  <span className="font-medium text-slate-900">{event.actorEmail}</span>{" "}
                  {description.known ? (
                    description.sentence
                  ) : (
                    <>
                      <code className="font-mono text-xs">{event.action}</code>
                      {event.targetLabel ? <> · {event.targetLabel}</> : null}
                    </>
                  )}
                  {description.known ? <code className="block font-mono text-xs text-slate-600">{event.action}</code> : null}
                </td>
                <td className="whitespace-nowrap px-4 py-2 align-top font-mono text-xs">{event.ipAddress ?? t("common.none")}</td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {log.pageCount > 1 ? (
        <nav aria-label={t("activity.pagination.label")} className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-700">
            {t("activity.pagination.status", { page: log.page, pageCount: log.pageCount, total: log.total })}
          </p>
          <div className="flex gap-2">
            {log.page > 1 ? (
              <Link href={pageHref(log.page - 1)} className={buttonClass("secondary", "sm")} rel="prev">
                {t("activity.pagination.newer")}
              </Link>
            ) : null}
            {log.page < log.pageCount ? (
              <Link href={pageHref(log.page + 1)} className={buttonClass("secondary", "sm")} rel="next">
                {t("activity.pagination.older")}
              </Link>
            ) : null}
          </div>
        </nav>
      ) : null}
    </>
  );
}
