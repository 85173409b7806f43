import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

const schema = z.object({
  name: z.string().trim().min(2, "validation.nameTooShort"),
  billingName: z.string().trim().min(1, "validation.billingNameRequired"),
  seats: z.coerce.number().int().min(1, "validation.invalid"),
});

function fieldErrors(input: unknown): Record<string, string> {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("parseInput", () => {
  it("returns the parsed value, FormData strings coerced where the schema says so", () => {
    expect(parseInput(schema, { name: " Zoé ", billingName: "Zoé", seats: "3" })).toEqual({ name: "Zoé", billingName: "Zoé", seats: 3 });
  });

  it("says a field left out or blank is required, keeping a field's own …Required message", () => {
    expect(fieldErrors({})).toEqual({ name: "validation.required", billingName: "validation.required", seats: "validation.required" });
    expect(fieldErrors({ name: "   ", billingName: "", seats: "" })).toEqual({
      name: "validation.required",
      billingName: "validation.billingNameRequired",
      seats: "validation.required",
    });
  });

  it("gives the schema's message for a value that is there but wrong, and a generic one for zod's own", () => {
    expect(fieldErrors({ name: "Z", billingName: "Zoé", seats: "many" })).toEqual({ name: "validation.nameTooShort", seats: "validation.invalid" });
    expect(fieldErrors({ name: ["Zoé"], billingName: "Zoé", seats: 1 })).toEqual({ name: "validation.invalid" });
  });

  it("names the form when the input is not an object at all", () => {
    expect(fieldErrors("nonsense")).toEqual({ form: "validation.invalid" });
  });
});
