import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ObjectMapping } from "../../bridge/src/core/mapping/schema.ts";
import { proposeValueMap, suggestColumn, suggestMapping } from "../../bridge/src/core/suggest/index.ts";
import type { ColumnInput, ColumnSuggestion, TargetModel } from "../../bridge/src/core/suggest/index.ts";
import { defaultMapping } from "../../bridge/src/mappings/index.ts";
import { profile } from "./helpers.ts";

const ROOT = join(import.meta.dirname, "..", "..");
/** Community 18 + the Enterprise Knowledge model (its field names from Odoo's public source, mapping.md §1.1). */
const P18 = profile(18, ["knowledge"], {
  "knowledge.article": {
    name: { type: "char", string: "Title" },
    body: { type: "html", string: "Body" },
    parent_id: { type: "many2one", relation: "knowledge.article", string: "Parent Article" },
    sequence: { type: "integer", string: "Sequence" },
    is_published: { type: "boolean", string: "Is Published" },
    internal_permission: { type: "selection", string: "Internal Permission" },
  },
});

/** Column profiles of one sample file: header/keys + up to 20 sample values per column. */
function columnsOf(source: "plexus" | "planplus", om: ObjectMapping): { columns: ColumnInput[]; from: string } {
  const file = join(ROOT, "sample", source, om.file);
  if (!existsSync(file)) return { columns: Object.keys(om.reference ?? {}).map((name) => ({ name, samples: [] })), from: "sources.md header list" };
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  if (source === "planplus") {
    const rows = parse(text, { relax_column_count: true }) as string[][];
    const header = rows[0] ?? [];
    return { columns: header.map((name, i) => ({ name, samples: rows.slice(1, 21).map((r) => r[i] ?? "").filter((v) => v.trim() !== "") })), from: file };
  }
  const objs = text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, 20)
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  const keys = [...new Set(objs.flatMap((o) => Object.keys(o)))];
  return {
    columns: keys.map((name) => ({ name, samples: objs.map((o) => o[name]).filter((v) => v !== null && v !== undefined && typeof v !== "object").map(String) })),
    from: file,
  };
}

function targetsOf(om: ObjectMapping): TargetModel[] {
  const variant = om.variants?.find((v) => (v.requires.models ?? []).every((m) => P18.fields[m]) && (v.requires.modules ?? []).every((m) => P18.modules.includes(m)))?.id;
  const models = [...om.targets.filter((t) => !t.variant || t.variant === variant).map((t) => t.model), ...Object.values(om.reference ?? {}).filter((r) => r !== "—").map((r) => r.slice(0, r.lastIndexOf(".")))];
  return [...new Set(models)].filter((m) => P18.fields[m]).map((m) => ({ model: m, fields: P18.fields[m]! }));
}

function correct(ref: string, s: ColumnSuggestion): boolean {
  if (ref === "—") return s.proposal.kind === "none";
  const model = ref.slice(0, ref.lastIndexOf("."));
  const field = ref.slice(ref.lastIndexOf(".") + 1);
  if (s.proposal.kind === "none") return false;
  if (field.startsWith("x_")) return s.proposal.model === model && (s.proposal.kind === "custom" || s.proposal.field === field);
  return s.proposal.kind === "field" && s.proposal.model === model && s.proposal.field === field;
}

describe("suggester", () => {
  it("top-1 proposal equals the reference mapping (mapping.md) for ≥ 95 % of the sample columns", () => {
    let total = 0;
    let ok = 0;
    const misses: string[] = [];
    for (const source of ["planplus", "plexus"] as const) {
      // objects that load records; validated (users, tax codes) and documented (workflow rules, sync connections) ones have no target fields
      for (const om of defaultMapping(source).objects.filter((o) => o.kind === "records")) {
        const ref = om.reference ?? {};
        const { columns } = columnsOf(source, om);
        const sugg = suggestMapping(columns, targetsOf(om), { customPrefix: source === "plexus" ? "x_plexus_" : "x_pp_", idColumns: [om.idField] });
        for (const s of sugg) {
          const r = ref[s.column];
          if (r === undefined) continue;
          total++;
          if (correct(r, s)) ok++;
          else misses.push(`${source}/${om.object}.${s.column}: expected ${r}, got ${s.proposal.kind === "none" ? "none" : `${s.proposal.model}.${s.proposal.field}`} (${s.reason})`);
        }
      }
    }
    const acc = ok / total;
    console.log(`suggester top-1 accuracy on the sample exports' columns of the objects that load records: ${ok}/${total} = ${(acc * 100).toFixed(1)} %`);
    if (misses.length) console.log(`misses:\n  ${misses.join("\n  ")}`);
    expect(total).toBeGreaterThan(300);
    expect(acc).toBeGreaterThanOrEqual(0.95);
  });

  it("explains proposals, types new custom fields from samples, and proposes value maps by fuzzy match", () => {
    const partner: TargetModel = { model: "res.partner", fields: P18.fields["res.partner"]! };
    const email = suggestColumn({ name: "E-mail Address", samples: ["ann@x.example"] }, [partner], { customPrefix: "x_pp_" }, 1);
    expect(email.proposal).toEqual({ kind: "field", model: "res.partner", field: "email" });
    expect(email.confidence).toBeGreaterThan(0.9);
    expect(email.reason).toMatch(/synonym/);
    const custom = suggestColumn({ name: "Loyalty Points", samples: ["12", "40", "7.5"] }, [partner], { customPrefix: "x_pp_" }, 3);
    expect(custom.proposal).toEqual({ kind: "custom", model: "res.partner", field: "x_pp_loyalty_points", ttype: "float" });
    const renewal = suggestColumn({ name: "Renewal", samples: ["3/7/2025", "12/1/2024"] }, [partner], { customPrefix: "x_pp_" }, 3);
    expect(renewal.proposal).toMatchObject({ kind: "custom", ttype: "date" });
    const nested = suggestColumn({ name: "billing_address.postal_code", inferredType: "number", samples: ["78701"] }, [partner], { customPrefix: "x_plexus_" }, 5);
    expect(nested.proposal).toEqual({ kind: "field", model: "res.partner", field: "zip" });
    const fuzzy = suggestColumn({ name: "Zip Code", samples: ["78701"] }, [partner], { customPrefix: "x_pp_" }, 2);
    expect(fuzzy.proposal).toEqual({ kind: "field", model: "res.partner", field: "zip" });
    const task: TargetModel = { model: "project.task", fields: P18.fields["project.task"]! };
    const st = suggestColumn({ name: "Task State", samples: ["In Progress", "Done", "Cancelled", "Waiting"] }, [task], { customPrefix: "x_pp_" }, 2);
    expect(st.proposal).toEqual({ kind: "field", model: "project.task", field: "state" });
    expect(st.valueMap).toEqual([
      { source: "In Progress", target: "01_in_progress", confidence: 1 },
      { source: "Done", target: "1_done", confidence: 1 },
      { source: "Cancelled", target: "1_canceled", confidence: 1 },
      { source: "Waiting", target: "04_waiting_normal", confidence: 1 },
    ]);
    expect(proposeValueMap(["Hgih", "zzz"], [["0", "Low"], ["1", "High"]])).toEqual([
      { source: "Hgih", target: "1", confidence: 0.5 },
      { source: "zzz", target: null, confidence: 0 },
    ]);
  });
});
