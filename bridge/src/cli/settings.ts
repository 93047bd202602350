/**
 * Connection and run settings of cli.md: flags win over environment variables, which win over the
 * JSON config file. Secrets are registered for redaction the moment they are read.
 */
import { readFileSync } from "node:fs";
import { FerryError } from "../core/errors.ts";
import { registerSecret } from "../run/secrets.ts";

export interface Settings {
  odooUrl?: string;
  db?: string;
  user?: string;
  apiKey?: string;
  plexusUrl?: string;
  plexusToken?: string;
  source?: "plexus" | "planplus";
  input?: string;
  out?: string;
  timeZone?: string;
  exportTimeZone?: string;
  defaultCountry: string;
  fallbackOwner?: string;
  yes: boolean;
  json: boolean;
}

/** flag name (camelCase as commander gives it) → env var and config key. */
const KEYS: { flag: keyof Settings; opt?: string; env?: string; file: string }[] = [
  { flag: "odooUrl", opt: "odoo", env: "FERRY_ODOO_URL", file: "odoo" },
  { flag: "db", env: "FERRY_ODOO_DB", file: "db" },
  { flag: "user", env: "FERRY_ODOO_USER", file: "user" },
  { flag: "apiKey", env: "FERRY_ODOO_API_KEY", file: "api-key" },
  { flag: "plexusUrl", env: "FERRY_PLEXUS_URL", file: "plexus-url" },
  { flag: "plexusToken", env: "FERRY_PLEXUS_TOKEN", file: "plexus-token" },
  { flag: "source", file: "source" },
  { flag: "input", file: "input" },
  { flag: "out", file: "out" },
  { flag: "timeZone", file: "time-zone" },
  { flag: "exportTimeZone", file: "export-time-zone" },
  { flag: "defaultCountry", file: "default-country" },
  { flag: "fallbackOwner", file: "fallback-owner" },
];

export function resolveSettings(flags: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): Settings {
  const configPath = (flags.config as string | undefined) ?? env.FERRY_CONFIG;
  let file: Record<string, unknown> = {};
  if (configPath) {
    try {
      file = JSON.parse(readFileSync(configPath, "utf8")) as Record<string, unknown>;
    } catch (e) {
      throw new FerryError("usage", `cannot read config file ${configPath}: ${(e as Error).message}`, { file: configPath });
    }
  }
  const out: Record<string, unknown> = { defaultCountry: "US", yes: Boolean(flags.yes), json: Boolean(flags.json) };
  for (const k of KEYS) {
    const v = (k.opt ? flags[k.opt] : undefined) ?? flags[k.flag] ?? (k.env ? env[k.env] : undefined) ?? file[k.file] ?? file[k.flag];
    if (v !== undefined && v !== "") out[k.flag] = String(v);
  }
  registerSecret(out.apiKey as string | undefined);
  registerSecret(out.plexusToken as string | undefined);
  if (out.source !== undefined && out.source !== "plexus" && out.source !== "planplus") {
    throw new FerryError("usage", `--source must be plexus or planplus, not "${String(out.source)}"`);
  }
  return out as unknown as Settings;
}

export function odooConnection(s: Settings): { url: string; db: string; user: string; apiKey: string } | undefined {
  if (!s.odooUrl) return undefined;
  const missing = (["db", "user", "apiKey"] as const).filter((k) => !s[k]);
  if (missing.length) {
    const names: Record<string, string> = { db: "--db / FERRY_ODOO_DB", user: "--user / FERRY_ODOO_USER", apiKey: "--api-key / FERRY_ODOO_API_KEY" };
    throw new FerryError("usage", `--odoo is set but ${missing.map((m) => names[m]).join(", ")} missing`);
  }
  return { url: s.odooUrl, db: s.db as string, user: s.user as string, apiKey: s.apiKey as string };
}
