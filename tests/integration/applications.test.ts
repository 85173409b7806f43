import { beforeEach, describe, expect, it } from "vitest";
import { listAddOns } from "@/lib/addons/service";
import {
  createApplication,
  deleteApplication,
  getApplication,
  listApplications,
  removeEnvironmentVariable,
  setEnvironmentVariable,
} from "@/lib/applications/service";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { actorFor, rejection, resetDemoData, testDb } from "@/tests/helpers/database";

const acmeApplication = (name: string) =>
  testDb.application.findFirstOrThrow({ where: { name, organisation: { slug: "acme" } } });

const acmeApplicationCount = () => testDb.application.count({ where: { organisation: { slug: "acme" } } });

const auditCount = (action: string) => testDb.auditEvent.count({ where: { action } });

/** The error a promise rejects with, to assert its type and its fields. */
beforeEach(async () => {
  await resetDemoData();
});

describe("listing and reading applications", () => {
  it("lists acme's applications with their latest deployment for a Developer", async () => {
    const dev = await actorFor("dev@acme.test");
    const { applications, canCreate } = await listApplications(dev.userId, "acme");
    expect(canCreate).toBe(true);
    expect(applications.map((application) => application.name)).toEqual([
      "acme-website", "analytics-worker", "image-resizer", "shop-api",
    ]);
    const resizer = applications.find((application) => application.name === "image-resizer");
    expect(resizer?.lastDeployment?.status).toBe("FAILED");
  });

  it("refuses the list to Accounting", async () => {
    const accounting = await actorFor("accounting@acme.test");
    expect(await rejection(listApplications(accounting.userId, "acme"))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(listAddOns(accounting.userId, "acme"))).toBeInstanceOf(ForbiddenError);
  });

  it("answers NotFound to an outsider, even with the id of an acme application", async () => {
    const outsider = await actorFor("outsider@example.test");
    const website = await acmeApplication("acme-website");
    expect(await rejection(getApplication(outsider.userId, "acme", website.id))).toBeInstanceOf(NotFoundError);
    // Through the outsider's own organisation, the foreign id is not found either.
    expect(await rejection(getApplication(outsider.userId, "outsider-studio", website.id))).toBeInstanceOf(NotFoundError);
  });

  it("shows environment variables and deployments to a Developer", async () => {
    const dev = await actorFor("dev@acme.test");
    const website = await acmeApplication("acme-website");
    const details = await getApplication(dev.userId, "acme", website.id);
    expect(details.canDelete).toBe(false);
    expect(details.environmentVariables.map((variable) => variable.key)).toEqual(["LOG_LEVEL", "NODE_ENV"]);
    expect(details.application.deployments).toHaveLength(2);
    expect(details.application.deployments[0].startedBy?.email).toBe("dev@acme.test");
  });

  it("lists acme's add-ons for a Developer", async () => {
    const dev = await actorFor("dev@acme.test");
    const { addOns } = await listAddOns(dev.userId, "acme");
    expect(addOns.map((addOn) => addOn.name)).toEqual(["media-bucket", "sessions-cache", "shop-db"]);
  });
});

