/**
 * Approval gate (issue 6): draft → approved with approver, time and content hash. Runs other than
 * plan/sample must call checkApproved() and refuse on `ok: false` (CLI exit code 4).
 */
import { canonicalJson, sha256Hex } from "../hash.ts";
import type { MappingDoc } from "./schema.ts";
import { MappingDocSchema } from "./schema.ts";

const META = new Set(["status", "approvedBy", "approvedAt", "contentHash", "approvalDigest"]);

function content(doc: MappingDoc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!META.has(k)) out[k] = v;
  return out;
}

/** sha256 of the canonical JSON of the mapping content, approval metadata excluded. */
export function contentHash(doc: MappingDoc): string {
  return sha256Hex(canonicalJson(content(doc)));
}

/** Hash per reviewable part: `object:<name>`, `valueMap:<name>`, `options`, `header`. */
export function digest(doc: MappingDoc): Record<string, string> {
  const d: Record<string, string> = {};
  d["header"] = sha256Hex(canonicalJson({ format: doc.format, source: doc.source, version: doc.version }));
  d["options"] = sha256Hex(canonicalJson(doc.options));
  for (const o of doc.objects) d[`object:${o.object}`] = sha256Hex(canonicalJson(o));
  for (const [k, v] of Object.entries(doc.valueMaps)) d[`valueMap:${k}`] = sha256Hex(canonicalJson(v));
  return d;
}

export function approve(doc: MappingDoc, by: string, at: Date = new Date()): MappingDoc {
  if (by.trim() === "") throw new Error("approver name is required");
  const clean = MappingDocSchema.parse(doc);
  return { ...clean, status: "approved", approvedBy: by.trim(), approvedAt: at.toISOString(), contentHash: contentHash(clean), approvalDigest: digest(clean) };
}

/** Back to draft (after edits in the wizard); keeps nothing of the approval. */
export function unapprove(doc: MappingDoc): MappingDoc {
  return { ...doc, status: "draft", approvedBy: null, approvedAt: null, contentHash: null, approvalDigest: null };
}

function describe(key: string, kind: "changed" | "added" | "removed"): string {
  const [type, name] = key.includes(":") ? (key.split(/:(.*)/s) as [string, string]) : [key, ""];
  const what = type === "object" ? `object mapping "${name}"` : type === "valueMap" ? `value map "${name}"` : type === "options" ? "mapping options" : "document header";
  return `${what} ${kind}`;
}

export type ApprovalCheck = { ok: true } | { ok: false; reason: string; changes: string[] };

export function checkApproved(doc: MappingDoc): ApprovalCheck {
  if (doc.status !== "approved" || !doc.approvedBy || !doc.approvedAt || !doc.contentHash) {
    return { ok: false, reason: "the mapping is a draft: review it and approve it (`ferry map approve FILE --by NAME`) before running", changes: [] };
  }
  const now = contentHash(doc);
  if (now === doc.contentHash) return { ok: true };
  const changes: string[] = [];
  const before = doc.approvalDigest ?? {};
  const after = digest(doc);
  for (const [k, v] of Object.entries(after)) {
    if (!(k in before)) changes.push(describe(k, "added"));
    else if (before[k] !== v) changes.push(describe(k, "changed"));
  }
  for (const k of Object.keys(before)) if (!(k in after)) changes.push(describe(k, "removed"));
  if (changes.length === 0) changes.push("content differs from the approved version");
  return {
    ok: false,
    reason: `the mapping changed since ${doc.approvedBy} approved it at ${doc.approvedAt} (hash ${doc.contentHash.slice(0, 12)} → ${now.slice(0, 12)}); re-approve it`,
    changes,
  };
}
