// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { registry } from "@web/core/registry";
import { $, $$, click, mountWizard, select, type } from "./helpers.ts";
import { FakeOrm } from "./fakes/fake_orm.ts";

describe("wizard: registration and step 1 (Project)", () => {
  it("registers the client action ferry.wizard", async () => {
    const { Wizard } = await import("../../web/src/wizard.ts");
    expect(registry.category("actions").get("ferry.wizard")).toBe(Wizard);
  });

  it("renders like an Odoo action with a control panel and the eight steps, later steps locked", async () => {
    const h = await mountWizard();
    expect($(h, ".o_action.o_ferry_wizard .o_control_panel .o_breadcrumb").textContent).toContain("Migration");
    const steps = $$(h, ".o_statusbar_status button");
    expect(steps.map((b) => b.textContent?.trim())).toEqual(["1. Project", "2. Upload", "3. Mapping", "4. Owners", "5. Sample", "6. Run", "7. Reconciliation", "8. Rollback"]);
    expect(steps[0]?.getAttribute("aria-selected")).toBe("true");
    expect(steps.slice(1).every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(steps[1]?.title).toBe("Create or choose a migration project first.");
  });

  it("creates a project with source and scope, then audits installed apps and installs the missing one", async () => {
    const h = await mountWizard();
    await click(h, ".o_ferry_create_project");
    expect(h.notifications.at(-1)?.message).toBe("Give the migration project a name.");
    await type(h, "#o_ferry_project_name", "PlanPlus cutover");
    await click(h, "#o_ferry_scope_deals"); // untick deals
    await click(h, ".o_ferry_create_project");
    const [project] = h.orm.all("ferry.project");
    expect(project).toMatchObject({ name: "PlanPlus cutover", source_system: "planplus" });
    expect(String(project?.scope).split(",")).not.toContain("deals");
    expect(String(project?.scope).split(",")).toContain("contacts");
    // audit: calendar is not installed in the fake database
    const rows = $$(h, ".o_ferry_apps tbody tr").map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent?.trim()).join(" "));
    expect(rows).toContain("Calendar Not installed");
    expect(rows).toContain("CRM Installed");
    await click(h, ".o_ferry_install");
    expect(h.dialogs.at(-1)?.body).toContain("Calendar");
    expect(h.orm.calls.some((c) => c.method === "button_immediate_install")).toBe(true);
    expect(h.target.querySelector(".o_ferry_install")).toBeNull();
    // Upload is now reachable, Mapping is not
    expect(($(h, ".o_ferry_step_upload") as HTMLButtonElement).disabled).toBe(false);
    expect(($(h, ".o_ferry_step_mapping") as HTMLButtonElement).disabled).toBe(true);
  });

  it("does not install when the confirmation is cancelled", async () => {
    const orm = new FakeOrm();
    orm.insert("ferry.project", { name: "Older", source_system: "planplus", scope: "contacts" });
    const id = orm.insert("ferry.project", { name: "P", source_system: "planplus", scope: "contacts" });
    const h = await mountWizard({ orm });
    // the newest project opens by default; the selector switches between projects
    expect(($(h, "#o_ferry_project_select") as HTMLSelectElement).value).toBe(String(id));
    expect($(h, ".o_ferry_project_badge").textContent).toContain("P · PlanPlus Online");
    await select(h, "#o_ferry_project_select", String(id - 1));
    expect($(h, ".o_ferry_project_badge").textContent).toContain("Older");
    // "New project…" empties the form and drops what belonged to the previous project
    await select(h, "#o_ferry_project_select", "");
    expect(($(h, "#o_ferry_project_name") as HTMLInputElement).value).toBe("");
    expect(h.target.querySelector(".o_ferry_project_badge")).toBeNull();
    expect(($(h, ".o_ferry_step_upload") as HTMLButtonElement).disabled).toBe(true);
    await select(h, "#o_ferry_project_select", String(id));
    h.confirmAnswer = false;
    await click(h, ".o_ferry_install");
    expect(h.orm.calls.some((c) => c.method === "button_immediate_install")).toBe(false);
  });

  it("every form control has a label", async () => {
    const h = await mountWizard();
    for (const el of $$(h, "input, select")) {
      const id = el.id;
      const labelled = (id && h.target.querySelector(`label[for="${id}"]`)) || el.closest("label") || el.getAttribute("aria-label");
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });
});
