import "server-only";
import type { Actor } from "@/lib/actor";
import { recordAuditEvent } from "@/lib/audit/service";
import {
  canRemove,
  canSetDefault,
  INVOICE_SECTIONS,
  isExpired,
  signedCents,
  type PaymentMethodDecision,
} from "@/lib/billing/rules";
import {
  billingDetailsSchema,
  invoiceListQuerySchema,
  invoiceNumberSchema,
  paymentMethodIdSchema,
} from "@/lib/billing/schema";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { NotFoundError, ServiceError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize, authorizeLocked } from "@/lib/organisations/access";
import { parseInput } from "@/lib/validation";

/** How far back the consumption summary looks, the current month included. */
export const CONSUMPTION_MONTHS = 6;

const invoiceSelect = {
  number: true,
  type: true,
  status: true,
  currency: true,
  periodStart: true,
  periodEnd: true,
  issuedAt: true,
  dueAt: true,
  paidAt: true,
  subtotalCents: true,
  taxCents: true,
  totalCents: true,
} satisfies Prisma.InvoiceSelect;

type InvoiceRow = Prisma.InvoiceGetPayload<{ select: typeof invoiceSelect }>;

const billingDetailsSelect = {
  billingName: true,
  billingEmail: true,
  billingAddress: true,
  vatNumber: true,
} satisfies Prisma.OrganisationSelect;

/** Amounts as the user reads them: a credit note's are negative. */
function signed<T extends InvoiceRow>(invoice: T) {
  return {
    ...invoice,
    subtotalCents: signedCents(invoice.type, invoice.subtotalCents),
    taxCents: signedCents(invoice.type, invoice.taxCents),
    totalCents: signedCents(invoice.type, invoice.totalCents),
  };
}

export type InvoiceSummary = ReturnType<typeof signed<InvoiceRow>>;

