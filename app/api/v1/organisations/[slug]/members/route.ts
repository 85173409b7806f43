import { apiRoute } from "@/lib/api/route";
import { listMembers } from "@/lib/members/service";

export const GET = apiRoute<{ slug: string }>(async ({ actor, params }) => {
  const data = await listMembers(actor.userId, params.slug);
  return {
    members: data.members.map((member) => ({
      id: member.id,
      role: member.role,
      jobTitle: member.jobTitle,
      name: member.user.name,
      email: member.user.email,
      twoFactorEnabled: member.user.twoFactorEnabled,
      joinedAt: member.createdAt,
    })),
    invitations: data.invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      expired: invitation.expired,
    })),
  };
});
