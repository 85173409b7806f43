import "server-only";
import { createTranslator } from "next-intl";
import { actionEmail } from "@/lib/email/layout";
import type { EmailMessage } from "@/lib/email/service";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

async function emailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace: "email" });
}

/** The link that signs an existing account in. */
export async function signInLinkEmail(locale: Locale, details: { to: string; url: string; expiresAt: Date }): Promise<EmailMessage> {
  const t = await emailTranslator(locale);
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(details.expiresAt);
  return actionEmail({
    to: details.to,
    subject: t("signInLink.subject"),
    before: [t("signInLink.intro", { email: details.to })],
    action: { label: t("signInLink.action"), url: details.url, textLine: t("actionLine", { label: t("signInLink.action"), url: details.url }) },
    after: [t("signInLink.expiry", { expires: `${expires} UTC` })],
    footnote: t("signInLink.ignore"),
  });
}

/**
 * The answer to a link asked for an address no account uses. The page says the same
 * thing either way, so it never tells who has an account; the mailbox's owner learns it.
 */
export async function noAccountEmail(locale: Locale, details: { to: string; signUpUrl: string }): Promise<EmailMessage> {
  const t = await emailTranslator(locale);
  return actionEmail({
    to: details.to,
    subject: t("noAccount.subject"),
    before: [t("noAccount.intro", { email: details.to })],
    action: { label: t("noAccount.action"), url: details.signUpUrl, textLine: t("actionLine", { label: t("noAccount.action"), url: details.signUpUrl }) },
    after: [t("noAccount.otherAddress")],
    footnote: t("noAccount.ignore"),
  });
}
