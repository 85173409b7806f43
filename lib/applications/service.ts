import "server-only";
import type { Actor } from "@/lib/actor";
import {
  applicationIdSchema,
  createApplicationSchema,
  deleteApplicationSchema,
  removeEnvironmentVariableSchema,
  setEnvironmentVariableSchema,
} from "@/lib/applications/schema";
import { recordAuditEvent } from "@/lib/audit/service";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize, type OrganisationContext } from "@/lib/organisations/access";
import { can } from "@/lib/policy";
import { parseInput } from "@/lib/validation";

const DEPLOYMENTS_SHOWN = 20;

const nameTaken = () => new ValidationError({ name: "validation.nameTaken" }, "NAME_TAKEN");

/** What the list and the page of an application both show. */
const applicationSummarySelect = { id: true, name: true, runtime: true, status: true, region: true } as const;

/** The organisation's applications by name, each with its latest deployment. */
export async function listApplications(userId: string, slug: string) {
  const { organisation, membership } = await authorize(db, userId, slug, "applications:view");
  const applications = await db.application.findMany({
    where: { organisationId: organisation.id },
    select: {
      ...applicationSummarySelect,
      deployments: { select: { status: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
    orderBy: { name: "asc" },
  });
  return {
    organisation,
    role: membership.role,
    canCreate: can(membership.role, "applications:create"),
    applications: applications.map(({ deployments, ...application }) => ({
      ...application,
      lastDeployment: deployments[0] ?? null,
    })),
  };
}

/**
 * One application of the organisation. The organisation is part of the query, so
 * another organisation's application id is simply not found (404), never forbidden.
 */
export async function getApplication(userId: string, slug: string, applicationId: string) {
  const { organisation, membership } = await authorize(db, userId, slug, "applications:view");
  const id = applicationIdSchema.safeParse(applicationId);
  if (!id.success) throw new NotFoundError();
  const canOperate = can(membership.role, "applications:operate");
  const application = await db.application.findFirst({
    where: { id: id.data, organisationId: organisation.id },
    select: {
      ...applicationSummarySelect,
      repositoryUrl: true,
      createdAt: true,
      // Values can be secrets: only roles that operate the application receive them.
      environmentVariables: canOperate
        ? { select: { key: true, value: true, updatedAt: true }, orderBy: { key: "asc" } }
        : false,
      deployments: {
        select: {
          id: true,
          status: true,
          commitSha: true,
          message: true,
          createdAt: true,
          finishedAt: true,
          startedBy: { select: { name: true, email: true } },
        },
        orderBy: { createdAt: "desc" },
        take: DEPLOYMENTS_SHOWN,
      },
      _count: { select: { deployments: true } },
    },
  });
  if (!application) throw new NotFoundError();
  const { environmentVariables, _count, ...details } = application;
  return {
    organisation,
    role: membership.role,
    canOperate,
    canDelete: can(membership.role, "applications:delete"),
    application: details,
    environmentVariables: environmentVariables ?? [],
    deploymentCount: _count.deployments,
  };
}

export async function createApplication(actor: Actor, slug: string, input: unknown) {
  const data = parseInput(createApplicationSchema, input);
  return db
    .$transaction(async (tx) => {
      const { organisation } = await authorize(tx, actor.userId, slug, "applications:create");
      const taken = await tx.application.findUnique({
        where: { organisationId_name: { organisationId: organisation.id, name: data.name } },
        select: { id: true },
      });
      if (taken) throw nameTaken();
      const application = await tx.application.create({ data: { ...data, organisationId: organisation.id } });
      await recordAuditEvent(tx, actor, organisation, "application.created", {
        type: "application",
        id: application.id,
        label: application.name,
      }, { runtime: application.runtime });
      return { id: application.id };
    })
    .catch((error: unknown) => {
      // Two creations of one name at once: the unique index refuses the second.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken();
      throw error;
    });
}

/** The application `applicationId` of the actor's organisation, or NotFound. */
async function findApplication(tx: Tx, context: OrganisationContext, applicationId: string) {
  const application = await tx.application.findFirst({
    where: { id: applicationId, organisationId: context.organisation.id },
    select: { id: true, name: true, runtime: true },
  });
  if (!application) throw new NotFoundError();
  return application;
}

/** Deletes the application and all it holds; the typed name must match it exactly. */
export async function deleteApplication(actor: Actor, slug: string, input: unknown) {
  const { applicationId, confirmation } = parseInput(deleteApplicationSchema, input);
  await db.$transaction(async (tx) => {
    const context = await authorize(tx, actor.userId, slug, "applications:delete");
    const application = await findApplication(tx, context, applicationId);
    if (confirmation !== application.name) {
      throw new ValidationError({ confirmation: "validation.applicationConfirmationMismatch" }, "CONFIRMATION_MISMATCH");
    }
    await tx.application.delete({ where: { id: application.id } });
    await recordAuditEvent(tx, actor, context.organisation, "application.deleted", {
      type: "application",
      id: application.id,
      label: application.name,
    }, { runtime: application.runtime });
  });
}

/** Adds a variable, or replaces the value of the variable of that name. */
export async function setEnvironmentVariable(actor: Actor, slug: string, input: unknown) {
  const { applicationId, key, value } = parseInput(setEnvironmentVariableSchema, input);
  await db.$transaction(async (tx) => {
    const context = await authorize(tx, actor.userId, slug, "applications:operate");
    const application = await findApplication(tx, context, applicationId);
    const existing = await tx.environmentVariable.findUnique({
      where: { applicationId_key: { applicationId: application.id, key } },
      select: { id: true },
    });
    await tx.environmentVariable.upsert({
      where: { applicationId_key: { applicationId: application.id, key } },
      create: { applicationId: application.id, key, value },
      update: { value },
    });
    // The value may be a secret: the audit trail names the variable, never its value.
    await recordAuditEvent(tx, actor, context.organisation, "application.env-set", {
      type: "application",
      id: application.id,
      label: application.name,
    }, { key, replaced: existing !== null });
  });
}

export async function removeEnvironmentVariable(actor: Actor, slug: string, input: unknown) {
  const { applicationId, key } = parseInput(removeEnvironmentVariableSchema, input);
  await db.$transaction(async (tx) => {
    const context = await authorize(tx, actor.userId, slug, "applications:operate");
    const application = await findApplication(tx, context, applicationId);
    const { count } = await tx.environmentVariable.deleteMany({ where: { applicationId: application.id, key } });
    if (count === 0) throw new NotFoundError();
    await recordAuditEvent(tx, actor, context.organisation, "application.env-removed", {
      type: "application",
      id: application.id,
      label: application.name,
    }, { key });
  });
}
