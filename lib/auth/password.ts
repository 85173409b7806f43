import { hash, verify } from "@node-rs/argon2";

// Argon2id (the @node-rs/argon2 default) with a random salt per hash: slow on purpose.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
