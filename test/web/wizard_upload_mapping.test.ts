// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { $, $$, click, csvFile, CONTACTS_CSV, flush, mountWizard, select, USERS_CSV, type Harness } from "./helpers.ts";
import { FakeOrm } from "./fakes/fake_orm.ts";
import type { WizardModel } from "../../web/src/model/wizard_model.ts";

function model(h: Harness): WizardModel {
  return (h.app as unknown as { model: WizardModel }).model;
}

async function withProject(source = "planplus"): Promise<Harness> {
  const orm = new FakeOrm();
  orm.insert("ferry.project", { name: "Cutover", source_system: source, scope: "contacts,users" });
  const h = await mountWizard({ orm });
  model(h).profileOptions = { sliceBytes: 64, budgetMs: 0 };
  return h;
}

async function drop(h: Harness, files: File[]): Promise<void> {
  const zone = $(h, ".o_ferry_dropzone");
  const ev = new Event("drop", { bubbles: true, cancelable: true }) as Event & { dataTransfer: unknown };
  Object.defineProperty(ev, "dataTransfer", { value: { files } });
  zone.dispatchEvent(ev);
  for (let i = 0; i < 10 && model(h).uploads.some((u) => u.status !== "done" && u.status !== "error"); i += 1) await flush(3);
  await flush();
}

describe("step 2 (Upload)", () => {
  it("profiles dropped CSV files in slices, detects object and encoding, stores them with their profile", async () => {
    const h = await withProject();
    await click(h, ".o_ferry_step_upload");
    expect($(h, ".o_ferry_step_title").textContent).toBe("Upload");
    const latin = Uint8Array.from([...new TextEncoder().encode("User ID,Full Name,E-mail Address,Role,Status,Time Zone,Mission Statement,Last Login\r\nU1009,Ren"), 0xe9, ...new TextEncoder().encode(" Caf\u00e9,rene@x.example,User,Active,CST,,\r\n")].filter((b) => b !== 0xc3 && b !== 0xa9));
    await drop(h, [csvFile("contacts.csv", CONTACTS_CSV), csvFile("export-users.csv", latin)]);
    const files = h.orm.all("ferry.source.file");
    expect(files.map((f) => [f.name, f.detected_object, f.encoding, f.row_count])).toEqual([
      ["contacts.csv", "contacts", "utf-8", 3],
      ["export-users.csv", "users", "windows-1252", 1],
    ]);
    const profile = JSON.parse(String(files[0]?.profile));
    const notes = profile.columns.find((c: { name: string }) => c.name === "Notes");
    expect(notes.samples[0]).toBe('Met at "expo"\nfollow up'); // quoted field with doubled quotes and a line break, across 64-byte slices
    expect(profile.columns.find((c: { name: string }) => c.name === "E-mail Address").inferredType).toBe("email");
    expect(profile.owners.refs["name:Dana Whitfield"]).toBe(1);
    expect(typeof files[0]?.upload).toBe("string"); // the file itself goes to the server as base64
    expect(atob(String(files[0]?.upload)).startsWith('"Contact ID"')).toBe(true);
    const rows = $$(h, ".o_ferry_files tbody tr").map((r) => r.textContent);
    expect(rows[1]).toContain("windows-1252");
    expect($(h, ".o_ferry_upload_status").textContent).toContain("1 file, 3 rows");
    // the column profile of a file opens under its row
    await click(h, ".o_ferry_files tbody tr .o_ferry_profile_toggle");
    const profileRows = $$(h, ".o_ferry_profile tbody tr").map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent?.trim()));
    expect(profileRows.find((r) => r[0] === "E-mail Address")?.slice(1, 3)).toEqual(["email", "100%"]);
    expect(profileRows.find((r) => r[0] === "Middle Name")?.[2]).toBe("0%");
  });

  it("expands a Plexus bundle zip entry by entry and skips attachment binaries", async () => {
    const h = await withProject("plexus");
    await click(h, ".o_ferry_step_upload");
    const zip = zipSync({
      "bundle/manifest.json": strToU8(JSON.stringify({ format: "plexus-export-bundle", format_version: "1.2" })),
      "bundle/customers.jsonl": strToU8('{"id":"cus_0000001","name":"Acme","email":"a@acme.example","owner_user_id":"usr_1"}\n{"id":"cus_0000002","name":"Beta"}\nnot json\n'),
      "bundle/users.jsonl": strToU8('{"id":"usr_1","email":"dana@northwind.example","first_name":"Dana","last_name":"Whitfield","active":true}\n'),
      "bundle/files/att_1/photo.jpg": new Uint8Array(500).fill(7),
    });
    await drop(h, [new File([zip], "northwind.zip", { type: "application/zip" })]);
    const files = h.orm.all("ferry.source.file");
    expect(files.map((f) => [f.name, f.detected_object, f.row_count]).sort()).toEqual([
      ["northwind.zip/bundle/customers.jsonl", "customers", 3],
      ["northwind.zip/bundle/users.jsonl", "users", 1],
    ]);
    // the zip is uploaded once, not per entry
    expect(files.filter((f) => typeof f.upload === "string")).toHaveLength(1);
    expect(JSON.parse(String(files.find((f) => f.detected_object === "customers")?.profile)).invalidJson).toBe(1);
    expect($(h, ".o_ferry_api summary").textContent).toContain("Plexus export API");
  });

  it("sends Plexus API credentials once and clears the token field", async () => {
    const h = await withProject("plexus");
    await click(h, ".o_ferry_step_upload");
    const url = $(h, "#o_ferry_api_url") as HTMLInputElement;
    url.value = "https://northwind.example/api";
    url.dispatchEvent(new Event("input", { bubbles: true }));
    ($(h, "#o_ferry_api_token") as HTMLInputElement).value = "secret-token";
    await click(h, ".o_ferry_store_token");
    const call = h.orm.calls.find((c) => c.method === "action_store_plexus_credentials");
    expect(call?.args.slice(1)).toEqual(["https://northwind.example/api", "secret-token"]);
    expect(($(h, "#o_ferry_api_token") as HTMLInputElement).value).toBe("");
    expect(h.target.innerHTML).not.toContain("secret-token");
  });
});

