import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/organisations/access";

export type AuditTarget = { type: string; id?: string | null; label?: string | null };

/**
 * Records one mutation. Always called with the transaction client of the mutation
 * it describes, so the event exists exactly when the change does.
 */
export async function recordAuditEvent(
  tx: Tx,
  actor: Actor,
  organisation: { id: string | null; slug: string },
  action: string,
  target: AuditTarget,
  metadata?: Prisma.InputJsonValue,
) {
  await tx.auditEvent.create({
    data: {
      organisationId: organisation.id,
      organisationSlug: organisation.slug,
      actorId: actor.userId,
      actorEmail: actor.email,
      action,
      targetType: target.type,
      targetId: target.id ?? null,
      targetLabel: target.label ?? null,
      metadata,
      ipAddress: actor.ipAddress ?? null,
      userAgent: actor.userAgent?.slice(0, 500) ?? null,
    },
  });
}

export const AUDIT_PAGE_SIZE = 50;

// A page number from the query string: anything but a positive integer means the first page.
const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** The organisation's audit log, newest first, one page at a time. */
export async function listAuditEvents(userId: string, slug: string, options: { page?: unknown } = {}) {
  const { organisation } = await authorize(db, userId, slug, "audit:view");
  const where = { organisationId: organisation.id };
  const total = await db.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(pageSchema.parse(options.page), pageCount);
  const events = await db.auditEvent.findMany({
    where,
    select: {
      id: true,
      actorEmail: true,
      action: true,
      targetLabel: true,
      metadata: true,
      ipAddress: true,
      createdAt: true,
    },
    // The id breaks ties between events of one transaction, so pages never overlap.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { organisation, events, page, pageCount, total };
}
