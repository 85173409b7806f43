// Who performs a mutation and from where: what every audit event records.
export type Actor = {
  userId: string;
  email: string;
  ipAddress?: string | null;
  userAgent?: string | null;
};
