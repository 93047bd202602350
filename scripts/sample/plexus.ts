import { Tally } from "./util.ts";
/** Placeholder until the bundle generator lands (same commit series). */
export function generatePlexus(_dir: string, _opts: { scale: number; seed: string }): Tally | null {
  return null;
}
