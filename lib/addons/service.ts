import "server-only";
import { db } from "@/lib/db";
import { authorize } from "@/lib/organisations/access";

/** The organisation's add-ons by name (read only: provisioning needs the hosting platform). */
export async function listAddOns(userId: string, slug: string) {
  const { organisation, membership } = await authorize(db, userId, slug, "addons:view");
  const addOns = await db.addOn.findMany({
    where: { organisationId: organisation.id },
    select: { id: true, name: true, provider: true, plan: true, region: true, createdAt: true },
    orderBy: { name: "asc" },
  });
  return { organisation, role: membership.role, addOns };
}
