import type { createFormatter } from "next-intl";

// How billing shows money and dates, the same on the pages and in the PDF: amounts
// are integer cents formatted in the reader's locale; dates are UTC days.

/** Atelier bills in euros (product.md); usage records and sums carry no currency of their own. */
export const BILLING_CURRENCY = "EUR";

export type Formatter = ReturnType<typeof createFormatter>;

export function formatMoney(format: Formatter, cents: number, currency: string): string {
  return format.number(cents / 100, { style: "currency", currency });
}

export function formatDate(format: Formatter, date: Date): string {
  return format.dateTime(date, { dateStyle: "medium" });
}

/** "Jan 1 – 31, 2026": a billing period, collapsed the way the locale does it. */
export function formatPeriod(format: Formatter, start: Date, end: Date): string {
  return format.dateTimeRange(start, end, { dateStyle: "medium" });
}

export function formatMonth(format: Formatter, month: Date): string {
  return format.dateTime(month, { month: "long", year: "numeric" });
}
