import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsumptionTable } from "@/components/billing/consumption-table";
import { InvoiceTable } from "@/components/billing/invoice-table";
import { LeaveOrganisation } from "@/components/members/leave-organisation";
import { YearFilter } from "@/components/billing/year-filter";
import { buttonClass } from "@/components/ui/button-class";
import { Card, EmptyState, Notice, PageHeader } from "@/components/ui/page";
import { requireUser } from "@/lib/auth/current-user";
import { BILLING_CURRENCY, formatMoney } from "@/lib/billing/format";
import { CONSUMPTION_MONTHS, getConsumption, listInvoices } from "@/lib/billing/service";
import { getLeaveDecision } from "@/lib/members/service";
import { loadPage } from "@/lib/page-guard";
import { can } from "@/lib/policy";
import { leaveOrganisationAction } from "../members/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("billing"))("title") };
}

export default async function BillingPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ year?: string | string[] }>;
}) {
  const [{ slug }, { year }] = await Promise.all([params, searchParams]);
  const user = await requireUser();
  const [billing, consumption] = await loadPage(() =>
    Promise.all([listInvoices(user.id, slug, { year }), getConsumption(user.id, slug)]),
  );
  // Whoever cannot open the members page (Accounting) leaves from here; others from there.
  const leave = can(billing.role, "members:view") ? null : await loadPage(() => getLeaveDecision(user.id, slug));
  const [t, format] = await Promise.all([getTranslations("billing"), getFormatter()]);
  const { sections } = billing;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { organisation: billing.organisation.name })}
        actions={
          <div className="flex flex-wrap items-start gap-3">
            {can(billing.role, "billing:manage") ? (
              <Link href={`/orgs/${slug}/billing/payment-methods`} className={buttonClass("secondary")}>
                {t("paymentMethodsLink")}
              </Link>
            ) : null}
            {leave?.allowed ? (
              <LeaveOrganisation action={leaveOrganisationAction.bind(null, slug)} organisationName={billing.organisation.name} />
            ) : null}
          </div>
        }
      />
      <div className="space-y-6">
        <Card title={t("sections.toPay.title")}>
          {sections.toPay.length ? (
            <>
              <div className="mb-3">
                <Notice tone="warning">{t("toPayTotal", { amount: formatMoney(format, billing.toPayTotalCents, BILLING_CURRENCY) })}</Notice>
              </div>
              <InvoiceTable slug={slug} caption={t("sections.toPay.title")} invoices={sections.toPay} showDue />
            </>
          ) : (
            <EmptyState>{t("sections.toPay.empty")}</EmptyState>
          )}
        </Card>
        <Card title={t("sections.awaitingValidation.title")}>
          {sections.awaitingValidation.length ? (
            <InvoiceTable slug={slug} caption={t("sections.awaitingValidation.title")} invoices={sections.awaitingValidation} />
          ) : (
            <EmptyState>{t("sections.awaitingValidation.empty")}</EmptyState>
          )}
        </Card>
        <Card title={t("sections.paid.title")}>
          <YearFilter slug={slug} years={billing.years} selected={billing.year} />
          {sections.paid.length ? (
            <InvoiceTable slug={slug} caption={t("sections.paid.caption", { year: String(billing.year) })} invoices={sections.paid} />
          ) : (
            <EmptyState>{t("sections.paid.empty", { year: String(billing.year) })}</EmptyState>
          )}
        </Card>
        <Card title={t("consumption.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("consumption.description", { months: CONSUMPTION_MONTHS })}</p>
          <ConsumptionTable consumption={consumption} months={CONSUMPTION_MONTHS} />
        </Card>
      </div>
    </>
  );
}
