import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

/**
 * next-auth sends a failed sign-in back here with ?error=: "Verification" for a sign-in
 * link already used or expired, "AccessDenied" for a link whose account is gone.
 */
function signInErrorKey(error: string): "linkExpiredOrUsed" | "linkNoAccount" | "failed" {
  if (error === "Verification") return "linkExpiredOrUsed";
  if (error === "AccessDenied") return "linkNoAccount";
  return "failed";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const t = await getTranslations("auth");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-6 text-xl font-semibold text-slate-900">{t("signInTitle")}</h1>
      {params.error ? (
        <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(`errors.${signInErrorKey(params.error)}`)}
        </p>
      ) : null}
      <LoginForm callbackPath={callbackPath} email={params.email} />
      <section aria-labelledby="email-link-title" className="mt-6 border-t border-slate-200 pt-6">
        <h2 id="email-link-title" className="mb-1 text-sm font-semibold text-slate-900">{t("linkTitle")}</h2>
        <p className="mb-4 text-sm text-slate-700">{t("linkIntro")}</p>
        <EmailLinkForm callbackPath={callbackPath} />
      </section>
      <p className="mt-6 text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link className="font-medium text-indigo-800 underline" href={`/signup?callbackUrl=${encodeURIComponent(callbackPath)}`}>
          {t("signUpLink")}
        </Link>
      </p>
    </div>
  );
}
