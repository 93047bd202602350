/** The wizard's steps, in order (issue 9). */
export const STEPS = [
  { key: "project", label: "Project" },
  { key: "upload", label: "Upload" },
  { key: "mapping", label: "Mapping" },
  { key: "owners", label: "Owners" },
  { key: "sample", label: "Sample" },
  { key: "run", label: "Run" },
  { key: "reconciliation", label: "Reconciliation" },
  { key: "rollback", label: "Rollback" },
] as const;

export type StepKey = (typeof STEPS)[number]["key"];

export function stepIndex(key: StepKey): number {
  return STEPS.findIndex((s) => s.key === key);
}
