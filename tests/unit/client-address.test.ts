import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyCount } from "@/lib/client-address";

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("203.0.113.7", undefined, 0)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "6.6.6.6", 0)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", "6.6.6.6, 9.9.9.9", 0)).toBe("203.0.113.7");
  });

  it("is what the trusted proxy saw, never what the client wrote before it", () => {
    // The client sent "6.6.6.6"; the load balancer appended the peer it saw, 198.51.100.4.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
    expect(clientAddress("10.0.0.2", ["6.6.6.6", "198.51.100.4, 10.0.0.9"], 2)).toBe("198.51.100.4");
    expect(clientAddress("10.0.0.2", "198.51.100.4", 1)).toBe("198.51.100.4");
  });

  it("is unknown when the chain is shorter than the proxies said to be in front", () => {
    expect(clientAddress("10.0.0.2", undefined, 1)).toBeNull();
    expect(clientAddress(undefined, undefined, 0)).toBeNull();
  });

  it("refuses a proxy count that is not a whole number", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    expect(() => trustedProxyCount("-1")).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxyCount("yes")).toThrow(/TRUSTED_PROXIES/);
  });
});
