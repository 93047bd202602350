import { describe, expect, it } from "vitest";
import { fieldExists } from "../../bridge/src/core/mapping/context.ts";
import { MappingSession } from "../../bridge/src/core/mapping/session.ts";
import type { MapOutput } from "../../bridge/src/core/mapping/types.ts";
import { ctxFor } from "./helpers.ts";
import { PX_USERS, plexusRows } from "./plexus-fixture.ts";
import { planplusRows } from "./planplus-fixture.ts";

/** Every column the engine writes must exist in the recorded fields_get (or be a custom field the run creates). */
function run(source: "plexus" | "planplus", major: 18 | 19) {
  const session = new MappingSession(ctxFor(source, { major, reviewTagging: true, ...(source === "plexus" ? { sourceUsers: PX_USERS } : {}) }));
  const rows = source === "plexus" ? plexusRows() : planplusRows();
  const outputs: MapOutput[] = [];
  for (const om of session.objects()) {
    for (const dep of session.readBefore(om.object)) for (const r of rows[dep] ?? []) session.register(dep, r);
    for (const r of rows[om.object] ?? []) session.register(om.object, r);
    session.prepare(om.object);
    for (const r of rows[om.object] ?? []) outputs.push(...session.map(om.object, r).outputs);
    outputs.push(...session.finish(om.object));
  }
  const planned = new Set(session.ctx.customFields.keys());
  const unknown = new Set<string>();
  for (const o of outputs) {
    if (!session.ctx.profile.fields[o.model]) continue; // model not in the recordings (e.g. res.partner.category)
    for (const c of [...Object.keys(o.values), ...(o.refs ?? []).map((r) => r.column), ...Object.keys(o.append ?? {})]) {
      if (!fieldExists(session.ctx.profile, o.model, c, planned)) unknown.add(`${o.model}.${c}`);
    }
  }
  return { outputs, unknown: [...unknown].sort() };
}

describe("written columns exist in the target's fields_get", () => {
  for (const source of ["plexus", "planplus"] as const) {
    for (const major of [18, 19] as const) {
      it(`${source} on Odoo ${major}`, () => {
        const { outputs, unknown } = run(source, major);
        expect(outputs.length).toBeGreaterThan(50);
        expect(unknown).toEqual([]);
      });
    }
  }
});
