/** Python's `repr()` of a str, as Odoo puts values and labels into its messages (`%r`). */
export function pyRepr(v: unknown): string {
  if (typeof v === "string") {
    const esc = v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
    if (v.includes("'") && !v.includes('"')) return `"${esc}"`;
    return `'${esc.replace(/'/g, "\\'")}'`;
  }
  if (v === true) return "True";
  if (v === false) return "False";
  if (v === null || v === undefined) return "None";
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(", ")}]`;
  return String(v);
}
