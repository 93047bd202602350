/** Plexus-specific named computes, predicates, post steps and cross-record passes (mapping.md §3). */
import type { PostFn, PredicateFn, PrepassFn, RuleFn } from "./types.ts";

export const PLEXUS_RULES: Record<string, RuleFn> = {};
export const PLEXUS_PREDICATES: Record<string, PredicateFn> = {};
export const PLEXUS_POSTS: Record<string, PostFn> = {};
export const PLEXUS_PREPASSES: Record<string, PrepassFn> = {};
