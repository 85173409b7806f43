"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-class";

export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <button type="button" autoFocus className={buttonClass("primary")} onClick={() => signOut({ callbackUrl: "/login" })}>
      {t("signOutConfirm")}
    </button>
  );
}
