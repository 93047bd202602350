/**
 * Registries of named rule functions, predicates, post steps and cross-record passes.
 * Built lazily on first use so that import cycles (engine ⇄ transforms) never see a half-initialised module.
 */
import type { MapContext } from "./context.ts";
import type { MapOutput, PostFn, PredicateFn, PrepassFn, RuleFn } from "./types.ts";
import { TRANSFORMS } from "./transforms.ts";
import { PLANPLUS_POSTS, PLANPLUS_PREDICATES, PLANPLUS_PREPASSES, PLANPLUS_RULES } from "./computes-planplus.ts";
import { PLEXUS_POSTS, PLEXUS_PREDICATES, PLEXUS_PREPASSES, PLEXUS_RULES, employeeManagerOutputs, jobLineTableOutputs } from "./computes-plexus.ts";
import { PLANPLUS_FINISHERS } from "./computes-planplus.ts";
import { COMMON_RULES } from "./computes-common.ts";

interface Registry {
  rules: Record<string, RuleFn>;
  predicates: Record<string, PredicateFn>;
  posts: Record<string, PostFn>;
  prepasses: Record<string, PrepassFn>;
  /** `<source>:<object>` → second-pass outputs after all rows of the object are mapped. */
  finishers: Record<string, (ctx: MapContext) => MapOutput[]>;
}

let reg: Registry | null = null;

export function registry(): Registry {
  reg ??= {
    rules: { ...TRANSFORMS, ...COMMON_RULES, ...PLANPLUS_RULES, ...PLEXUS_RULES },
    predicates: { ...PLANPLUS_PREDICATES, ...PLEXUS_PREDICATES },
    posts: { ...PLANPLUS_POSTS, ...PLEXUS_POSTS },
    prepasses: { ...PLANPLUS_PREPASSES, ...PLEXUS_PREPASSES },
    finishers: { "plexus:employees": employeeManagerOutputs, "plexus:job_lines": jobLineTableOutputs, ...PLANPLUS_FINISHERS },
  };
  return reg;
}
