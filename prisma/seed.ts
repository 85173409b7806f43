// The demo data of shared/docs/product.md. `npm run db:seed` resets it; the first
// `npm start` on an empty database loads it. Every demo password is "atelier-demo".
import { hashPassword } from "../lib/auth/password.ts";
import { newInvitationToken, invitationExpiry } from "../lib/invitations/token.ts";
import { applyMigrations } from "../scripts/migrate.ts";
import { createPrismaClient, type AtelierPrismaClient } from "../lib/prisma-client.ts";
import type { Role } from "../lib/policy.ts";

export const DEMO_PASSWORD = "atelier-demo";
const VAT_RATE = 0.2;

const DEMO_USERS = [
  { email: "admin@acme.test", name: "Alice Martin", twoFactorEnabled: true },
  { email: "manager@acme.test", name: "Marc Dubois", twoFactorEnabled: true },
  { email: "dev@acme.test", name: "Dana Lefèvre", twoFactorEnabled: false },
  { email: "accounting@acme.test", name: "Claire Moreau", twoFactorEnabled: false },
  { email: "outsider@example.test", name: "Oscar Petit", twoFactorEnabled: false },
] as const;

type DemoEmail = (typeof DEMO_USERS)[number]["email"];

const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month, 1));

async function resetDatabase(db: AtelierPrismaClient) {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
  }
}

async function seedInvoices(db: AtelierPrismaClient, organisationId: string, prefix: string, monthlyBaseCents: number, now: Date) {
  // Twelve monthly invoices ending last month: older ones paid, recent ones in the other statuses.
  const recentStatuses = ["PENDING", "PROCESSING", "PAYMENTHELD", "PAID", "WONTPAY", "PAID", "CANCELED"] as const;
  for (let age = 12; age >= 1; age--) {
    const periodStart = monthStart(now.getUTCFullYear(), now.getUTCMonth() - age);
    const periodEnd = new Date(monthStart(now.getUTCFullYear(), now.getUTCMonth() - age + 1).getTime() - 1);
    const issuedAt = new Date(periodEnd.getTime() + 1 + 2 * 3600_000);
    const status = age <= recentStatuses.length ? recentStatuses[age - 1] : "PAID";
    const lines = [
      { description: "Applications — compute (scalers × hours)", quantity: 720, unitPriceCents: Math.round(monthlyBaseCents / 720) },
      { description: "PostgreSQL add-on — plan S", quantity: 1, unitPriceCents: 1500 + age * 10 },
      { description: "Redis add-on — plan XS", quantity: 1, unitPriceCents: 600 },
      { description: "Outbound bandwidth (GB)", quantity: 40 + age * 3, unitPriceCents: 9 },
    ];
    const subtotal = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
    const tax = Math.round(subtotal * VAT_RATE);
    const number = `${prefix}-${periodStart.getUTCFullYear()}${String(periodStart.getUTCMonth() + 1).padStart(2, "0")}`;
    await db.invoice.create({
      data: {
        organisationId,
        number,
        status,
        periodStart,
        periodEnd,
        issuedAt,
        dueAt: new Date(issuedAt.getTime() + 30 * 86400_000),
        paidAt: status === "PAID" ? new Date(issuedAt.getTime() + 3 * 86400_000) : null,
        subtotalCents: subtotal,
        taxCents: tax,
        totalCents: subtotal + tax,
        lines: {
          create: lines.map((line, position) => ({ ...line, position, amountCents: line.quantity * line.unitPriceCents })),
        },
      },
    });
  }
  // A credit note for a billing mistake four months ago.
  const creditMonth = monthStart(now.getUTCFullYear(), now.getUTCMonth() - 4);
  await db.invoice.create({
    data: {
      organisationId,
      number: `${prefix}-CN-${creditMonth.getUTCFullYear()}${String(creditMonth.getUTCMonth() + 1).padStart(2, "0")}`,
      type: "CREDITNOTE",
      status: "REFUNDED",
      periodStart: creditMonth,
      periodEnd: new Date(monthStart(now.getUTCFullYear(), now.getUTCMonth() - 3).getTime() - 1),
      issuedAt: new Date(monthStart(now.getUTCFullYear(), now.getUTCMonth() - 3).getTime() + 5 * 86400_000),
      subtotalCents: 2500,
      taxCents: 500,
      totalCents: 3000,
      lines: { create: [{ position: 0, description: "Refund — duplicated Redis add-on", quantity: 1, unitPriceCents: 2500, amountCents: 2500 }] },
    },
  });
}