async function uploaded(): Promise<Harness> {
  const h = await withProject();
  await click(h, ".o_ferry_step_upload");
  await drop(h, [csvFile("contacts.csv", CONTACTS_CSV), csvFile("users.csv", USERS_CSV)]);
  await click(h, ".o_ferry_step_mapping");
  return h;
}

describe("step 3 (Mapping)", () => {
  it("proposes a mapping per object from the profile and fields_get, with confidence and reasons", async () => {
    const h = await uploaded();
    expect($(h, ".o_ferry_mapping_step .alert").textContent).toContain("contacts");
    await click(h, ".o_ferry_propose");
    const [m] = h.orm.all("ferry.mapping");
    expect(m).toMatchObject({ source_object: "contacts", target_model: "res.partner", state: "draft" });
    const lines = h.orm.all("ferry.mapping.line");
    const bySource = new Map(lines.map((l) => [l.source_field, l]));
    expect(bySource.get("E-mail Address")?.target_field).toBe("email");
    expect(bySource.get("Business City")?.target_field).toBe("city");
    expect(bySource.get("Contact ID")?.target_field).toBe("");
    expect(bySource.get("Priority Quadrant")?.target_field).toBe("x_quadrant"); // mapping.md §5.6
    expect(bySource.get("Priority Quadrant")?.transform).toMatch(/^new_field:(char|selection)$/);
    const row = $(h, 'tr[data-source="E-mail Address"]');
    expect(row.querySelector(".badge")?.textContent).toMatch(/\d+%/);
    expect(row.textContent).toContain("jane@example.com");
    expect((row.querySelector("select") as HTMLSelectElement).value).toBe("email");
    expect($(h, ".o_ferry_flags").textContent).toMatch(/creates custom field x_quadrant \(\w+\)/);
  });

  it("changing a target writes it; approve records who and when; editing afterwards returns it to draft", async () => {
    const h = await uploaded();
    await click(h, ".o_ferry_propose");
    const line = h.orm.all("ferry.mapping.line").find((l) => l.source_field === "Job Title");
    await select(h, `#o_ferry_target_${line?.id}`, "comment");
    expect(h.orm.table("ferry.mapping.line").get(line?.id as number)?.target_field).toBe("comment");
    await click(h, ".o_ferry_approve");
    expect(h.orm.all("ferry.mapping")[0]).toMatchObject({ state: "approved", approved_by_id: 2 });
    expect($(h, ".o_ferry_approved_by").textContent).toContain("Mitchell Admin");
    expect(($(h, ".o_ferry_step_owners") as HTMLButtonElement).disabled).toBe(false);
    await select(h, `#o_ferry_target_${line?.id}`, "function");
    expect(h.orm.all("ferry.mapping")[0]?.state).toBe("draft");
    expect(h.target.querySelector(".o_ferry_approve")).not.toBeNull();
    expect(($(h, ".o_ferry_step_owners") as HTMLButtonElement).disabled).toBe(true);
  });

  it("Approve is one stable button: a click while a save is in flight is queued, not lost, and a double click approves once", async () => {
    const h = await uploaded();
    await click(h, ".o_ferry_propose");
    h.orm.latency = 15;
    const settle = async (): Promise<void> => {
      for (let i = 0; i < 200 && model(h).busy; i += 1) await flush(1);
      await flush();
    };
    const btn = $(h, ".o_ferry_approve") as HTMLButtonElement;
    // a target change is being saved (busy, re-rendering) when the admin clicks Approve
    const line = h.orm.all("ferry.mapping.line").find((l) => l.source_field === "Job Title");
    const sel = $(h, `#o_ferry_target_${line?.id}`) as HTMLSelectElement;
    sel.value = "comment";
    sel.dispatchEvent(new Event("change", { bubbles: true }));
    await flush(1);
    expect(model(h).busy).toBe(true);
    expect(btn.disabled).toBe(false);
    btn.click();
    btn.click(); // double click
    await settle();
    expect(h.orm.all("ferry.mapping")[0]?.state).toBe("approved");
    expect(h.orm.calls.filter((c) => c.method === "action_approve")).toHaveLength(1);
    expect(h.orm.table("ferry.mapping.line").get(line?.id as number)?.target_field).toBe("comment");
    expect(h.notifications.filter((n) => n.type === "danger")).toEqual([]);
    // the same element now reads "Back to draft"
    expect($(h, ".o_ferry_reopen")).toBe(btn);
    expect(btn.textContent?.trim()).toBe("Back to draft");
    btn.click();
    await settle();
    expect(h.orm.all("ferry.mapping")[0]?.state).toBe("draft");
    expect($(h, ".o_ferry_approve")).toBe(btn);
  });

  it("shows a value-map editor for selection targets and saves a changed value", async () => {
    const h = await uploaded();
    await click(h, ".o_ferry_propose");
    const line = h.orm.all("ferry.mapping.line").find((l) => l.source_field === "Owner");
    // map a column to a selection field: the fake's crm-like priority on res.partner is absent, so add one
    const mappingId = Number(line?.mapping_id);
    h.orm.insert("ferry.mapping.line", { mapping_id: mappingId, source_field: "Rating", target_field: "priority", proposed_target: "priority", confidence: 0.7, reason: "test", approved: false });
    const l2 = h.orm.all("ferry.mapping.line").at(-1);
    const vm = h.orm.insert("ferry.value.map", { line_id: l2?.id, source_value: "Hot", proposed_value: "", target_value: "", confidence: 0, reason: "", approved: false });
    h.orm.table("ferry.mapping").get(mappingId)!.target_model = "crm.lead";
    await model(h).loadMappings();
    await flush();
    expect($(h, ".o_ferry_value_map").textContent).toContain("Hot →");
    expect($(h, ".o_ferry_flags").textContent).toContain('value "Hot" has no target');
    await select(h, `#o_ferry_value_${vm}`, "3");
    expect(h.orm.table("ferry.value.map").get(vm)?.target_value).toBe("3");
  });
});

