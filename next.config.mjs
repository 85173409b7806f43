import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several builds of one checkout coexist (a developer's server beside the test suite's).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    // forbidden() answers a real HTTP 403 with app/forbidden.tsx.
    authInterrupts: true,
  },
};

export default withNextIntl(nextConfig);
