import { createFormatter, createTranslator, type Messages } from "next-intl";
import { PDFDocument } from "pdf-lib";
import { beforeEach, describe, expect, it } from "vitest";
import { renderInvoicePdf } from "@/lib/billing/pdf";
import { INVOICE_SECTIONS } from "@/lib/billing/rules";
import {
  getConsumption,
  getInvoice,
  listInvoices,
  listPaymentMethods,
  removePaymentMethod,
  setDefaultPaymentMethod,
  updateBillingDetails,
} from "@/lib/billing/service";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import enBilling from "@/messages/en/billing.json";
import frBilling from "@/messages/fr/billing.json";
import { actorFor, resetDemoData, testDb } from "@/tests/helpers/database";

beforeEach(resetDemoData);

const organisationId = async (slug: string) => (await testDb.organisation.findUniqueOrThrow({ where: { slug } })).id;

async function billingDetails(slug = "acme") {
  return testDb.organisation.findUniqueOrThrow({
    where: { slug },
    select: { billingName: true, billingEmail: true, billingAddress: true, vatNumber: true },
  });
}

async function paymentMethods(slug = "acme") {
  return testDb.paymentMethod.findMany({ where: { organisation: { slug } }, orderBy: { id: "asc" } });
}

function allOf(sections: Awaited<ReturnType<typeof listInvoices>>["sections"]) {
  return [...sections.toPay, ...sections.awaitingValidation, ...sections.paid];
}

describe("listInvoices", () => {
  it("shows Admin and Accounting every invoice of the organisation, grouped by status", async () => {
    const stored = await testDb.invoice.count({ where: { organisation: { slug: "acme" } } });
    for (const email of ["admin@acme.test", "accounting@acme.test"]) {
      const { userId } = await actorFor(email);
      const { sections } = await listInvoices(userId, "acme", { year: "all" });
      const invoices = allOf(sections);
      expect(invoices, email).toHaveLength(stored);
      expect(invoices.every((invoice) => invoice.number.startsWith("ACME-")), email).toBe(true);
      for (const [section, statuses] of Object.entries(INVOICE_SECTIONS)) {
        const listed = sections[section as keyof typeof sections];
        expect(listed.every((invoice) => (statuses as readonly string[]).includes(invoice.status)), section).toBe(true);
      }
      expect(sections.toPay.map((invoice) => invoice.status).sort()).toEqual(["PENDING", "WONTPAY"]);
      expect(sections.awaitingValidation.map((invoice) => invoice.status).sort()).toEqual(["PAYMENTHELD", "PROCESSING"]);
    }
  });

  it("refuses Manager and Developer (403) and hides the organisation from an outsider (404)", async () => {
    for (const email of ["manager@acme.test", "dev@acme.test"]) {
      const { userId } = await actorFor(email);
      await expect(listInvoices(userId, "acme"), email).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getInvoice(userId, "acme", "ACME-CN-000000"), email).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getConsumption(userId, "acme"), email).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listPaymentMethods(userId, "acme"), email).rejects.toBeInstanceOf(ForbiddenError);
    }
    const outsider = await actorFor("outsider@example.test");
    const number = (await testDb.invoice.findFirstOrThrow({ where: { organisation: { slug: "acme" } } })).number;
    await expect(listInvoices(outsider.userId, "acme")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInvoice(outsider.userId, "acme", number)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInvoice(outsider.userId, "outsider-studio", number)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows a credit note with negative amounts", async () => {
    const { userId } = await actorFor("accounting@acme.test");
    const stored = await testDb.invoice.findFirstOrThrow({ where: { organisation: { slug: "acme" }, type: "CREDITNOTE" } });
    const listed = allOf((await listInvoices(userId, "acme", { year: "all" })).sections).find((invoice) => invoice.number === stored.number);
    expect(listed).toMatchObject({ type: "CREDITNOTE", totalCents: -stored.totalCents, subtotalCents: -stored.subtotalCents, taxCents: -stored.taxCents });
    expect(listed!.totalCents).toBeLessThan(0);

    const { invoice } = await getInvoice(userId, "acme", stored.number);
    expect(invoice.totalCents).toBe(-stored.totalCents);
    expect(invoice.lines.every((line) => line.amountCents < 0)).toBe(true);
    expect(invoice.lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(invoice.subtotalCents);
  });

  it("filters the paid section by year (latest by default) and never hides an open invoice", async () => {
    const { userId } = await actorFor("admin@acme.test");
    const acme = await organisationId("acme");
    const old = { organisationId: acme, periodStart: new Date(Date.UTC(2019, 4, 1)), periodEnd: new Date(Date.UTC(2019, 5, 1) - 1), issuedAt: new Date(Date.UTC(2019, 5, 1)), subtotalCents: 1000, taxCents: 200, totalCents: 1200 };
    await testDb.invoice.create({ data: { ...old, number: "ACME-201905", status: "PAID" } });
    await testDb.invoice.create({ data: { ...old, number: "ACME-201905-B", status: "PENDING" } });

    const latest = await listInvoices(userId, "acme");
    expect(latest.years.at(-1)).toBe(2019);
    expect(latest.years).toEqual([...latest.years].sort((a, b) => b - a));
    expect(latest.year).toBe(latest.years[0]);
    expect(latest.sections.paid.length).toBeGreaterThan(0);
    expect(latest.sections.paid.every((invoice) => invoice.issuedAt.getUTCFullYear() === latest.year)).toBe(true);
    expect(latest.sections.toPay.map((invoice) => invoice.number)).toContain("ACME-201905-B");

    // Query strings arrive as strings.
    const in2019 = await listInvoices(userId, "acme", { year: "2019" });
    expect(in2019.year).toBe(2019);
    expect(in2019.sections.paid.map((invoice) => invoice.number)).toEqual(["ACME-201905"]);
    expect(in2019.sections.toPay).toEqual(latest.sections.toPay);

    const all = await listInvoices(userId, "acme", { year: "all" });
    expect(all.sections.paid.length).toBe(latest.sections.paid.length + 1);

    for (const nonsense of ["abc", "20", ["2019", "2020"], ""]) {
      expect((await listInvoices(userId, "acme", { year: nonsense })).year, String(nonsense)).toBe(latest.year);
    }
  });
});

