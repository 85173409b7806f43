import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/layout/language-switcher";

export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
        <Link href="/orgs" className="text-lg font-bold tracking-tight text-indigo-800">
          Atelier
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        {children}
      </main>
    </div>
  );
}
