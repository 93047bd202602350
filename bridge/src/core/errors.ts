/** One error type for Ferry, with a stable code and the file/row/field context it concerns. */
export interface FerryErrorContext {
  file?: string;
  row?: number;
  field?: string;
  column?: string;
  [key: string]: unknown;
}

export class FerryError extends Error {
  readonly code: string;
  readonly context: FerryErrorContext;
  constructor(code: string, message: string, context: FerryErrorContext = {}) {
    super(message);
    this.name = "FerryError";
    this.code = code;
    this.context = context;
  }
}
