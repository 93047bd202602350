/** A pipeline step over `n` synthetic source rows (`data.i` = 0…n-1) whose outputs come from `outputs(i)`. */
import type { ObjectStep } from "../../bridge/src/run/pipeline.ts";
import type { MapOutput } from "../../bridge/src/core/mapping/types.ts";
import type { SourceRecord } from "../../bridge/src/sources/types.ts";

export function syntheticStep(object: string, n: number, outputs: (i: number) => MapOutput[]): ObjectStep {
  return {
    object,
    async *read() {
      for (let i = 0; i < n; i++) yield { kind: "record", record: { id: `r${i}`, hash: `${object}${i}`, origin: { source: "plexus", object, file: "x.jsonl", row: i + 1 }, data: { i } } } as never;
    },
    map(record) {
      return { outputs: outputs(Number((record as SourceRecord).data["i"])), issues: [] };
    },
  };
}
