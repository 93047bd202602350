/** HTML ↔ text (sources.md C.2 `html_in_text`, `newlines`; mapping.md §1.4 `html()`, `text()`). */

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’",
  ldquo: "“", rdquo: "”", hellip: "…", bull: "•", copy: "©", reg: "®", trade: "™", euro: "€", pound: "£", yen: "¥",
  cent: "¢", sect: "§", deg: "°", middot: "·", laquo: "«", raquo: "»", eacute: "é", egrave: "è", aacute: "á",
  agrave: "à", iacute: "í", oacute: "ó", uacute: "ú", ntilde: "ñ", ccedil: "ç", uuml: "ü", ouml: "ö", auml: "ä",
  szlig: "ß", Eacute: "É", Ntilde: "Ñ", times: "×", divide: "÷", shy: "",
};

const TAG_RE = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/i;
const BLOCK = "p|div|li|ul|ol|tr|table|h[1-6]|blockquote|pre|section|article|header|footer|dd|dt";

export function looksLikeHtml(s: string): boolean {
  return TAG_RE.test(s);
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, ent: string) => {
    if (ent[0] === "#") {
      const cp = ent[1] === "x" || ent[1] === "X" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[ent] ?? NAMED[ent.toLowerCase()] ?? m;
  });
}

/** Tags stripped, entities decoded, `<br>` and block tags → line breaks. Plain text is returned unchanged. */
export function htmlToText(html: string | null | undefined): string {
  if (html == null) return "";
  if (!looksLikeHtml(html)) return html;
  let s = html.replace(/\r\n?/g, "\n");
  s = s.replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, "").replace(/<!--[\s\S]*?-->/g, "");
  s = s.replace(/\n/g, " ");
  s = s.replace(/<br\s*\/?>/gi, "\n");
  s = s.replace(new RegExp(`<li\\b[^>]*>`, "gi"), "\n• ");
  s = s.replace(new RegExp(`</?(?:${BLOCK})\\b[^>]*>`, "gi"), "\n");
  s = s.replace(/<[^>]*>/g, "");
  s = decodeEntities(s).replace(/\u00a0/g, " ");
  s = s.split("\n").map((l) => l.replace(/[ \t]+/g, " ").trim()).join("\n");
  return s.replace(/\n{2,}/g, "\n").trim();
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** For HTML targets: HTML kept as is; plain text escaped, paragraphs → `<p>`, line breaks → `<br>`. */
export function textToHtml(text: string | null | undefined): string {
  if (text == null || text === "") return "";
  if (looksLikeHtml(text)) return text;
  const paras = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
  return paras.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("");
}
