import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkAddon, globToRegExp } from "../../scripts/check-addon.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const ADDON = join(ROOT, "odoo_addon", "ferry");
const SCRIPT = join(ROOT, "scripts", "check-addon.ts");
const hasPython = spawnSync(process.env.PYTHON ?? "python3", ["--version"]).status === 0;
if (!hasPython) console.log("test/addon/static: skipped, python3 is not on PATH (the checker needs it)");

function runCli(addonDir: string) {
  return spawnSync(process.execPath, ["--import", "tsx", SCRIPT, "--addon", addonDir], { cwd: ROOT, encoding: "utf8" });
}

describe.skipIf(!hasPython)("scripts/check-addon.ts", () => {
  let tmp: string;
  let copy: string;
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(copy, file);
    writeFileSync(path, change(readFileSync(path, "utf8")));
  };

  beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), "ferry-addon-"));
    copy = join(tmp, "ferry");
    cpSync(ADDON, copy, { recursive: true, filter: (src) => !src.includes("__pycache__") });
  });
  afterEach(() => rmSync(tmp, { recursive: true, force: true }));

  it("passes on the real addon, from the command line too", () => {
    const result = checkAddon(ADDON);
    expect(result.problems).toEqual([]);
    expect(result.stats.models).toBeGreaterThanOrEqual(10);
    expect(result.stats.aclRows).toBeGreaterThanOrEqual(result.stats.models);
    const cli = runCli(ADDON);
    expect(cli.status, cli.stdout + cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/OK/);
  });

  it("fails on an XML file that is not well-formed, with a non-zero exit", () => {
    edit("views/ferry_run_views.xml", (t) => t.replace("</list>", "</lst>"));
    const result = checkAddon(copy);
    expect(result.problems.join("\n")).toMatch(/views\/ferry_run_views\.xml: XML not well-formed/);
    const cli = runCli(copy);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(/PROBLEM: .*ferry_run_views\.xml/);
  });

  it("fails on Python that does not compile", () => {
    edit("models/ferry_reject.py", (t) => t.replace("class FerryReject(models.Model):", "class FerryReject(models.Model)"));
    expect(checkAddon(copy).problems.join("\n")).toMatch(/models\/ferry_reject\.py: does not compile/);
  });

  it("fails when a manifest data file is missing", () => {
    rmSync(join(copy, "views", "ferry_owner_views.xml"));
    expect(checkAddon(copy).problems).toContain('__manifest__.py: data file "views/ferry_owner_views.xml" does not exist');
  });

  it("fails when an ACL names an unknown model or group, or a model has no ACL", () => {
    edit("security/ir.model.access.csv", (t) =>
      t.replace("model_ferry_reject,group_ferry_manager", "model_ferry_rejcet,group_ferry_manager")
        .replace("model_ferry_owner,group_ferry_bridge", "model_ferry_owner,group_ferry_brigde"));
    const problems = checkAddon(copy).problems.join("\n");
    expect(problems).toMatch(/model_id "model_ferry_rejcet" is neither a model of this addon/);
    expect(problems).toMatch(/reference "group_ferry_brigde" is not defined/);
    edit("security/ir.model.access.csv", (t) => t.split("\n").filter((l) => !l.includes("model_ferry_value_map")).join("\n"));
    expect(checkAddon(copy).problems.join("\n")).toMatch(/model ferry.value.map has no row/);
  });

  it("fails on a reference used before the file that defines it is loaded", () => {
    edit("__manifest__.py", (t) =>
      t.replace('"views/ferry_ledger_views.xml",\n', "").replace('"views/ferry_run_views.xml",', '"views/ferry_run_views.xml",\n        "views/ferry_ledger_views.xml",'));
    expect(checkAddon(copy).problems.join("\n")).toMatch(/ferry_run_views\.xml: reference "ferry\.ferry_ledger_action" is not defined before this point/);
  });

  it("fails on a group xmlid that does not exist or a module not in depends", () => {
    edit("views/ferry_menus.xml", (t) => t.replace('groups="group_ferry_manager"', 'groups="group_ferry_admin,crm.group_use_lead"'));
    const problems = checkAddon(copy).problems.join("\n");
    expect(problems).toMatch(/reference "group_ferry_admin" is not defined/);
    expect(problems).toMatch(/"crm.group_use_lead" belongs to module "crm", which is not in depends/);
  });

  it("warns when an asset glob matches nothing", () => {
    edit("__manifest__.py", (t) => t.replace('"ferry/static/src/**/*"', '"ferry/static/nothing/**/*"'));
    const result = checkAddon(copy);
    expect(result.problems).toEqual([]);
    expect(result.warnings.join("\n")).toMatch(/"ferry\/static\/nothing\/\*\*\/\*" of web.assets_backend matches no/);
  });

  it("translates Odoo asset globs", () => {
    const re = globToRegExp("ferry/static/src/**/*");
    expect(re.test("ferry/static/src/wizard/wizard.js")).toBe(true);
    expect(re.test("ferry/static/src/a.xml")).toBe(true);
    expect(re.test("ferry/static/description/icon.png")).toBe(false);
    expect(globToRegExp("ferry/static/src/*.js").test("ferry/static/src/x/y.js")).toBe(false);
  });
});
