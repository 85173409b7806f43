import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

export type EmailMessage = { to: string; subject: string; text: string; html: string };

const FROM = process.env.EMAIL_FROM ?? "Atelier <no-reply@atelier.localhost>";

/** Where messages go when no SMTP server is configured: one JSON file per message. */
export function outboxDirectory(): string {
  if (process.env.ATELIER_OUTBOX_DIR) return path.resolve(/*turbopackIgnore: true*/ process.env.ATELIER_OUTBOX_DIR);
  if (process.env.ATELIER_DATA_DIR) return path.resolve(/*turbopackIgnore: true*/ process.env.ATELIER_DATA_DIR, "outbox");
  return path.join(process.cwd(), "data", "outbox");
}

let smtpTransport: nodemailer.Transporter | undefined;

/**
 * Sends through SMTP_URL when it is set. Otherwise writes the message to the local
 * outbox and logs one line naming it, so links can be followed on a machine without mail.
 */
export async function sendEmail(message: EmailMessage): Promise<void> {
  if (process.env.SMTP_URL) {
    smtpTransport ??= nodemailer.createTransport(process.env.SMTP_URL);
    await smtpTransport.sendMail({ from: FROM, ...message });
    return;
  }
  const jsonTransport = nodemailer.createTransport({ jsonTransport: true });
  const info = await jsonTransport.sendMail({ from: FROM, ...message });
  const directory = outboxDirectory();
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.json`);
  await writeFile(file, info.message.toString());
  const firstLink = message.text.match(/https?:\/\/\S+/)?.[0];
  console.log(`[outbox] to ${message.to}: "${message.subject}"${firstLink ? ` ${firstLink}` : ""} (${file})`);
}
