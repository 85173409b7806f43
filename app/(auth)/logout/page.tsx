import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { buttonClass } from "@/components/ui/button-class";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signOutTitle") };
}

// Signing out is a POST made by next-auth with its CSRF token, so a link cannot sign anyone out.
export default async function LogoutPage() {
  const t = await getTranslations("auth");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-semibold text-slate-900">{t("signOutTitle")}</h1>
      <div className="flex gap-3">
        <SignOutButton />
        <Link href="/orgs" className={buttonClass("secondary")}>
          {t("stay")}
        </Link>
      </div>
    </div>
  );
}
