import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";

// Every user-facing string exists in every language: a key in one catalogue and not
// in the other is an untranslated (or dead) string.
const MESSAGES = path.resolve("messages");
const [reference, ...others] = LOCALES;

type Tree = { [key: string]: string | Tree };

function namespaces(locale: string): string[] {
  return readdirSync(path.join(MESSAGES, locale)).filter((file) => file.endsWith(".json")).sort();
}

function load(locale: string, file: string): Tree {
  return JSON.parse(readFileSync(path.join(MESSAGES, locale, file), "utf8")) as Tree;
}

/** "a.b.c" for every leaf, and the leaves that are not non-empty strings. */
function flatten(tree: Tree, prefix = ""): { keys: string[]; invalid: string[] } {
  const keys: string[] = [];
  const invalid: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const nested = flatten(value, name);
      keys.push(...nested.keys);
      invalid.push(...nested.invalid);
    } else {
      keys.push(name);
      if (typeof value !== "string" || value.trim() === "") invalid.push(name);
    }
  }
  return { keys: keys.sort(), invalid };
}

describe("message catalogues", () => {
  it("exist for every locale", () => {
    for (const locale of LOCALES) expect(namespaces(locale).length, locale).toBeGreaterThan(0);
  });

  for (const locale of others) {
    it(`${locale} has the same namespace files as ${reference}`, () => {
      expect(namespaces(locale)).toEqual(namespaces(reference));
    });
  }

  for (const file of namespaces(reference)) {
    const namespace = file.replace(/\.json$/, "");
    for (const locale of others) {
      it(`${namespace}: ${locale} has exactly the keys of ${reference}`, () => {
        const expected = flatten(load(reference, file)).keys;
        const actual = flatten(load(locale, file)).keys;
        expect({ missing: expected.filter((key) => !actual.includes(key)), extra: actual.filter((key) => !expected.includes(key)) })
          .toEqual({ missing: [], extra: [] });
      });
    }
    for (const locale of LOCALES) {
      it(`${namespace} (${locale}): every message is a non-empty string`, () => {
        expect(flatten(load(locale, file)).invalid).toEqual([]);
      });
    }
  }
});
