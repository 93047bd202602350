/** Engine result and rule-function types shared by the engine and the named transform/compute registries. */
import type { FlagCode, RejectCode, RowIssue, SkipCode } from "../codes.ts";
import type { MapContext, SourceRecord } from "./context.ts";
import type { ObjectMapping, Target } from "./schema.ts";

/** An integer column the run layer must fill from an external id once that record exists. */
export interface OutputRef {
  /** load()/create column, e.g. `res_id`, `analytic_distribution`. */
  column: string;
  /** Fully qualified xmlid of the referenced record (or `id` for an existing record's database id). */
  xmlid?: string;
  id?: number;
  /** Several refs with the same column form one many2many value (all ids together). */
  many?: boolean;
  /** Read this field of the referenced record instead of its id (e.g. project `account_id`). */
  field?: string;
  /** `id` (default): the integer; `analytic_distribution`: `{"<id>": 100}`; `model_id`: ir.model id of that model name. */
  format?: "id" | "analytic_distribution";
}

export interface MapOutput {
  model: string;
  /** Fully qualified `module.name`. */
  xmlid: string;
  /** load() column → cell string (booleans "1"/"0", dates YYYY-MM-DD, datetimes UTC `YYYY-MM-DD HH:MM:SS`, m2o `field/id`). */
  values: Record<string, string>;
  /**
   * `record` (default): create/update per §1.2; `ensure`: create only when the xmlid is unknown, after
   * trying to find an existing record by `matchBy` (find-or-create of tags, industries, products);
   * `update`: write `values` to the existing record with that xmlid (e.g. append to a parent's description).
   */
  role?: "record" | "ensure" | "update";
  matchBy?: string[];
  /** Source creation time, UTC `YYYY-MM-DD HH:MM:SS`, set by SQL after create (§1.6). */
  createDate?: string;
  refs?: OutputRef[];
  /** Text appended (new line / paragraph) to the current value of these fields of the existing record (role `update`). */
  append?: Record<string, string>;
  /** Binary content the run layer reads and base64-encodes into `datas` (attachments, summaries). */
  binary?: { path?: string; url?: string; sha256?: string; size?: number };
  /** Database id of an existing record (role `update` on records we did not create, e.g. a user's partner). */
  resId?: number;
  /** Target name in the object mapping (`main`, `primary`, `delivery`…). */
  target?: string;
}

export interface MapOutcome {
  outcome: "rejected" | "skipped" | "merged" | "documented" | "validated";
  code?: RejectCode | SkipCode;
}

export interface MapResult {
  outputs: MapOutput[];
  issues: RowIssue[];
  outcome?: MapOutcome;
  /** The record a loaded/merged row points to in the ledger when it creates none itself. */
  ref?: { model: string; xmlid: string };
  /** Non-record output (documented rows: workflow rules, sync connections). */
  document?: Record<string, unknown>;
  /** Row not counted at all (custom_fields.csv rows with a blank Value, sources.md C.1). */
  ignored?: boolean;
  /** Fallback variant used (mapping.md §6), for the run profile/report. */
  variant?: string;
}

export interface OutputDraft {
  target: Target;
  model: string;
  xmlid: string;
  values: Record<string, string>;
  notes: string[];
  prepend: string[];
  createDate?: string;
  refs: OutputRef[];
  dropped: boolean;
  binary?: MapOutput["binary"];
}

export interface RowState {
  ctx: MapContext;
  om: ObjectMapping;
  record: SourceRecord;
  variant: string | null;
  drafts: Map<string, OutputDraft>;
  /** Auxiliary outputs (ensure/update/messages), emitted before (`pre`) or after (`post`) the drafts. */
  pre: MapOutput[];
  post: MapOutput[];
  issues: RowIssue[];
  outcome?: MapOutcome;
  ref?: { model: string; xmlid: string };
  document?: Record<string, unknown>;
  ignored?: boolean;
}

export interface RuleInput {
  state: RowState;
  /** Values of the rule's `from` paths, in order. */
  values: unknown[];
  args: Record<string, unknown>;
  /** Resolved column (null when no alternative exists in the profile). */
  column: string | null;
  draft: OutputDraft | undefined;
}

export interface RuleResult {
  /** Written to the resolved column; null = empty cell; undefined = no write. */
  value?: string | null;
  /** Extra columns written as given (checked against the profile). */
  cells?: Record<string, string>;
  notes?: string[];
  prepend?: string[];
  issues?: RowIssue[];
  reject?: { code: RejectCode; message: string; field?: string };
  pre?: MapOutput[];
  post?: MapOutput[];
  refs?: OutputRef[];
  binary?: MapOutput["binary"];
}

export type RuleFn = (input: RuleInput) => RuleResult;
export type PredicateFn = (state: RowState, args: Record<string, unknown>) => boolean;
export type PostFn = (state: RowState) => void;
export type PrepassFn = (ctx: MapContext, om: ObjectMapping, records: SourceRecord[]) => void;

export function flag(code: FlagCode, message: string, field?: string, raw?: unknown): RowIssue {
  const issue: RowIssue = { code, message };
  if (field !== undefined) issue.field = field;
  if (raw !== undefined && raw !== null) issue.raw = String(raw);
  return issue;
}
