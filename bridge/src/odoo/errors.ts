/**
 * Typed Odoo errors. Server errors are mapped from `error.data.name` (the Python class path);
 * transport failures (network, HTTP 5xx gateways, timeouts) are kept apart and marked `retryable`.
 * No error message ever contains the API key or password.
 */
import { FerryError } from "../core/errors.ts";

export interface OdooErrorData {
  name?: string;
  message?: string;
  arguments?: unknown[];
  context?: Record<string, unknown>;
  debug?: string;
}

export interface OdooErrorOptions {
  /** Python class path from `error.data.name`, e.g. `odoo.exceptions.ValidationError`. */
  odooName?: string;
  httpStatus?: number;
  /** Safe to resend: the server provably did not commit anything (e.g. serialization failure, 503). */
  retryable?: boolean;
  /** Outcome unknown (timeout, 502/504, connection lost after sending): resend only idempotent calls. */
  ambiguous?: boolean;
  data?: OdooErrorData;
  model?: string;
  method?: string;
}

export class OdooError extends FerryError {
  readonly odooName: string | undefined;
  readonly httpStatus: number | undefined;
  readonly retryable: boolean;
  readonly ambiguous: boolean;
  readonly data: OdooErrorData | undefined;
  constructor(code: string, message: string, opts: OdooErrorOptions = {}) {
    super(code, message, { model: opts.model, method: opts.method });
    this.name = opts.odooName ?? new.target.name;
    this.odooName = opts.odooName;
    this.httpStatus = opts.httpStatus;
    this.retryable = opts.retryable ?? false;
    this.ambiguous = opts.ambiguous ?? false;
    this.data = opts.data;
  }
  /** Retry is allowed when the failure is transient; ambiguous ones only for idempotent calls. */
  isTransient(): boolean {
    return this.retryable || this.ambiguous;
  }
}

/** Bad login / password / API key, unknown database, or `AccessDenied`. */
export class OdooAuthError extends OdooError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super("odoo_auth", message, opts);
  }
}
/** Could not reach the server at all (DNS, refused connection, reset, bad gateway). */
export class OdooUnreachableError extends OdooError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super("odoo_unreachable", message, { retryable: true, ...opts });
  }
}
/** The request took longer than `timeoutMs` (outcome unknown). */
export class OdooTimeoutError extends OdooError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super("odoo_timeout", message, { ambiguous: true, ...opts });
  }
}
/** Non-JSON or unexpected HTTP response (502/503/504 are transient). */
export class OdooHttpError extends OdooError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super("odoo_http", message, opts);
  }
}
/** Any error the server reported in `error.data` (fallback class). */
export class OdooServerError extends OdooError {
  constructor(message: string, opts: OdooErrorOptions = {}, code = "odoo_server") {
    super(code, message, opts);
  }
}
export class OdooAccessError extends OdooServerError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super(message, opts, "odoo_access");
  }
}
export class OdooUserError extends OdooServerError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super(message, opts, "odoo_user_error");
  }
}
export class OdooValidationError extends OdooServerError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super(message, opts, "odoo_validation");
  }
}
export class OdooMissingError extends OdooServerError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super(message, opts, "odoo_missing");
  }
}
/** `builtins.ValueError` / `TypeError` / `AttributeError` / `KeyError`: bad field, value or method. */
export class OdooValueError extends OdooServerError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super(message, opts, "odoo_value_error");
  }
}
/** Serialization failure, deadlock, lock timeout, concurrent update: the transaction was rolled back. */
export class OdooConcurrencyError extends OdooServerError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super(message, { retryable: true, ...opts }, "odoo_concurrency");
  }
}
/** Server-side MemoryError or time limit: the batch was too big. */
export class OdooResourceError extends OdooServerError {
  constructor(message: string, opts: OdooErrorOptions = {}) {
    super(message, { ambiguous: true, ...opts }, "odoo_resource");
  }
}

const CONCURRENCY_NAMES = [
  "psycopg2.errors.SerializationFailure",
  "psycopg2.errors.DeadlockDetected",
  "psycopg2.errors.LockNotAvailable",
  "psycopg2.extensions.TransactionRollbackError",
  "psycopg2.errors.TransactionRollback",
];
const CONCURRENCY_TEXT = /could not serialize access|deadlock detected|concurrent update|could not obtain lock/i;

/** Maps an Odoo error payload (`error.data` of JSON-RPC, or the JSON-2 error body) to a typed error. */
export function odooErrorFromData(data: OdooErrorData | undefined, fallbackMessage: string, extra: OdooErrorOptions = {}): OdooError {
  const name = typeof data?.name === "string" ? data.name : "";
  const message = typeof data?.message === "string" && data.message ? data.message : fallbackMessage;
  const opts: OdooErrorOptions = { ...extra, odooName: name || undefined, data };
  if (CONCURRENCY_NAMES.includes(name) || (name.startsWith("psycopg2") && CONCURRENCY_TEXT.test(message))) {
    return new OdooConcurrencyError(message, opts);
  }
  switch (name) {
    case "odoo.exceptions.AccessDenied":
    case "werkzeug.exceptions.Unauthorized":
      return new OdooAuthError(message, opts);
    case "odoo.exceptions.AccessError":
    case "werkzeug.exceptions.Forbidden":
      return new OdooAccessError(message, opts);
    case "odoo.exceptions.UserError":
    case "odoo.exceptions.RedirectWarning":
      return new OdooUserError(message, opts);
    case "odoo.exceptions.ValidationError":
      return new OdooValidationError(message, opts);
    case "odoo.exceptions.MissingError":
      return new OdooMissingError(message, opts);
    case "builtins.ValueError":
    case "builtins.TypeError":
    case "builtins.AttributeError":
    case "builtins.KeyError":
    case "werkzeug.exceptions.NotFound":
    case "werkzeug.exceptions.UnprocessableEntity":
      return new OdooValueError(message, opts);
    case "builtins.MemoryError":
    case "odoo.service.server.TimeLimitExceeded":
      return new OdooResourceError(message, opts);
    default:
      return new OdooServerError(message, opts);
  }
}

/** Removes every occurrence of the given secrets from a text (defence in depth for messages we build). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 3) out = out.split(s).join("***");
  return out;
}
