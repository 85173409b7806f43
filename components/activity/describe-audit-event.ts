import { isRole } from "@/lib/policy";

// Turns an audit event into a sentence of the "activity" catalogue. Each action has
// a plain sentence (target only) under activity.actions, and some a detailed one
// under activity.details that needs metadata; events written before a detail
// existed, or by code that does not record it, fall back to the plain sentence,
// and an action with no sentence at all to its raw code.

type Translator = {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
};

export type AuditEventFacts = { action: string; targetLabel: string | null; metadata: unknown };

export type AuditEventDescription = { known: true; sentence: string } | { known: false };

type Detail = { keys: string[]; applies?: (metadata: Record<string, string>) => boolean };

const DETAILS: Record<string, Detail> = {
  "organisation.updated": { keys: ["previousName", "name"], applies: (m) => m.previousName !== m.name },
  "member.role-changed": { keys: ["from", "to"] },
  "member.removed": { keys: ["role"] },
  "member.left": { keys: ["role"] },
  "invitation.created": { keys: ["role"] },
  "invitation.accepted": { keys: ["role"] },
  "application.created": { keys: ["runtime"] },
  "application.env-set": { keys: ["key"] },
  "application.env-removed": { keys: ["key"] },
};

const ACTION_CODE = /^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/;

/** The metadata values a sentence shows, with roles and runtimes in the reader's language. */
function readableMetadata(metadata: unknown, t: Translator): Record<string, string> {
  if (!metadata || typeof metadata !== "object" || Array.isArray(metadata)) return {};
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (typeof value !== "string") continue;
    if (isRole(value) && ["from", "to", "role"].includes(key)) values[key] = t(`common.roles.${value}`);
    else if (key === "runtime" && t.has(`applications.runtimes.${value}`)) values[key] = t(`applications.runtimes.${value}`);
    else values[key] = value;
  }
  return values;
}

export function describeAuditEvent(event: AuditEventFacts, t: Translator): AuditEventDescription {
  if (!ACTION_CODE.test(event.action) || !t.has(`activity.actions.${event.action}`)) return { known: false };
  const target = event.targetLabel ?? t("common.none");
  const metadata = readableMetadata(event.metadata, t);
  const detail = DETAILS[event.action];
  if (detail && detail.keys.every((key) => key in metadata) && (detail.applies?.(metadata) ?? true)) {
    return { known: true, sentence: t(`activity.details.${event.action}`, { ...metadata, target }) };
  }
  return { known: true, sentence: t(`activity.actions.${event.action}`, { target }) };
}
