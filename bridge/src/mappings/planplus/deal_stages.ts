import type { ObjectMapping } from "../../core/mapping/schema.ts";

/** deal_stages.csv → crm.stage in the PlanPlus pipeline team (mapping.md §4.5, §5.10). */
export const dealStages: ObjectMapping = {
  object: "deal_stages",
  file: "deal_stages.csv",
  idField: "Stage ID",
  order: 5,
  dependsOn: [],
  kind: "records",
  description: "Each stage except the lost one → crm.stage planplus_stage_<Stage ID> of team planplus_team_pipeline; probability kept in requirements (no probability field on stages in 18).",
  targets: [{ name: "main", model: "crm.stage", xmlidObject: "stage" }],
  skips: [{ code: "lost_stage", when: { op: "predicate", name: "pp_stage_is_lost" }, message: "Odoo has no lost stage; lost deals are archived with a lost reason" }],
  rejects: [{ code: "missing_required", when: { op: "blank", field: "Stage Name" }, field: "Stage Name", message: "Stage Name is blank" }],
  fields: [
    { kind: "copy", from: "Stage Name", to: "name" },
    { kind: "computed", compute: "pp_stage_fields", to: "sequence", note: "Order × 10; requirements = PlanPlus probability; team (team_id, team_ids in 19)" },
    { kind: "transform", from: "Is Won", to: "is_won", transform: "bool" },
    { kind: "transform", from: "Folded", to: "fold", transform: "bool" },
  ],
  reference: {
    "Stage ID": "—", "Stage Name": "crm.stage.name", Order: "crm.stage.sequence", "Probability (%)": "crm.stage.requirements", "Is Won": "crm.stage.is_won", "Is Lost": "—", Folded: "crm.stage.fold",
  },
};
