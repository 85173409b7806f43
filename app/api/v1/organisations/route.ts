import { apiRoute } from "@/lib/api/route";
import { listMyOrganisations } from "@/lib/organisations/service";

export const GET = apiRoute(async ({ actor }) => ({ organisations: await listMyOrganisations(actor.userId) }));
