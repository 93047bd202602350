/**
 * Public API of the mapping layer (pure, isomorphic). See session.ts for the run-layer call sequence.
 */
export type { MapContext, MapSettings, SourceRecord, TargetProfile, FieldInfo, CreateMapContextInput } from "./context.ts";
export { createMapContext, LookupIndex } from "./context.ts";
export type { OdooUser, SourceUser, OwnerResult } from "./owners.ts";
export { OwnerResolver } from "./owners.ts";
export type { MappingDoc, ObjectMapping, FieldRule, Condition, ValueMap, CustomField, Target } from "./schema.ts";
export { MappingDocSchema, ObjectMappingSchema } from "./schema.ts";
export type { MapResult, MapOutput, MapOutcome, OutputRef } from "./types.ts";
export { mapRecord, chooseVariant, lookupValueMap } from "./engine.ts";
export { MappingSession } from "./session.ts";
export { resolveCompanyLinks, duplicateKeys, breakParentCycles, FREE_MAIL_DOMAINS } from "./crossrecord.ts";
export { approve, unapprove, checkApproved, contentHash } from "./approval.ts";
export type { ApprovalCheck } from "./approval.ts";
export { exportMappingJson, importMappingJson, validateNames, renderMappingMarkdown, renderMappingCsv } from "./document.ts";
export { preflight } from "./preflight.ts";
export type { PreflightResult } from "./preflight.ts";
export { workflowReference, syncConnectionsHandoff, customFieldChecklistFor } from "./documents.ts";
export { customFieldChecklist, customFieldOutputs, customFieldName, inferTtype, convertCustomValue } from "./customfields.ts";
export { deletedItemXmlid } from "./computes-planplus.ts";
