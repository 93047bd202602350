/** Runs the `ferry` command line in-process for tests, capturing what it prints (not shown). */
import { main } from "../../bridge/src/cli/main.ts";

export interface FerryResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `ferry <args>` with stdout/stderr captured and `env` set for the call only. */
export async function runFerry(args: string[], env: Record<string, string> = {}): Promise<FerryResult> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  let stdout = "";
  let stderr = "";
  process.stdout.write = ((s: string | Uint8Array) => ((stdout += String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => ((stderr += String(s)), true)) as typeof process.stderr.write;
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** `ferry <args>`, quiet; only the exit code. */
export async function ferryCode(args: string[]): Promise<number> {
  return (await runFerry(args)).code;
}
