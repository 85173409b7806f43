import { can, type Permission, type Role } from "@/lib/policy";

// The areas of an organisation, the permission each needs to be opened, and their
// place in the navigation. Pages enforce the permission through their service; the
// navigation and the 403 page read it from here.
export const ORGANISATION_AREAS = [
  { key: "overview", segment: "", permission: "organisation:view" },
  { key: "applications", segment: "applications", permission: "applications:view" },
  { key: "addons", segment: "addons", permission: "addons:view" },
  { key: "members", segment: "members", permission: "members:view" },
  { key: "billing", segment: "billing", permission: "billing:view" },
  { key: "activity", segment: "activity", permission: "audit:view" },
  { key: "settings", segment: "settings", permission: "organisation:edit" },
] as const satisfies readonly { key: string; segment: string; permission: Permission }[];

export type OrganisationArea = (typeof ORGANISATION_AREAS)[number];

export function areaHref(slug: string, area: OrganisationArea): string {
  return area.segment ? `/orgs/${slug}/${area.segment}` : `/orgs/${slug}`;
}

export function visibleAreas(role: Role): OrganisationArea[] {
  return ORGANISATION_AREAS.filter((area) => can(role, area.permission));
}

/** The area a console path belongs to: "/orgs/acme/billing/invoices/X" → billing. */
export function areaOfPath(path: string): { slug: string; area: OrganisationArea } | null {
  const match = path.split("?")[0].match(/^\/orgs\/([^/]+)(?:\/([^/]+))?/);
  if (!match) return null;
  const area = ORGANISATION_AREAS.find((candidate) => candidate.segment === (match[2] ?? ""));
  return area ? { slug: decodeURIComponent(match[1]), area } : null;
}
