import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvoiceStatusBadge } from "@/components/billing/invoice-status-badge";
import { buttonClass } from "@/components/ui/button-class";
import { Card, DataTable, Notice, PageHeader } from "@/components/ui/page";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate, formatMoney, formatPeriod } from "@/lib/billing/format";
import { invoicePdfHref } from "@/lib/billing/links";
import { getInvoice } from "@/lib/billing/service";
import { loadPage } from "@/lib/page-guard";

type Params = Promise<{ slug: string; number: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await params).number };
}

const cell = "px-4 py-2";

export default async function InvoicePage({ params }: { params: Params }) {
  const { slug, number } = await params;
  const user = await requireUser();
  const { invoice, billedTo } = await loadPage(() => getInvoice(user.id, slug, number));
  const [t, tCommon, format] = await Promise.all([getTranslations("billing"), getTranslations("common"), getFormatter()]);
  const money = (cents: number) => formatMoney(format, cents, invoice.currency);
  const facts: [string, React.ReactNode][] = [
    [t("invoice.status"), <InvoiceStatusBadge key="status" status={invoice.status} type={invoice.type} />],
    [t("invoice.issuedAt"), formatDate(format, invoice.issuedAt)],
    [t("invoice.period"), formatPeriod(format, invoice.periodStart, invoice.periodEnd)],
    [t("invoice.dueAt"), invoice.dueAt ? formatDate(format, invoice.dueAt) : tCommon("none")],
    [t("invoice.paidAt"), invoice.paidAt ? formatDate(format, invoice.paidAt) : tCommon("none")],
  ];
  const totals: [string, number][] = [
    [t("invoice.subtotal"), invoice.subtotalCents],
    [t("invoice.tax"), invoice.taxCents],
    [t("invoice.total"), invoice.totalCents],
  ];
  return (
    <>
      <Link href={`/orgs/${slug}/billing`} className="text-sm text-indigo-800 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700">
        ← {t("invoice.back")}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={t("invoice.title", { type: invoice.type, number: invoice.number })}
          actions={
            <a href={invoicePdfHref(slug, invoice.number)} className={buttonClass()}>
              {t("invoice.downloadPdf")}
            </a>
          }
        />
      </div>
      <div className="space-y-6">
        {invoice.type === "CREDITNOTE" ? <Notice>{t("invoice.creditNote")}</Notice> : null}
        <div className="grid gap-6 md:grid-cols-2">
          <Card title={t("invoice.details")}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="text-slate-900">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card title={t("invoice.billedTo")}>
            <address className="space-y-1 text-sm not-italic text-slate-900">
              <p className="font-semibold">{billedTo.billingName ?? billedTo.name}</p>
              {billedTo.billingAddress ? <p className="whitespace-pre-line">{billedTo.billingAddress}</p> : null}
              {billedTo.billingEmail ? <p>{billedTo.billingEmail}</p> : null}
              {billedTo.vatNumber ? <p>{t("invoice.vatNumber", { vatNumber: billedTo.vatNumber })}</p> : null}
            </address>
          </Card>
        </div>
        <section aria-labelledby="invoice-lines">
          <h2 id="invoice-lines" className="sr-only">{t("lines.caption", { number: invoice.number })}</h2>
          <DataTable
            caption={t("lines.caption", { number: invoice.number })}
            columns={[
              t("lines.description"),
              { label: t("lines.quantity"), numeric: true },
              { label: t("lines.unitPrice"), numeric: true },
              { label: t("lines.amount"), numeric: true },
            ]}
          >
            {invoice.lines.map((line) => (
              <tr key={line.position}>
                <td className={cell}>{line.description}</td>
                <td className={`${cell} text-right tabular-nums`}>{format.number(line.quantity)}</td>
                <td className={`${cell} text-right tabular-nums`}>{money(line.unitPriceCents)}</td>
                <td className={`${cell} text-right tabular-nums`}>{money(line.amountCents)}</td>
              </tr>
            ))}
          </DataTable>
          <dl className="ml-auto mt-4 grid max-w-sm grid-cols-[1fr_auto] gap-y-1 text-sm">
            {totals.map(([label, cents], index) => {
              const strong = index === totals.length - 1 ? "border-t border-slate-300 pt-2 text-base font-semibold" : "";
              return (
                <div key={label} className="contents">
                  <dt className={`text-slate-700 ${strong}`}>{label}</dt>
                  <dd className={`pl-6 text-right tabular-nums text-slate-900 ${strong}`}>{money(cents)}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      </div>
    </>
  );
}