async function invoiceYears(organisationId: string): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM "issuedAt")::int AS year
    FROM "Invoice" WHERE "organisationId" = ${organisationId}
    ORDER BY year DESC`;
  return rows.map((row) => row.year);
}

/**
 * The invoices page: invoices to pay, awaiting payment validation, and paid (with
 * cancelled and refunded), newest first. The year filter applies to the paid section
 * only — it is history that grows every month — while an invoice still open is always
 * shown, whatever its year. With no year asked, the latest year with invoices is shown.
 */
export async function listInvoices(userId: string, slug: string, query: unknown = {}) {
  const { year: requested } = parseInput(invoiceListQuerySchema, query);
  const { organisation, membership } = await authorize(db, userId, slug, "billing:view");
  const [years, open] = await Promise.all([
    invoiceYears(organisation.id),
    db.invoice.findMany({
      where: { organisationId: organisation.id, status: { in: [...INVOICE_SECTIONS.toPay, ...INVOICE_SECTIONS.awaitingValidation] } },
      select: invoiceSelect,
      orderBy: { issuedAt: "desc" },
    }),
  ]);
  const year = requested ?? years[0] ?? "all";
  const paid = await db.invoice.findMany({
    where: {
      organisationId: organisation.id,
      status: { in: [...INVOICE_SECTIONS.paid] },
      ...(year === "all" ? {} : { issuedAt: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } }),
    },
    select: invoiceSelect,
    orderBy: { issuedAt: "desc" },
  });
  const inSection = (statuses: readonly string[]) => open.filter((invoice) => statuses.includes(invoice.status)).map(signed);
  const toPay = inSection(INVOICE_SECTIONS.toPay);
  return {
    organisation,
    role: membership.role,
    years,
    year,
    sections: { toPay, awaitingValidation: inSection(INVOICE_SECTIONS.awaitingValidation), paid: paid.map(signed) },
    // Every invoice is in EUR (product.md), so one sum is meaningful.
    toPayTotalCents: toPay.reduce((sum, invoice) => sum + invoice.totalCents, 0),
  };
}

/** One invoice or credit note of the organisation, with its lines and the organisation's billing details. */
export async function getInvoice(userId: string, slug: string, number: string) {
  const { organisation, membership } = await authorize(db, userId, slug, "billing:view");
  const parsed = invoiceNumberSchema.safeParse(number);
  if (!parsed.success) throw new NotFoundError();
  // The organisation is in the where clause: another organisation's number is simply not found.
  const invoice = await db.invoice.findFirst({
    where: { number: parsed.data, organisationId: organisation.id },
    select: {
      ...invoiceSelect,
      lines: { select: { position: true, description: true, quantity: true, unitPriceCents: true, amountCents: true }, orderBy: { position: "asc" } },
      organisation: { select: { name: true, ...billingDetailsSelect } },
    },
  });
  if (!invoice) throw new NotFoundError();
  const { lines, organisation: billedTo, ...fields } = invoice;
  return {
    organisation,
    role: membership.role,
    invoice: {
      ...signed(fields),
      lines: lines.map((line) => ({
        ...line,
        unitPriceCents: signedCents(invoice.type, line.unitPriceCents),
        amountCents: signedCents(invoice.type, line.amountCents),
      })),
    },
    billedTo,
  };
}

export type InvoiceDetail = Awaited<ReturnType<typeof getInvoice>>;

/** Usage of the last CONSUMPTION_MONTHS months, summed by month and by metric, newest month first. */
export async function getConsumption(userId: string, slug: string, now = new Date()) {
  const { organisation } = await authorize(db, userId, slug, "billing:view");
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (CONSUMPTION_MONTHS - 1), 1));
  const groups = await db.usageRecord.groupBy({
    by: ["month", "metric"],
    where: { organisationId: organisation.id, month: { gte: since } },
    _sum: { quantity: true, amountCents: true },
    orderBy: [{ month: "desc" }, { metric: "asc" }],
  });
  const metrics = [...new Set(groups.map((group) => group.metric))].sort();
  const months = new Map<number, { month: Date; totalCents: number; byMetric: Record<string, { quantity: number; amountCents: number }> }>();
  for (const group of groups) {
    const key = group.month.getTime();
    const entry = months.get(key) ?? { month: group.month, totalCents: 0, byMetric: {} };
    const amountCents = group._sum.amountCents ?? 0;
    entry.byMetric[group.metric] = { quantity: group._sum.quantity ?? 0, amountCents };
    entry.totalCents += amountCents;
    months.set(key, entry);
  }
  return { since, metrics, months: [...months.values()] };
}

/** The payment methods page: the cards, what may be done to each, and the billing details. */
export async function listPaymentMethods(userId: string, slug: string, now = new Date()) {
  const { organisation, membership } = await authorize(db, userId, slug, "billing:manage");
  const [methods, billingDetails] = await Promise.all([
    db.paymentMethod.findMany({
      where: { organisationId: organisation.id },
      select: { id: true, brand: true, last4: true, expMonth: true, expYear: true, holderName: true, isDefault: true },
      orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    }),
    db.organisation.findUniqueOrThrow({ where: { id: organisation.id }, select: billingDetailsSelect }),
  ]);
  return {
    organisation,
    role: membership.role,
    billingDetails,
    paymentMethods: methods.map((method) => ({
      ...method,
      expired: isExpired(method, now),
      setDefault: canSetDefault(method, now),
      removal: canRemove(method, methods.length),
    })),
  };
}

export async function updateBillingDetails(actor: Actor, slug: string, input: unknown) {
  const data = parseInput(billingDetailsSchema, input);
  await db.$transaction(async (tx) => {
    const { organisation } = await authorize(tx, actor.userId, slug, "billing:manage");
    const previous = await tx.organisation.findUniqueOrThrow({ where: { id: organisation.id }, select: billingDetailsSelect });
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((field) => previous[field] !== data[field]);
    if (changed.length === 0) return;
    await tx.organisation.update({ where: { id: organisation.id }, data });
    // Field names only: the values are the customer's details, and the organisation shows them.
    await recordAuditEvent(tx, actor, organisation, "billing.details-updated", {
      type: "organisation",
      id: organisation.id,
      label: organisation.name,
    }, { changed });
  });
}

function assertAllowed(decision: PaymentMethodDecision): void {
  if (!decision.allowed) throw new ServiceError(decision.reason);
}

/** The payment method `id` of the organisation; the caller holds the organisation lock. */
async function findPaymentMethod(tx: Tx, organisationId: string, id: string) {
  const method = await tx.paymentMethod.findFirst({
    where: { id, organisationId },
    select: { id: true, brand: true, last4: true, expMonth: true, expYear: true, isDefault: true },
  });
  if (!method) throw new NotFoundError();
  return method;
}

const paymentMethodTarget = (method: { id: string; brand: string; last4: string }) => ({
  type: "payment-method",
  id: method.id,
  label: `${method.brand} ****${method.last4}`,
});

// The payment method mutations take the organisation lock, so two concurrent requests
// (make A default / remove the default B) cannot leave the organisation without a default.

export async function setDefaultPaymentMethod(actor: Actor, slug: string, input: unknown) {
  const { paymentMethodId } = parseInput(paymentMethodIdSchema, input);
  await db.$transaction(async (tx) => {
    const { organisation } = await authorizeLocked(tx, actor.userId, slug, "billing:manage");
    const method = await findPaymentMethod(tx, organisation.id, paymentMethodId);
    if (method.isDefault) return;
    assertAllowed(canSetDefault(method, new Date()));
    await tx.paymentMethod.updateMany({ where: { organisationId: organisation.id, isDefault: true }, data: { isDefault: false } });
    await tx.paymentMethod.update({ where: { id: method.id }, data: { isDefault: true } });
    await recordAuditEvent(tx, actor, organisation, "billing.payment-method-made-default", paymentMethodTarget(method));
  });
}

export async function removePaymentMethod(actor: Actor, slug: string, input: unknown) {
  const { paymentMethodId } = parseInput(paymentMethodIdSchema, input);
  await db.$transaction(async (tx) => {
    const { organisation } = await authorizeLocked(tx, actor.userId, slug, "billing:manage");
    const method = await findPaymentMethod(tx, organisation.id, paymentMethodId);
    assertAllowed(canRemove(method, await tx.paymentMethod.count({ where: { organisationId: organisation.id } })));
    await tx.paymentMethod.delete({ where: { id: method.id } });
    await recordAuditEvent(tx, actor, organisation, "billing.payment-method-removed", paymentMethodTarget(method), {
      wasDefault: method.isDefault,
    });
  });
}
