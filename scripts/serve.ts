// Atelier's HTTP server: Next.js behind a plain Node server of its own, for one reason.
// Next passes a client's X-Forwarded-For through untouched, so the app could not tell a
// forged address from a real one; here every request gets the address of its client
// (lib/client-address.ts, TRUSTED_PROXIES) in a header no client can set.
// `tsx scripts/serve.ts [--dev] --port N [--host H]`; scripts/start.ts runs it.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyCount } from "../lib/client-address.ts";

const { values } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string", default: "3000" }, host: { type: "string" } },
});
const port = Number(values.port);
const trustedProxies = trustedProxyCount(process.env.TRUSTED_PROXIES);

const app = next({ dev: values.dev, hostname: values.host ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const upgrade = app.getUpgradeHandler();

const server = createServer((request, response) => {
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
  void handle(request, response);
});
// The development server's hot reload speaks WebSocket.
server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
server.on("error", (error) => {
  console.error(`Atelier cannot serve on port ${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  console.log(`✓ Ready on http://${values.host ?? "localhost"}:${port}${trustedProxies ? ` (behind ${trustedProxies} trusted prox${trustedProxies > 1 ? "ies" : "y"})` : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
