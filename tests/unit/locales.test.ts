import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES, isLocale, negotiateLocale } from "@/lib/i18n/locales";

describe("negotiateLocale", () => {
  it("falls back to English without a header", () => {
    expect(DEFAULT_LOCALE).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
  });

  it("picks a supported language, regional variants included", () => {
    expect(negotiateLocale("fr")).toBe("fr");
    expect(negotiateLocale("fr-FR")).toBe("fr");
    expect(negotiateLocale("fr-CA,fr;q=0.9")).toBe("fr");
    expect(negotiateLocale("en-GB")).toBe("en");
    expect(negotiateLocale("FR-be")).toBe("fr");
  });

  it("ranks by quality, then by order", () => {
    expect(negotiateLocale("en;q=0.5, fr;q=0.8")).toBe("fr");
    expect(negotiateLocale("fr;q=0.4, en;q=0.9")).toBe("en");
    expect(negotiateLocale("fr, en")).toBe("fr");
    expect(negotiateLocale("en, fr")).toBe("en");
    expect(negotiateLocale("en;q=0.7, fr;q=0.7")).toBe("en");
  });

  it("skips unsupported languages for the next supported one", () => {
    expect(negotiateLocale("de-DE,de;q=0.9,fr;q=0.8,en;q=0.7")).toBe("fr");
    expect(negotiateLocale("es, *;q=0.1")).toBe("en");
    expect(negotiateLocale("ja")).toBe("en");
  });

  it("ignores refused and malformed entries", () => {
    expect(negotiateLocale("fr;q=0, en;q=0.1")).toBe("en");
    expect(negotiateLocale("fr;q=abc, en;q=0.2")).toBe("en");
    expect(negotiateLocale(",,;q=1, fr")).toBe("fr");
  });
});

describe("isLocale", () => {
  it("accepts exactly the supported locales", () => {
    expect(LOCALES).toEqual(["en", "fr"]);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("fr")).toBe(true);
    for (const value of ["de", "EN", "fr-FR", "", null, undefined, 1]) expect(isLocale(value)).toBe(false);
  });
});
