/**
 * One simulator + connected client + scratch folder per test: registers the beforeEach/afterEach
 * pair that test/run suites share and hands the three to the suite through `set`.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { startSimulator, type Simulator } from "../../bridge/src/odoo/simulator/index.ts";
import { OdooClient } from "../../bridge/src/odoo/client.ts";

export function useSimulatorClient(prefix: string, set: (sim: Simulator, client: OdooClient, dir: string) => void): void {
  let sim: Simulator | undefined;
  let client: OdooClient | undefined;
  beforeEach(async () => {
    sim = await startSimulator({ port: 0 });
    client = await OdooClient.connect({ url: sim.url, db: sim.db, user: sim.user, apiKey: sim.apiKey });
    set(sim, client, await mkdtemp(join(tmpdir(), prefix)));
  });
  afterEach(async () => {
    await client?.close();
    await sim?.close();
  });
}
