/** mapping.md §1.4 `host(url)`: lower-case, strip scheme, `www.`, user info, port, path, query, trailing dot. */
export function hostOf(url: string | null | undefined): string | null {
  if (url == null) return null;
  let s = url.trim().toLowerCase();
  if (s === "") return null;
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/^\/\//, "");
  s = s.split(/[/?#]/)[0] ?? "";
  const at = s.lastIndexOf("@");
  if (at >= 0) s = s.slice(at + 1);
  s = s.replace(/:\d*$/, "").replace(/\.+$/, "");
  if (s.startsWith("www.")) s = s.slice(4);
  return s === "" ? null : s;
}
