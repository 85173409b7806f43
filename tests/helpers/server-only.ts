// Stands in for the "server-only" guard package under vitest (see vitest.config.ts).
export {};
