import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InvoiceStatusBadge } from "@/components/billing/invoice-status-badge";
import { invoiceHref, invoicePdfHref } from "@/lib/billing/links";
import { Badge, DataTable } from "@/components/ui/page";
import { formatDate, formatMoney, formatPeriod } from "@/lib/billing/format";
import type { InvoiceSummary } from "@/lib/billing/service";

const cell = "px-4 py-2 whitespace-nowrap";

/** One section of the invoices page; `showDue` adds the due date where money is owed. */
export async function InvoiceTable({
  slug,
  caption,
  invoices,
  showDue = false,
}: {
  slug: string;
  caption: string;
  invoices: InvoiceSummary[];
  showDue?: boolean;
}) {
  const [t, tCommon, format] = await Promise.all([getTranslations("billing"), getTranslations("common"), getFormatter()]);
  return (
    <DataTable
      caption={caption}
      columns={[t("columns.number"), t("columns.issuedAt"), t("columns.period"), showDue ? t("columns.dueAt") : null, { label: t("columns.amount"), numeric: true }, t("columns.status"), t("columns.pdf")]}
    >
      {invoices.map((invoice) => (
        <tr key={invoice.number}>
          <th scope="row" className={`${cell} text-left font-medium`}>
            <Link href={invoiceHref(slug, invoice.number)} className="text-indigo-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700">
              {invoice.number}
            </Link>
            {invoice.type === "CREDITNOTE" ? (
              <span className="ml-2">
                <Badge tone="info">{t("type.CREDITNOTE")}</Badge>
              </span>
            ) : null}
          </th>
          <td className={cell}>{formatDate(format, invoice.issuedAt)}</td>
          <td className={cell}>{formatPeriod(format, invoice.periodStart, invoice.periodEnd)}</td>
          {showDue ? <td className={cell}>{invoice.dueAt ? formatDate(format, invoice.dueAt) : tCommon("none")}</td> : null}
          <td className={`${cell} text-right tabular-nums`}>{formatMoney(format, invoice.totalCents, invoice.currency)}</td>
          <td className={cell}>
            <InvoiceStatusBadge status={invoice.status} type={invoice.type} />
          </td>
          <td className={cell}>
            <a
              href={invoicePdfHref(slug, invoice.number)}
              aria-label={t("downloadPdfLabel", { number: invoice.number })}
              className="text-indigo-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-700"
            >
              {t("downloadPdf")}
            </a>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
