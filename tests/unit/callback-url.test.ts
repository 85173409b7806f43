import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

describe("safeCallbackPath", () => {
  it("follows a path of this site, query and fragment included", () => {
    expect(safeCallbackPath("/orgs")).toBe("/orgs");
    expect(safeCallbackPath("/orgs/acme/billing?year=2026")).toBe("/orgs/acme/billing?year=2026");
    expect(safeCallbackPath("/invitations/abc#accept")).toBe("/invitations/abc#accept");
  });

  it("never leaves the site (no open redirect)", () => {
    for (const value of [
      "https://evil.example/orgs",
      "http://evil.example",
      "//evil.example/orgs",
      "/\\evil.example",
      "javascript:alert(1)",
      "evil.example/orgs",
      "orgs",
      " /orgs",
    ]) {
      expect(safeCallbackPath(value)).toBe("/orgs");
    }
  });

  it("falls back when there is no usable value", () => {
    for (const value of [undefined, null, "", 42, ["/orgs"], { path: "/orgs" }]) expect(safeCallbackPath(value)).toBe("/orgs");
  });

  it("uses the fallback it is given", () => {
    expect(safeCallbackPath("https://evil.example", "/login")).toBe("/login");
    expect(safeCallbackPath(undefined, "/signup")).toBe("/signup");
  });
});
