// Errors the data layer raises on purpose; route handlers turn them into 4xx.
export type TDataErrorCode =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "gone"
  | "too_large"
  | "unprocessable";

const STATUS: Record<TDataErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unprocessable: 422,
};

export class DataError extends Error {
  readonly status: number;
  constructor(
    readonly code: TDataErrorCode,
    message: string,
    /** Extra facts for the client, e.g. the current record on a version conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DataError";
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) => new DataError("not_found", `${what} was not found.`);

/** True for a unique-constraint violation, whichever driver raised it. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
