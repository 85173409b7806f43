import type { Permission, Refusal } from "@/lib/policy";

// The typed errors services throw. Pages turn them into 404/403/redirects
// (lib/page-guard.ts); server actions and the API into messages and statuses.
// `code` is a key of the "errors" message catalogue; field messages are keys too.

export type ErrorCode =
  | Refusal
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "INVALID_INPUT"
  | "ALREADY_MEMBER"
  | "ALREADY_INVITED"
  | "INVITATION_INVALID"
  | "INVITATION_EXPIRED"
  | "INVITATION_REVOKED"
  | "INVITATION_ALREADY_USED"
  | "INVITATION_WRONG_ACCOUNT"
  | "EMAIL_TAKEN"
  | "NAME_TAKEN"
  | "SLUG_TAKEN"
  | "CONFIRMATION_MISMATCH"
  | "PAYMENT_METHOD_EXPIRED"
  | "DEFAULT_PAYMENT_METHOD"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "UNEXPECTED"
  | "CONFLICT";

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}

/** The organisation (or the thing inside it) does not exist for this user. */
export class NotFoundError extends ServiceError {
  constructor() {
    super("NOT_FOUND");
  }
}

/** A member whose role lacks the permission, or whom a hierarchy rule refuses. */
export class ForbiddenError extends ServiceError {
  constructor(
    code: ErrorCode,
    readonly permission?: Permission,
  ) {
    super(code);
  }
}

export class UnauthenticatedError extends ServiceError {
  constructor() {
    super("UNAUTHENTICATED");
  }
}

/** Input refused: `fieldErrors` maps each field to a "validation" catalogue key. */
export class ValidationError extends ServiceError {
  constructor(fieldErrors: Record<string, string>, code: ErrorCode = "INVALID_INPUT") {
    super(code, fieldErrors);
  }
}
