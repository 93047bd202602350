import { describe, expect, it } from "vitest";
import { classifyValue, HyperLogLog, Profiler, profileRows } from "../../bridge/src/core/profile/index.ts";
import type { ColumnProfile } from "../../bridge/src/core/profile/index.ts";
import { openPlanPlus } from "../../bridge/src/sources/planplus/index.ts";
import { openPlexusBundle } from "../../bridge/src/sources/plexus/index.ts";

const byName = (cols: ColumnProfile[]): Record<string, ColumnProfile> => Object.fromEntries(cols.map((c) => [c.name, c]));

describe("classifyValue", () => {
  it.each([
    ["ann@x.example", "email"], ["Ann Lee <ann@x.example>", "email"], ["a@x.example; b@y.example", "email"],
    ["(512) 555-0147", "phone"], ["+1 512 555 0147 x22", "phone"], ["3/7/2025", "date"], ["2025-03-07", "date"], ["3/7/2025 9:05 AM", "date"],
    ["1,234.50", "number"], ["42", "number"], ["$12,500.00", "money"], ["1.234,50 €", "money"], ["EUR 99", "money"],
    ["https://x.example/a", "url"], ["www.x.example", "url"], ["Yes", "bool"], ["x", "bool"], ["Gate code 4411", "text"], ["bob at x dot com", "text"],
  ])("%j → %s", (v, t) => expect(classifyValue(v)).toBe(t));
  it("native JSON types", () => {
    expect(classifyValue(true)).toBe("bool");
    expect(classifyValue(12.5)).toBe("number");
  });
});

describe("HyperLogLog", () => {
  it("is exact for small sets and within 5 % for 100k distinct values", () => {
    const small = new HyperLogLog();
    for (let i = 0; i < 500; i++) small.add(`v${i % 100}`);
    expect(small.estimate()).toBe(100);
    const big = new HyperLogLog();
    for (let i = 0; i < 100_000; i++) big.add(`id-${i}`);
    expect(Math.abs(big.estimate() - 100_000) / 100_000).toBeLessThan(0.05);
  });
});

describe("Profiler", () => {
  it("fill rate, types, enum detection, top values, samples; columns appearing late count earlier rows as empty", async () => {
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 40; i++) {
      rows.push({ email: i % 10 === 0 ? "" : `u${i}@x.example`, status: ["Open", "Won", "Lost"][i % 3], amount: `$${i},000.00`, note: i % 2 ? `free text ${i} with words` : null, ...(i >= 20 ? { late: "y" } : {}) });
    }
    const cols = byName(await profileRows(rows, { topN: 2, samples: 3 }));
    expect(cols["email"]).toMatchObject({ rows: 40, filled: 36, fillRate: 0.9, inferredType: "email", distinctEstimate: 36 });
    expect(cols["status"]).toMatchObject({ inferredType: "enum", distinctEstimate: 3, topValues: [{ value: "Open", count: 14 }, { value: "Lost", count: 13 }] });
    expect(cols["amount"]?.inferredType).toBe("money");
    expect(cols["note"]).toMatchObject({ inferredType: "text", fillRate: 0.5 });
    expect(cols["note"]?.samples).toHaveLength(3);
    expect(cols["late"]).toMatchObject({ rows: 40, filled: 20, fillRate: 0.5, inferredType: "bool" });
  });

  it("mostly-typed columns keep their type with lower confidence (invalid values stand out)", () => {
    const p = new Profiler();
    for (let i = 0; i < 9; i++) p.addRow({ d: `3/${i + 1}/2025` });
    p.addRow({ d: "TBD" });
    const d = byName(p.result())["d"];
    expect(d?.inferredType).toBe("date");
    expect(d?.confidence).toBe(0.9);
  });

  it("profiles the sample exports (PlanPlus columns, flattened Plexus objects)", async () => {
    const pp = await openPlanPlus("sample/planplus");
    const p = new Profiler();
    for await (const it of pp.objects.get("contacts")?.read() ?? []) if (it.kind === "record") p.addRow(it.record.data);
    const c = byName(p.result());
    expect(c["E-mail Address"]?.inferredType).toBe("email");
    expect(c["Business Phone"]?.inferredType).toBe("phone");
    expect(c["Created Date"]?.inferredType).toBe("date");
    expect(c["Birthday"]?.inferredType).toBe("date");
    expect(c["Middle Name"]?.inferredType).toBe("empty");
    const px = await openPlexusBundle("sample/plexus");
    const q = new Profiler();
    for await (const it of px.objects.get("customers")?.read() ?? []) if (it.kind === "record") q.addRow(it.record.data);
    const k = byName(q.result());
    expect(k["primary_contact.email"]?.inferredType).toBe("email");
    expect(k["website"]?.inferredType).toBe("url");
    expect(k["tax_exempt"]?.inferredType).toBe("bool");
    expect(k["customer_type"]?.inferredType).toBe("enum");
  });
});
