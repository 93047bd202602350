/** Country names/codes → ISO-3166 alpha-2 (mapping.md §1.4 `country()`). */

const ALIASES: Record<string, string> = {
  usa: "US", "u.s.": "US", "u.s.a.": "US", "u.s": "US", us: "US", "united states": "US", "united states of america": "US", america: "US",
  uk: "GB", "u.k.": "GB", "great britain": "GB", britain: "GB", england: "GB", scotland: "GB", wales: "GB", "northern ireland": "GB", "united kingdom": "GB",
  can: "CA", mex: "MX", deutschland: "DE", holland: "NL", "the netherlands": "NL", "south korea": "KR", "republic of ireland": "IE",
};

let byName: Map<string, string> | null = null;

function nameTable(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const dn = new Intl.DisplayNames(["en"], { type: "region" });
  const A = 65;
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      let name: string | undefined;
      try {
        name = dn.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code && !/^[A-Z]{2}$/.test(name)) {
        byName.set(code.toLowerCase(), code);
        byName.set(name.toLowerCase(), code);
      }
    }
  }
  for (const [k, v] of Object.entries(ALIASES)) byName.set(k, v);
  return byName;
}

const memo = new Map<string, string | null>();

/** `US`, `USA`, `United States`, `CA`, `Canada`, ... → alpha-2 code; null when blank or unknown. */
export function countryCode(name: string | null | undefined): string | null {
  if (name == null) return null;
  const hit = memo.get(name);
  if (hit !== undefined) return hit;
  const r = lookup(name);
  if (memo.size > 10_000) memo.clear();
  memo.set(name, r);
  return r;
}

function lookup(name: string): string | null {
  const key = name.replace(/\s+/g, " ").trim().toLowerCase();
  if (key === "") return null;
  return nameTable().get(key) ?? nameTable().get(key.replace(/\.$/, "")) ?? null;
}
