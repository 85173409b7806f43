import { apiRoute } from "@/lib/api/route";
import { revokeInvitation } from "@/lib/invitations/service";

export const DELETE = apiRoute<{ slug: string; invitationId: string }>(async ({ actor, params }) => {
  await revokeInvitation(actor, params.slug, { invitationId: params.invitationId });
});