describe("getInvoice", () => {
  it("answers 404 for an invoice number of another organisation, even one the user belongs to", async () => {
    const { userId } = await actorFor("admin@acme.test");
    const bakeryInvoice = await testDb.invoice.findFirstOrThrow({ where: { organisation: { slug: "bakery" } } });
    await expect(getInvoice(userId, "acme", bakeryInvoice.number)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInvoice(userId, "acme", "NO-SUCH-NUMBER")).rejects.toBeInstanceOf(NotFoundError);
    const { invoice, billedTo } = await getInvoice(userId, "bakery", bakeryInvoice.number);
    expect(invoice.number).toBe(bakeryInvoice.number);
    expect(billedTo.billingName).toBe("Boulangerie Martin");
  });

  it("returns the lines in order, summing to the subtotal", async () => {
    const { userId } = await actorFor("accounting@acme.test");
    const stored = await testDb.invoice.findFirstOrThrow({ where: { organisation: { slug: "acme" }, type: "INVOICE" } });
    const { invoice } = await getInvoice(userId, "acme", stored.number);
    expect(invoice.lines.map((line) => line.position)).toEqual([...invoice.lines.keys()]);
    expect(invoice.lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(invoice.subtotalCents);
    expect(invoice.subtotalCents + invoice.taxCents).toBe(invoice.totalCents);
  });
});

describe("getConsumption", () => {
  it("sums usage by month, newest first", async () => {
    const { userId } = await actorFor("accounting@acme.test");
    const { months, metrics } = await getConsumption(userId, "acme");
    const records = await testDb.usageRecord.findMany({ where: { organisation: { slug: "acme" } } });
    expect(metrics).toEqual([...new Set(records.map((record) => record.metric))].sort());
    expect(months.length).toBe(new Set(records.map((record) => record.month.getTime())).size);
    expect(months.map((month) => month.month.getTime())).toEqual(months.map((month) => month.month.getTime()).sort((a, b) => b - a));
    for (const month of months) {
      const expected = records.filter((record) => record.month.getTime() === month.month.getTime()).reduce((sum, record) => sum + record.amountCents, 0);
      expect(month.totalCents).toBe(expected);
    }
  });
});

describe("updateBillingDetails", () => {
  it("saves normalised details and records who changed what", async () => {
    const accounting = await actorFor("accounting@acme.test");
    await updateBillingDetails(accounting, "acme", {
      billingName: " Acme Web Agency SAS ",
      billingEmail: "Compta@Acme.test",
      billingAddress: "3 place Bellecour, 69002 Lyon, France",
      vatNumber: "fr 40 123.456-789",
    });
    expect(await billingDetails()).toEqual({
      billingName: "Acme Web Agency SAS",
      billingEmail: "compta@acme.test",
      billingAddress: "3 place Bellecour, 69002 Lyon, France",
      vatNumber: "FR40123456789",
    });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "billing.details-updated" } });
    expect(event).toMatchObject({ actorEmail: "accounting@acme.test", organisationSlug: "acme", metadata: { changed: ["billingName", "billingEmail", "billingAddress"] } });
  });

  it("refuses bad input field by field and changes nothing", async () => {
    const admin = await actorFor("admin@acme.test");
    const before = await billingDetails();
    const attempt = updateBillingDetails(admin, "acme", { billingName: "  ", billingEmail: "not-an-address", billingAddress: "", vatNumber: "123" });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: {
        billingName: "validation.billingNameRequired",
        billingEmail: "validation.email",
        billingAddress: "validation.billingAddressRequired",
        vatNumber: "validation.vatNumber",
      },
    });
    expect(await billingDetails()).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { action: "billing.details-updated" } })).toBe(0);
  });

  it("refuses a Developer or a Manager calling the service directly, and the database is unchanged", async () => {
    const before = await billingDetails();
    for (const email of ["dev@acme.test", "manager@acme.test"]) {
      const actor = await actorFor(email);
      await expect(
        updateBillingDetails(actor, "acme", { billingName: "Hijacked", billingEmail: "", billingAddress: "Elsewhere", vatNumber: "" }),
        email,
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    const outsider = await actorFor("outsider@example.test");
    await expect(
      updateBillingDetails(outsider, "acme", { billingName: "Hijacked", billingEmail: "", billingAddress: "Elsewhere", vatNumber: "" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await billingDetails()).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { action: "billing.details-updated" } })).toBe(0);
  });
});

