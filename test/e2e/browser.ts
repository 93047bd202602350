/** Launching Debian's Chromium for the e2e tests (puppeteer-core, no browser download). */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--user-data-dir=${mkdtempSync(join(tmpdir(), "ferry-chromium-"))}`,
    ],
  });
}

/**
 * Opens a mapping tab and presses its Approve button once: it must take (no retry). Waits for
 * the panel of that object (the previous tab stays on screen until OWL re-renders) and then for
 * the server's approval in that same panel.
 */
export async function approveOnce(page: Page, tabIndex: number, object: string): Promise<void> {
  await page.click(`.o_ferry_mapping_tabs li:nth-child(${tabIndex + 1}) button`);
  const panel = `.o_ferry_mapping[data-object="${object}"]`;
  await page.waitForSelector(`${panel} .o_ferry_approve`, { visible: true });
  // Keyboard, not a pointer click at the button's coordinates: the success notifications of the
  // previous approvals stack in the top-right corner, over the Approve button once the page has
  // scrolled, and a pointer click there lands on a notification (the 4th tab's click was lost so).
  await page.focus(`${panel} .o_ferry_approve`);
  await page.keyboard.press("Enter");
  await page.waitForSelector(`${panel}[data-state="approved"] .o_ferry_approved_by`, { timeout: 30_000 });
}

/** Inputs, selects and textareas inside `root` without an accessible name (label, aria-label, aria-labelledby, title). */
export function unlabelledControls(page: Page, root = ".o_ferry_wizard"): Promise<string[]> {
  return page.$$eval(`${root} input:not([type=hidden]), ${root} select, ${root} textarea`, (els) =>
    els
      .filter((el) => {
        const e = el as HTMLInputElement;
        if (e.getAttribute("aria-label")?.trim() || e.getAttribute("title")?.trim()) return false;
        const by = e.getAttribute("aria-labelledby");
        if (by && by.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return false;
        return !(e.labels && [...e.labels].some((l) => l.textContent?.trim()));
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}
