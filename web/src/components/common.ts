/** Small display helpers shared by the step components. */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

export function confidenceClass(c: number): string {
  if (c >= 0.8) return "text-bg-success";
  if (c >= 0.6) return "text-bg-warning";
  return "text-bg-danger";
}

export function fmtInt(n: number): string {
  return n.toLocaleString("en-US");
}

export function fmtBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
