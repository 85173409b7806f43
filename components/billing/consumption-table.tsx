import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, EmptyState } from "@/components/ui/page";
import { BILLING_CURRENCY, formatMoney, formatMonth } from "@/lib/billing/format";
import type { getConsumption } from "@/lib/billing/service";

type Consumption = Awaited<ReturnType<typeof getConsumption>>;

const cell = "px-4 py-2 whitespace-nowrap";

/** Metric names are dotted ("compute.hours"); catalogue keys cannot hold dots. */
const metricKey = (metric: string) => metric.replaceAll(".", "_");

export async function ConsumptionTable({ consumption, months }: { consumption: Consumption; months: number }) {
  const [t, tCommon, format] = await Promise.all([getTranslations("billing"), getTranslations("common"), getFormatter()]);
  if (consumption.months.length === 0) return <EmptyState>{t("consumption.empty", { months })}</EmptyState>;
  // A metric added later without a translation still shows, under its own name.
  const label = (metric: string) => (t.has(`metrics.${metricKey(metric)}.label`) ? t(`metrics.${metricKey(metric)}.label`) : metric);
  const quantity = (metric: string, value: number) =>
    t.has(`metrics.${metricKey(metric)}.quantity`) ? t(`metrics.${metricKey(metric)}.quantity`, { quantity: value }) : format.number(value);
  return (
    <DataTable
      caption={t("consumption.caption")}
      columns={[
        t("consumption.month"),
        ...consumption.metrics.map((metric) => ({ label: label(metric), numeric: true })),
        { label: t("consumption.total"), numeric: true },
      ]}
    >
      {consumption.months.map((month) => (
        <tr key={month.month.toISOString()}>
          <th scope="row" className={`${cell} text-left font-medium first-letter:uppercase`}>{formatMonth(format, month.month)}</th>
          {consumption.metrics.map((metric) => {
            const usage = month.byMetric[metric];
            return (
              <td key={metric} className={`${cell} text-right tabular-nums`}>
                {usage ? (
                  <>
                    {formatMoney(format, usage.amountCents, BILLING_CURRENCY)}
                    <span className="block text-xs text-slate-600">{quantity(metric, usage.quantity)}</span>
                  </>
                ) : (
                  tCommon("none")
                )}
              </td>
            );
          })}
          <td className={`${cell} text-right font-semibold tabular-nums`}>{formatMoney(format, month.totalCents, BILLING_CURRENCY)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
