// Who is on the other end of a request. X-Forwarded-For is written by whoever sends
// the request: only the entries appended by Atelier's own proxies can be believed, so
// the client is the address `trustedProxies` hops from the right of
// [...X-Forwarded-For, the socket's peer]. scripts/serve.ts computes it for every request
// and hands it to the app in CLIENT_ADDRESS_HEADER, replacing any value a client sent.
// Pure: unit-tested, no I/O.

export const CLIENT_ADDRESS_HEADER = "x-atelier-client-address";

/** How many proxies (load balancers) stand in front of Atelier: TRUSTED_PROXIES, default 0. */
export function trustedProxyCount(value: string | undefined): number {
  const count = Number(value ?? 0);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`TRUSTED_PROXIES must be a whole number of proxies (0 when clients connect directly), not "${value}".`);
  }
  return count;
}

export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string | null {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = socketAddress ? [...forwarded, socketAddress] : forwarded;
  const client = chain[chain.length - 1 - trustedProxies];
  return client ? stripMappedIpv4(client) : null;
}

/** "::ffff:203.0.113.7", how Node reports an IPv4 peer on a dual-stack socket, is 203.0.113.7. */
function stripMappedIpv4(address: string): string {
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice("::ffff:".length) : address;
}
