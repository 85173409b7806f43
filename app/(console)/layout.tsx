import type { ReactNode } from "react";
import { AnnouncerProvider } from "@/components/ui/announcer";
import { ConsoleHeader } from "@/components/layout/console-header";
import { requireUser } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <ConsoleHeader user={user} />
      <AnnouncerProvider>{children}</AnnouncerProvider>
    </>
  );
}
