/** Rows per second and ETA of a running phase, from successive polls of its counters. */
import type { PhaseRec } from "./api.ts";

export function processed(p: Pick<PhaseRec, "landed" | "rejected" | "skipped">): number {
  return p.landed + p.rejected + p.skipped;
}

export function percent(p: PhaseRec): number {
  if (p.state === "done") return 100;
  if (p.source <= 0) return 0;
  return Math.min(100, Math.round((processed(p) / p.source) * 1000) / 10);
}

export interface RateSample {
  at: number;
  done: number;
}

/** Keeps the last samples per phase; rate over the window, ETA for what is left. */
export class RateTracker {
  private samples = new Map<string, RateSample[]>();
  constructor(private readonly windowMs = 30_000) {}

  add(phase: PhaseRec, at: number): void {
    if (phase.state !== "running") {
      // Only samples taken while the phase runs say how fast it goes (pauses and gates excluded).
      this.samples.delete(phase.name);
      return;
    }
    const list = this.samples.get(phase.name) ?? [];
    list.push({ at, done: processed(phase) });
    while (list.length > 2 && at - (list[0] as RateSample).at > this.windowMs) list.shift();
    this.samples.set(phase.name, list);
  }

  /** Forgets every sample (the run paused, halted or stopped). */
  reset(): void {
    this.samples.clear();
  }

  /** Rows per second, or null before two samples. */
  rate(name: string): number | null {
    const list = this.samples.get(name);
    if (!list || list.length < 2) return null;
    const a = list[0] as RateSample;
    const b = list[list.length - 1] as RateSample;
    if (b.at <= a.at) return null;
    return Math.max(0, ((b.done - a.done) * 1000) / (b.at - a.at));
  }

  /** Seconds left, or null when unknown. */
  eta(phase: PhaseRec): number | null {
    const r = this.rate(phase.name);
    const left = phase.source - processed(phase);
    if (left <= 0) return 0;
    if (!r || r <= 0) return null;
    return Math.ceil(left / r);
  }
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${seconds % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
