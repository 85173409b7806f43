import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const t = await getTranslations("auth");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-6 text-xl font-semibold text-slate-900">{t("signInTitle")}</h1>
      <LoginForm callbackPath={callbackPath} email={params.email} />
      <p className="mt-6 text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link className="font-medium text-indigo-800 underline" href={`/signup?callbackUrl=${encodeURIComponent(callbackPath)}`}>
          {t("signUpLink")}
        </Link>
      </p>
    </div>
  );
}
