import "server-only";
import { createTranslator } from "next-intl";
import type { EmailMessage } from "@/lib/email/service";
import type { Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { Role } from "@/lib/policy";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export async function invitationEmail(
  locale: Locale,
  details: { to: string; organisationName: string; inviterName: string; role: Role; url: string; expiresAt: Date },
): Promise<EmailMessage> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "email" });
  const tRoles = createTranslator({ locale, messages, namespace: "common.roles" });
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(details.expiresAt);
  const values = {
    organisation: details.organisationName,
    inviter: details.inviterName,
    role: tRoles(details.role),
    expires: `${expires} UTC`,
  };
  const intro = t("invitation.intro", values);
  const expiry = t("invitation.expiry", values);
  const ignore = t("invitation.ignore");
  return {
    to: details.to,
    subject: t("invitation.subject", values),
    text: `${intro}\n\n${t("invitation.action")}: ${details.url}\n\n${expiry}\n\n${ignore}\n`,
    html: `<p>${escapeHtml(intro)}</p>
<p><a href="${escapeHtml(details.url)}" style="display:inline-block;padding:10px 16px;background:#4338ca;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(t("invitation.action"))}</a></p>
<p>${escapeHtml(expiry)}</p>
<p style="color:#555">${escapeHtml(ignore)}</p>`,
  };
}
