import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/signup-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  const t = await getTranslations("auth");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-2 text-xl font-semibold text-slate-900">{t("signUpTitle")}</h1>
      <p className="mb-6 text-sm text-slate-700">{t("signUpIntro")}</p>
      <SignUpForm action={signUpAction} callbackPath={callbackPath} />
      <p className="mt-6 text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link className="font-medium text-indigo-800 underline" href={`/login?callbackUrl=${encodeURIComponent(callbackPath)}`}>
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
