import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** faq_articles.csv → knowledge.article, else internal notes on a partner (mapping.md §4.12, §6). */
export const faqArticles: ObjectMapping = {
  object: "faq_articles",
  file: "faq_articles.csv",
  idField: "Article ID",
  order: 12,
  dependsOn: ["companies"],
  kind: "records",
  description: "With Knowledge: one article per category and a child article per FAQ. Community fallback: one internal note per FAQ (xmlid planplus_faq_<Article ID>) on the related company, else on the own company's partner.",
  variants: [
    { id: "knowledge", label: "knowledge.article (Knowledge app)", requires: { modules: ["knowledge"], models: ["knowledge.article"] } },
    { id: "notes", label: "internal notes (mail.message) on a partner", requires: { models: ["mail.message"] } },
  ],
  targets: [
    { name: "main", model: "mail.message", xmlidObject: "faq", variant: "notes" },
    { name: "article", model: "knowledge.article", xmlidObject: "faq", variant: "knowledge" },
  ],
  rejects: [{ code: "missing_required", when: { op: "blank", field: "Question" }, field: "Question", message: "Question is blank" }],
  fields: [
    { variant: "notes", kind: "computed", compute: "pp_faq_note", note: "body `<h3>[FAQ] Category › Question</h3>` + Answer; date = Modified Date" },
    { target: "article", variant: "knowledge", kind: "computed", compute: "pp_faq_article", to: "parent_id/id", note: "category article + `[Draft]` prefix when unpublished" },
    { target: "article", variant: "knowledge", kind: "transform", from: "Answer", to: "body", transform: "html" },
    { target: "article", variant: "knowledge", kind: "transform", from: "Sort Order", to: "sequence", transform: "number", args: { integer: true } },
  ],
  // reference for the Knowledge variant; with the Community fallback everything lands in one note (mail.message body/date/res_id)
  reference: {
    "Article ID": "—", Category: "knowledge.article.parent_id", "Sort Order": "knowledge.article.sequence", Question: "knowledge.article.name", Answer: "knowledge.article.body",
    Published: "knowledge.article.name", "Related Company ID": "—", "Created Date": "—", "Modified Date": "—",
  },
};
