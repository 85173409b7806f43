import { z } from "zod";
import { ApplicationRuntime } from "@/lib/generated/prisma/enums";

export const APPLICATION_RUNTIMES = Object.values(ApplicationRuntime);

// An application's name becomes part of its hostnames and of git remotes:
// a DNS-label-like word, no leading or trailing dash.
export const applicationNameSchema = z
  .string()
  .trim()
  .min(3, "validation.appNameLength")
  .max(40, "validation.appNameLength")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "validation.appNameFormat");

// Transports a git host can be cloned over; "git@host:path" is the scp-like form of ssh.
const REPOSITORY_PROTOCOLS = new Set(["https:", "ssh:", "git+ssh:", "git:"]);
const SCP_LIKE_REPOSITORY = /^[a-z0-9._-]+@[a-z0-9.-]+:[\w./~-]+$/i;

function isRepositoryUrl(value: string): boolean {
  if (SCP_LIKE_REPOSITORY.test(value)) return true;
  try {
    const url = new URL(value);
    return REPOSITORY_PROTOCOLS.has(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const createApplicationSchema = z.object({
  name: applicationNameSchema,
  runtime: z.enum(APPLICATION_RUNTIMES, "validation.runtime"),
  repositoryUrl: z
    .string()
    .trim()
    .max(500, "validation.repositoryUrl")
    .refine((value) => value === "" || isRepositoryUrl(value), "validation.repositoryUrl")
    .optional()
    .transform((value) => value || null),
});

export const applicationIdSchema = z.string().min(1, "validation.invalid").max(100, "validation.invalid");

export const deleteApplicationSchema = z.object({
  applicationId: applicationIdSchema,
  confirmation: z.string().trim(),
});

const ENVIRONMENT_VALUE_MAX_BYTES = 4096;

export const environmentKeySchema = z
  .string()
  .trim()
  .min(1, "validation.envKey")
  .max(128, "validation.envKeyTooLong")
  .regex(/^[A-Z_][A-Z0-9_]*$/, "validation.envKey");

export const setEnvironmentVariableSchema = z.object({
  applicationId: applicationIdSchema,
  key: environmentKeySchema,
  // Kept exactly as typed: leading or trailing spaces may be meaningful in a value.
  value: z
    .string("validation.invalid")
    .refine((value) => new TextEncoder().encode(value).length <= ENVIRONMENT_VALUE_MAX_BYTES, "validation.envValueTooLong"),
});

export const removeEnvironmentVariableSchema = z.object({
  applicationId: applicationIdSchema,
  key: environmentKeySchema,
});