describe("step 4 (Owners)", () => {
  async function atOwners(): Promise<Harness> {
    const h = await uploaded();
    await click(h, ".o_ferry_propose");
    await click(h, ".o_ferry_approve");
    await click(h, ".o_ferry_step_owners");
    await click(h, ".o_ferry_detect_owners");
    return h;
  }

  it("detects owners from the files and matches them to Odoo users by e-mail, archived included", async () => {
    const h = await atOwners();
    const owners = new Map(h.orm.all("ferry.owner").map((o) => [o.source_name, o]));
    expect(owners.get("Dana Whitfield")).toMatchObject({ decision: "matched", user_id: 3, source_email: "dana@northwind.example" });
    expect(owners.get("Ghost Person")).toMatchObject({ decision: false, user_id: false });
    expect(owners.get("Old Timer")).toMatchObject({ decision: false, user_id: 5 }); // inactive: admin decides
    expect($(h, ".o_ferry_owner_status").textContent).toContain("2 owners to resolve");
    expect(($(h, ".o_ferry_step_sample") as HTMLButtonElement).disabled).toBe(true);
  });

  it("keeps the run blocked until every owner is resolved, per owner or with the fallback owner", async () => {
    const h = await atOwners();
    const ghost = h.orm.all("ferry.owner").find((o) => o.source_name === "Ghost Person");
    await select(h, `#o_ferry_decision_${ghost?.id}`, "matched");
    await select(h, `#o_ferry_user_${ghost?.id}`, "4");
    expect(h.orm.table("ferry.owner").get(ghost?.id as number)).toMatchObject({ decision: "matched", user_id: 4 });
    expect($(h, ".o_ferry_owner_status").textContent).toContain("1 owner to resolve");
    await click(h, ".o_ferry_fallback_all");
    expect(h.notifications.at(-1)?.message).toBe("Choose the fallback owner first.");
    await select(h, "#o_ferry_fallback", "2");
    await click(h, ".o_ferry_fallback_all");
    expect($(h, ".o_ferry_owner_status").textContent).toContain("Every owner is resolved");
    expect(h.orm.all("ferry.owner").find((o) => o.source_name === "Old Timer")).toMatchObject({ decision: "fallback", user_id: 2 });
    expect(($(h, ".o_ferry_step_sample") as HTMLButtonElement).disabled).toBe(false);
    expect(($(h, ".o_ferry_step_run") as HTMLButtonElement).disabled).toBe(false);
  });
});