describe("creating an application", () => {
  it("lets a Developer create one, with an audit event", async () => {
    const dev = await actorFor("dev@acme.test");
    const { id } = await createApplication(dev, "acme", {
      name: "blog",
      runtime: "RUBY",
      repositoryUrl: "git@github.com:acme/blog.git",
    });
    const created = await testDb.application.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ name: "blog", runtime: "RUBY", status: "STOPPED", repositoryUrl: "git@github.com:acme/blog.git" });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "application.created", targetId: id } });
    expect(event).toMatchObject({ actorEmail: "dev@acme.test", organisationSlug: "acme", targetLabel: "blog" });
  });

  it("refuses a duplicate name with a field error and writes nothing", async () => {
    const manager = await actorFor("manager@acme.test");
    const applicationsBefore = await acmeApplicationCount();
    const error = await rejection(createApplication(manager, "acme", { name: "shop-api", runtime: "NODE" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ name: "validation.nameTaken" });
    expect(await acmeApplicationCount()).toBe(applicationsBefore);
    expect(await auditCount("application.created")).toBe(0);
  });

  it("gives the same field error to the loser of two simultaneous creations", async () => {
    const [dev, manager] = await Promise.all([actorFor("dev@acme.test"), actorFor("manager@acme.test")]);
    const results = await Promise.allSettled([
      createApplication(dev, "acme", { name: "twin", runtime: "NODE" }),
      createApplication(manager, "acme", { name: "twin", runtime: "GO" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(ValidationError);
    expect((refused as PromiseRejectedResult).reason.fieldErrors).toEqual({ name: "validation.nameTaken" });
    expect(await auditCount("application.created")).toBe(1);
  });

  it("allows the same name in another organisation", async () => {
    const admin = await actorFor("admin@acme.test");
    await createApplication(admin, "bakery", { name: "shop-api", runtime: "PHP" });
    expect(await testDb.application.count({ where: { name: "shop-api" } })).toBe(2);
  });

  it("refuses badly formed input field by field", async () => {
    const dev = await actorFor("dev@acme.test");
    const error = await rejection(
      createApplication(dev, "acme", { name: "Shop API", runtime: "COBOL", repositoryUrl: "ftp://example.test/repo" }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      name: "validation.appNameFormat",
      runtime: "validation.runtime",
      repositoryUrl: "validation.repositoryUrl",
    });
  });

  it("refuses Accounting", async () => {
    const accounting = await actorFor("accounting@acme.test");
    const applicationsBefore = await acmeApplicationCount();
    expect(await rejection(createApplication(accounting, "acme", { name: "ledger", runtime: "NODE" }))).toBeInstanceOf(ForbiddenError);
    expect(await acmeApplicationCount()).toBe(applicationsBefore);
  });
});

describe("deleting an application", () => {
  it("refuses a Developer, and the application stays", async () => {
    const dev = await actorFor("dev@acme.test");
    const website = await acmeApplication("acme-website");
    const applicationsBefore = await acmeApplicationCount();
    const error = await rejection(deleteApplication(dev, "acme", { applicationId: website.id, confirmation: "acme-website" }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(await acmeApplicationCount()).toBe(applicationsBefore);
    expect(await testDb.application.count({ where: { id: website.id } })).toBe(1);
    expect(await auditCount("application.deleted")).toBe(0);
  });

  it("lets a Manager delete it with its variables and deployments", async () => {
    const manager = await actorFor("manager@acme.test");
    const website = await acmeApplication("acme-website");
    await deleteApplication(manager, "acme", { applicationId: website.id, confirmation: "acme-website" });
    expect(await testDb.application.count({ where: { id: website.id } })).toBe(0);
    expect(await testDb.environmentVariable.count({ where: { applicationId: website.id } })).toBe(0);
    expect(await testDb.deployment.count({ where: { applicationId: website.id } })).toBe(0);
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "application.deleted" } });
    expect(event).toMatchObject({ actorEmail: "manager@acme.test", targetId: website.id, targetLabel: "acme-website" });
  });

  it("refuses a wrong confirmation and deletes nothing", async () => {
    const admin = await actorFor("admin@acme.test");
    const website = await acmeApplication("acme-website");
    const error = await rejection(deleteApplication(admin, "acme", { applicationId: website.id, confirmation: "acme" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe("CONFIRMATION_MISMATCH");
    expect(await testDb.application.count({ where: { id: website.id } })).toBe(1);
  });

  it("answers NotFound for another organisation's application, and deletes nothing", async () => {
    const outsider = await actorFor("outsider@example.test");
    const website = await acmeApplication("acme-website");
    const error = await rejection(
      deleteApplication(outsider, "outsider-studio", { applicationId: website.id, confirmation: "acme-website" }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(await testDb.application.count({ where: { id: website.id } })).toBe(1);
  });
});

describe("environment variables", () => {
  it("lets a Developer add, replace and remove a variable, auditing its name but never its value", async () => {
    const dev = await actorFor("dev@acme.test");
    const website = await acmeApplication("acme-website");
    await setEnvironmentVariable(dev, "acme", { applicationId: website.id, key: "API_TOKEN", value: "s3cret" });
    await setEnvironmentVariable(dev, "acme", { applicationId: website.id, key: "API_TOKEN", value: "rotated" });
    const variable = await testDb.environmentVariable.findUniqueOrThrow({
      where: { applicationId_key: { applicationId: website.id, key: "API_TOKEN" } },
    });
    expect(variable.value).toBe("rotated");
    const events = await testDb.auditEvent.findMany({ where: { action: "application.env-set" } });
    expect(events.map((event) => event.metadata)).toEqual(expect.arrayContaining([
      { key: "API_TOKEN", replaced: false },
      { key: "API_TOKEN", replaced: true },
    ]));
    expect(events).toHaveLength(2);
    expect(JSON.stringify(events)).not.toContain("s3cret");

    await removeEnvironmentVariable(dev, "acme", { applicationId: website.id, key: "API_TOKEN" });
    expect(await testDb.environmentVariable.count({ where: { applicationId: website.id, key: "API_TOKEN" } })).toBe(0);
    expect(await auditCount("application.env-removed")).toBe(1);
  });

  it("refuses an invalid key and writes nothing", async () => {
    const dev = await actorFor("dev@acme.test");
    const website = await acmeApplication("acme-website");
    for (const [key, message] of [["lower_case", "validation.envKey"], ["1ST", "validation.envKey"], ["WITH-DASH", "validation.envKey"], ["", "validation.required"]]) {
      const error = await rejection(setEnvironmentVariable(dev, "acme", { applicationId: website.id, key, value: "x" }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.key).toBe(message);
    }
    expect(await testDb.environmentVariable.count({ where: { applicationId: website.id } })).toBe(2);
    expect(await auditCount("application.env-set")).toBe(0);
  });

  it("refuses a value over 4 KiB, counted in bytes", async () => {
    const dev = await actorFor("dev@acme.test");
    const website = await acmeApplication("acme-website");
    await setEnvironmentVariable(dev, "acme", { applicationId: website.id, key: "FITS", value: "a".repeat(4096) });
    // 2,050 two-byte characters: under 4,096 characters, over 4,096 bytes.
    const error = await rejection(setEnvironmentVariable(dev, "acme", { applicationId: website.id, key: "TOO_BIG", value: "é".repeat(2050) }));
    expect((error as ValidationError).fieldErrors.value).toBe("validation.envValueTooLong");
  });

  it("answers NotFound when removing a variable that does not exist", async () => {
    const dev = await actorFor("dev@acme.test");
    const website = await acmeApplication("acme-website");
    expect(await rejection(removeEnvironmentVariable(dev, "acme", { applicationId: website.id, key: "MISSING" }))).toBeInstanceOf(NotFoundError);
  });

  it("refuses Accounting and an outsider", async () => {
    const website = await acmeApplication("acme-website");
    const input = { applicationId: website.id, key: "INTRUDER", value: "x" };
    expect(await rejection(setEnvironmentVariable(await actorFor("accounting@acme.test"), "acme", input))).toBeInstanceOf(ForbiddenError);
    expect(await rejection(setEnvironmentVariable(await actorFor("outsider@example.test"), "acme", input))).toBeInstanceOf(NotFoundError);
    expect(await rejection(setEnvironmentVariable(await actorFor("outsider@example.test"), "outsider-studio", input))).toBeInstanceOf(NotFoundError);
    expect(await testDb.environmentVariable.count({ where: { key: "INTRUDER" } })).toBe(0);
  });
});
