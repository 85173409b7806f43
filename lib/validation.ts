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
    fieldErrors[field] ??= messageKey(issue.message, valueAt(input, issue.path));
  }
  throw new ValidationError(fieldErrors);
}

/**
 * The catalogue key for an issue. A field left out or left blank is told it is required
 * (or its own "…Required" message), not that its value is too short or of the wrong type.
 */
function messageKey(message: string, value: unknown): string {
  const key = message.startsWith("validation.") ? message : "validation.invalid";
  const blank = value === undefined || value === null || (typeof value === "string" && value.trim() === "");
  return blank && !key.endsWith("Required") ? "validation.required" : key;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** FormData as a plain object of strings (files are not accepted anywhere yet). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}
