/** Isomorphic hashing helpers (pure JS, no node:crypto) for external ids and content hashes. */
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

export function sha1Hex(text: string): string {
  return bytesToHex(sha1(utf8ToBytes(text)));
}

export function sha256Hex(input: string | Uint8Array): string {
  return bytesToHex(sha256(typeof input === "string" ? utf8ToBytes(input) : input));
}

/** JSON with object keys sorted recursively and no whitespace (mapping.md §1.2 canonical Plexus record). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

/** source_hash of mapping.md §1.2: Plexus = canonical JSON; PlanPlus = decoded cells joined by U+001F. */
export function sourceHash(record: Record<string, unknown> | readonly string[]): string {
  return sha256Hex(Array.isArray(record) ? record.join("\u001f") : canonicalJson(record));
}