describe("payment methods", () => {
  async function addCard(slug: string, fields: { last4: string; expYear: number; isDefault?: boolean }) {
    return testDb.paymentMethod.create({
      data: { organisationId: await organisationId(slug), brand: "mastercard", expMonth: 1, holderName: "Acme Web Agency", ...fields },
    });
  }

  it("lists the cards with what may be done to each", async () => {
    const accounting = await actorFor("accounting@acme.test");
    const expired = await addCard("acme", { last4: "0001", expYear: 2020 });
    const { paymentMethods: listed, billingDetails: details } = await listPaymentMethods(accounting.userId, "acme");
    expect(listed[0]).toMatchObject({ last4: "4242", isDefault: true, expired: false, removal: { allowed: false, reason: "DEFAULT_PAYMENT_METHOD" } });
    expect(listed.find((method) => method.id === expired.id)).toMatchObject({ expired: true, setDefault: { allowed: false }, removal: { allowed: true } });
    expect(details.vatNumber).toBe("FR40123456789");
  });

  it("keeps exactly one default: refuses removing the default while other cards exist, and an expired card as default", async () => {
    const admin = await actorFor("admin@acme.test");
    const [original] = await paymentMethods();
    const expired = await addCard("acme", { last4: "0001", expYear: 2020 });
    const valid = await addCard("acme", { last4: "0002", expYear: new Date().getUTCFullYear() + 3 });

    await expect(removePaymentMethod(admin, "acme", { paymentMethodId: original.id })).rejects.toMatchObject({ code: "DEFAULT_PAYMENT_METHOD" });
    await expect(setDefaultPaymentMethod(admin, "acme", { paymentMethodId: expired.id })).rejects.toMatchObject({ code: "PAYMENT_METHOD_EXPIRED" });
    expect((await paymentMethods()).filter((method) => method.isDefault).map((method) => method.id)).toEqual([original.id]);

    await setDefaultPaymentMethod(admin, "acme", { paymentMethodId: valid.id });
    expect((await paymentMethods()).filter((method) => method.isDefault).map((method) => method.id)).toEqual([valid.id]);
    await removePaymentMethod(admin, "acme", { paymentMethodId: original.id });
    await removePaymentMethod(admin, "acme", { paymentMethodId: expired.id });
    // The last card may go, default or not.
    await removePaymentMethod(admin, "acme", { paymentMethodId: valid.id });
    expect(await paymentMethods()).toEqual([]);
    expect(await testDb.auditEvent.count({ where: { action: "billing.payment-method-removed" } })).toBe(3);
    expect(await testDb.auditEvent.count({ where: { action: "billing.payment-method-made-default" } })).toBe(1);
  });

  it("answers 404 for another organisation's card and refuses a Developer, changing nothing", async () => {
    const admin = await actorFor("admin@acme.test");
    const dev = await actorFor("dev@acme.test");
    const [bakeryCard] = await paymentMethods("bakery");
    const before = [...(await paymentMethods()), ...(await paymentMethods("bakery"))];
    await expect(removePaymentMethod(admin, "acme", { paymentMethodId: bakeryCard.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setDefaultPaymentMethod(admin, "acme", { paymentMethodId: bakeryCard.id })).rejects.toBeInstanceOf(NotFoundError);
    const [acmeCard] = await paymentMethods();
    await expect(removePaymentMethod(dev, "acme", { paymentMethodId: acmeCard.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setDefaultPaymentMethod(dev, "acme", { paymentMethodId: acmeCard.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect([...(await paymentMethods()), ...(await paymentMethods("bakery"))]).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { action: { startsWith: "billing." } } })).toBe(0);
  });
});

describe("renderInvoicePdf", () => {
  // What the route gets from getTranslations("billing") and getFormatter() in that language.
  const localisation = (locale: "en" | "fr") => {
    const messages: Messages = { billing: locale === "fr" ? frBilling : enBilling };
    return { t: createTranslator({ locale, messages, namespace: "billing" }), format: createFormatter({ locale, timeZone: "UTC" }) };
  };

  it("draws a PDF of an invoice and of a credit note, in English and in French", async () => {
    const { userId } = await actorFor("accounting@acme.test");
    for (const type of ["INVOICE", "CREDITNOTE"] as const) {
      const stored = await testDb.invoice.findFirstOrThrow({ where: { organisation: { slug: "acme" }, type } });
      const detail = await getInvoice(userId, "acme", stored.number);
      for (const locale of ["en", "fr"] as const) {
        const { t, format } = localisation(locale);
        const bytes = await renderInvoicePdf(detail, t, format);
        expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1"), `${type} ${locale}`).toBe("%PDF-");
        const document = await PDFDocument.load(bytes);
        expect(document.getPageCount()).toBe(1);
        expect(document.getTitle()).toContain(stored.number);
      }
    }
  });

  it("survives text the standard fonts cannot encode, and breaks long invoices into pages", async () => {
    const { userId } = await actorFor("admin@acme.test");
    const stored = await testDb.invoice.findFirstOrThrow({ where: { organisation: { slug: "acme" }, type: "INVOICE" } });
    const detail = await getInvoice(userId, "acme", stored.number);
    const line = detail.invoice.lines[0];
    const long = {
      ...detail,
      billedTo: { ...detail.billedTo, billingAddress: "ul. Piotrkowska 1 → Łódź, Polska 🚀\nsecond line" },
      invoice: { ...detail.invoice, lines: Array.from({ length: 80 }, (_, position) => ({ ...line, position, description: `${line.description} — ligne n°${position} ő ✓` })) },
    };
    const { t, format } = localisation("fr");
    const document = await PDFDocument.load(await renderInvoicePdf(long, t, format));
    expect(document.getPageCount()).toBeGreaterThan(1);
  });
});