export async function seedDemoData(db: AtelierPrismaClient, now = new Date()) {
  await resetDatabase(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = {} as Record<DemoEmail, { id: string; name: string }>;
  for (const demo of DEMO_USERS) {
    const user = await db.user.create({
      data: {
        ...demo,
        passwordHash,
        emailVerified: now,
        personalSpace: {
          create: {
            slug: `personal-${demo.email.split("@")[0]}`,
            name: demo.name,
          },
        },
      },
      include: { personalSpace: true },
    });
    await db.membership.create({ data: { organisationId: user.personalSpace!.id, userId: user.id, role: "ADMIN" } });
    users[demo.email] = user;
  }

  const organisation = async (slug: string, name: string, billingEmail: string, members: [DemoEmail, Role, string?][]) =>
    db.organisation.create({
      data: {
        slug,
        name,
        billingEmail,
        billingName: name,
        billingAddress: "12 rue de la Paix, 75002 Paris, France",
        vatNumber: "FR40123456789",
        memberships: { create: members.map(([email, role, jobTitle]) => ({ userId: users[email].id, role, jobTitle })) },
      },
    });

  const acme = await organisation("acme", "Acme Web Agency", "billing@acme.test", [
    ["admin@acme.test", "ADMIN", "Founder"],
    ["manager@acme.test", "MANAGER", "Project manager"],
    ["dev@acme.test", "DEVELOPER", "Full-stack developer"],
    ["accounting@acme.test", "ACCOUNTING", "Accountant"],
  ]);
  const bakery = await organisation("bakery", "Boulangerie Martin", "compta@boulangerie-martin.test", [
    ["admin@acme.test", "ADMIN", "Agency contact"],
    ["accounting@acme.test", "ACCOUNTING", "Accountant"],
  ]);
  await organisation("outsider-studio", "Outsider Studio", "oscar@example.test", [["outsider@example.test", "ADMIN", "Owner"]]);

  const applications = [
    { name: "acme-website", runtime: "NODE", status: "RUNNING", repositoryUrl: "git+ssh://git.atelier.test/acme/website.git" },
    { name: "shop-api", runtime: "PHP", status: "RUNNING", repositoryUrl: "git+ssh://git.atelier.test/acme/shop-api.git" },
    { name: "analytics-worker", runtime: "PYTHON", status: "STOPPED", repositoryUrl: "git+ssh://git.atelier.test/acme/analytics.git" },
    { name: "image-resizer", runtime: "GO", status: "FAILED", repositoryUrl: "git+ssh://git.atelier.test/acme/resizer.git" },
  ] as const;
  for (const [index, app] of applications.entries()) {
    await db.application.create({
      data: {
        ...app,
        organisationId: acme.id,
        environmentVariables: { create: [{ key: "NODE_ENV", value: "production" }, { key: "LOG_LEVEL", value: "info" }] },
        deployments: {
          create: [
            { status: "SUCCEEDED", commitSha: `a1b2c3d${index}`, message: "Initial release", startedById: users["dev@acme.test"].id, createdAt: new Date(now.getTime() - (10 + index) * 86400_000), finishedAt: new Date(now.getTime() - (10 + index) * 86400_000 + 120_000) },
            { status: app.status === "FAILED" ? "FAILED" : "SUCCEEDED", commitSha: `e4f5a6b${index}`, message: "Update dependencies", startedById: users["dev@acme.test"].id, createdAt: new Date(now.getTime() - (index + 1) * 86400_000), finishedAt: new Date(now.getTime() - (index + 1) * 86400_000 + 90_000) },
          ],
        },
      },
    });
  }
  await db.application.create({ data: { organisationId: bakery.id, name: "boulangerie-site", runtime: "STATIC", status: "RUNNING" } });

  await db.addOn.createMany({
    data: [
      { organisationId: acme.id, name: "shop-db", provider: "POSTGRESQL", plan: "S" },
      { organisationId: acme.id, name: "sessions-cache", provider: "REDIS", plan: "XS" },
      { organisationId: acme.id, name: "media-bucket", provider: "OBJECT_STORAGE", plan: "Standard" },
      { organisationId: bakery.id, name: "orders-db", provider: "MYSQL", plan: "XS" },
    ],
  });

  await seedInvoices(db, acme.id, "ACME", 8900, now);
  await seedInvoices(db, bakery.id, "BKRY", 2400, now);

  await db.paymentMethod.createMany({
    data: [
      { organisationId: acme.id, brand: "visa", last4: "4242", expMonth: 8, expYear: now.getUTCFullYear() + 2, holderName: "Acme Web Agency", isDefault: true },
      { organisationId: bakery.id, brand: "mastercard", last4: "5454", expMonth: 3, expYear: now.getUTCFullYear() + 1, holderName: "Boulangerie Martin", isDefault: true },
    ],
  });

  for (let age = 3; age >= 0; age--) {
    const month = monthStart(now.getUTCFullYear(), now.getUTCMonth() - age);
    await db.usageRecord.createMany({
      data: [
        { organisationId: acme.id, month, metric: "compute.hours", quantity: 720 - age * 20, amountCents: 8900 - age * 150 },
        { organisationId: acme.id, month, metric: "addons.count", quantity: 3, amountCents: 2100 },
        { organisationId: acme.id, month, metric: "bandwidth.gb", quantity: 40 + age * 3, amountCents: (40 + age * 3) * 9 },
      ],
    });
  }

  // A pending invitation, whose link is not known (only its hash is stored): resend it to get one.
  await db.invitation.create({
    data: {
      organisationId: acme.id,
      email: "freelancer@example.test",
      role: "DEVELOPER",
      jobTitle: "Freelance developer",
      tokenHash: newInvitationToken().tokenHash,
      expiresAt: invitationExpiry(now),
      invitedById: users["admin@acme.test"].id,
    },
  });

  const actor = { actorId: users["admin@acme.test"].id, actorEmail: "admin@acme.test" };
  await db.auditEvent.createMany({
    data: [
      { ...actor, organisationId: acme.id, organisationSlug: "acme", action: "organisation.created", targetType: "organisation", targetId: acme.id, targetLabel: acme.name, createdAt: new Date(now.getTime() - 400 * 86400_000) },
      { ...actor, organisationId: acme.id, organisationSlug: "acme", action: "invitation.created", targetType: "invitation", targetLabel: "freelancer@example.test", metadata: { role: "DEVELOPER" }, createdAt: new Date(now.getTime() - 3600_000) },
      { ...actor, organisationId: bakery.id, organisationSlug: "bakery", action: "organisation.created", targetType: "organisation", targetId: bakery.id, targetLabel: bakery.name, createdAt: new Date(now.getTime() - 200 * 86400_000) },
    ],
  });
}

if (process.argv[1]?.endsWith("seed.ts")) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (run through `npm run db:seed`).");
  await applyMigrations(url);
  const db = createPrismaClient(url, 2);
  await seedDemoData(db);
  await db.$disconnect();
  console.log("Demo data loaded. Every demo account's password is atelier-demo.");
}
