import type { Actor } from "@/lib/actor";
import type { Tx } from "@/lib/db-types";
import type { Prisma } from "@/lib/generated/prisma/client";

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
