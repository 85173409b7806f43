import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

// Schemas carry catalogue keys ("validation.*") as their messages, so one schema
// serves English and French: the edge translates the key.

/** Parses input with a schema, or throws a ValidationError naming each bad field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= issue.message.startsWith("validation.") ? issue.message : "validation.invalid";
  }
  throw new ValidationError(fieldErrors);
}

/** FormData as a plain object of strings (files are not accepted anywhere yet). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}
