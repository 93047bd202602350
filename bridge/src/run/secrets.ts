/**
 * Secrets (Odoo API keys/passwords, Plexus tokens) are registered once and masked in everything
 * Ferry prints or writes.
 */
const secrets = new Set<string>();

export function registerSecret(value: string | undefined | null): void {
  if (value && value.length >= 3) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join("***");
  return out;
}

/** JSON.stringify that never lets a registered secret through. */
export function safeJson(value: unknown, space?: number): string {
  return redact(JSON.stringify(value, null, space));
}
