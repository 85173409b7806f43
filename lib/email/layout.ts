import "server-only";
import type { EmailMessage } from "@/lib/email/service";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The one shape of Atelier's e-mails: paragraphs, one action (a link and a button),
 * closing paragraphs and a footnote (why you got it, what to do if unexpected), in plain
 * text and HTML. Every value is escaped here.
 */
export function actionEmail(message: {
  to: string;
  subject: string;
  before: string[];
  /** `textLine` is the plain-text form, "label: url" as the language punctuates it. */
  action: { label: string; url: string; textLine: string };
  after: string[];
  footnote: string;
}): EmailMessage {
  const { before, action, after, footnote } = message;
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n");
  return {
    to: message.to,
    subject: message.subject,
    text: [...before, action.textLine, ...after, footnote].join("\n\n") + "\n",
    html: `${paragraphs(before)}
<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 16px;background:#4338ca;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
${paragraphs(after)}
<p style="color:#555">${escapeHtml(footnote)}</p>`,
  };
}
