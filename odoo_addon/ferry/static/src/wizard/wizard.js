import { registry } from "@web/core/registry";
import { Component, onWillStart, onWillUnmount, useRef, useState, xml } from "@odoo/owl";
import { useService } from "@web/core/utils/hooks";
import { ConfirmationDialog } from "@web/core/confirmation_dialog/confirmation_dialog";
// web/src/model/orm.ts
function m2oId(v) {
	return Array.isArray(v) && typeof v[0] === "number" ? v[0] : typeof v === "number" ? v : null;
}
function m2oName(v) {
	return Array.isArray(v) && typeof v[1] === "string" ? v[1] : "";
}
/** Odoo Char/Text fields come back as `false` when empty. */
function str$1(v) {
	return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}
function num(v) {
	return typeof v === "number" && Number.isFinite(v) ? v : 0;
}
function errorMessage(e) {
	if (e && typeof e === "object") {
		const data = e.data;
		if (data && typeof data.message === "string") return data.message;
		const m = e.message;
		if (typeof m === "string") return m;
	}
	return String(e);
}
// web/src/model/api.ts
var M = {
	project: "ferry.project",
	file: "ferry.source.file",
	mapping: "ferry.mapping",
	line: "ferry.mapping.line",
	valueMap: "ferry.value.map",
	owner: "ferry.owner",
	run: "ferry.run",
	phase: "ferry.run.phase",
	ledger: "ferry.ledger",
	reject: "ferry.reject"
};
var PROJECT_FIELDS = [
	"name",
	"source_system",
	"scope",
	"fallback_owner_id",
	"rollback_window_hours",
	"reject_threshold_pct",
	"state",
	"plexus_url",
	"has_plexus_token"
];
var RUN_FIELDS = [
	"name",
	"run_type",
	"state",
	"phase_ids",
	"started_at",
	"ended_at",
	"message",
	"summary",
	"current_phase",
	"report_ids",
	"rolled_back_by_id"
];
function toProject(r) {
	return {
		id: num(r.id),
		name: str$1(r.name),
		source: str$1(r.source_system) || "planplus",
		scope: str$1(r.scope).split(",").map((s) => s.trim()).filter(Boolean),
		fallbackOwnerId: m2oId(r.fallback_owner_id),
		fallbackOwnerName: m2oName(r.fallback_owner_id),
		rollbackWindowHours: r.rollback_window_hours === void 0 ? 72 : num(r.rollback_window_hours),
		thresholdPct: r.reject_threshold_pct === void 0 ? 1 : num(r.reject_threshold_pct),
		state: str$1(r.state),
		plexusUrl: str$1(r.plexus_url),
		hasPlexusToken: r.has_plexus_token === true
	};
}
function ids(v) {
	return Array.isArray(v) ? v.filter((x) => typeof x === "number") : [];
}
var FerryApi = class {
	orm;
	/** Fields the server actually has on ferry.run (read lazily; the addon may add more). */
	runFields = null;
	constructor(orm) {
		this.orm = orm;
	}
	async listProjects() {
		return (await this.orm.searchRead(M.project, [], PROJECT_FIELDS, {
			order: "id desc",
			limit: 20
		})).map(toProject);
	}
	async createProject(name, source, scope) {
		const [id] = await this.orm.create(M.project, [{
			name,
			source_system: source,
			scope: scope.join(",")
		}]);
		return id;
	}
	async readProject(id) {
		const [r] = await this.orm.read(M.project, [id], PROJECT_FIELDS);
		if (!r) throw new Error("Migration project " + String(id) + " not found");
		return toProject(r);
	}
	async writeProject(id, vals) {
		const out = {};
		if (vals.scope) out.scope = vals.scope.join(",");
		if (vals.fallbackOwnerId !== void 0) out.fallback_owner_id = vals.fallbackOwnerId ?? false;
		if (vals.source) out.source_system = vals.source;
		await this.orm.write(M.project, [id], out);
	}
	/** Stores Plexus API credentials server-side; they are never read back. */
	async storePlexusCredentials(projectId, url, token) {
		await this.orm.call(M.project, "action_store_plexus_credentials", [
			[projectId],
			url,
			token
		]);
	}
	async modules(names) {
		return (await this.orm.searchRead("ir.module.module", [[
			"name",
			"in",
			names
		]], [
			"name",
			"shortdesc",
			"state"
		])).map((r) => ({
			id: num(r.id),
			name: str$1(r.name),
			label: str$1(r.shortdesc) || str$1(r.name),
			state: str$1(r.state)
		}));
	}
	/** Installs apps the way Settings → Apps does (the server reloads its registry). */
	async installModules(moduleIds) {
		await this.orm.call("ir.module.module", "button_immediate_install", [moduleIds]);
	}
	/** Records a previous Ferry load already created in this database (possible collisions). */
	async existingMigratedRecords(source) {
		const rows = await this.orm.searchRead("ir.model.data", [[
			"module",
			"=",
			"ferry_" + String(source)
		]], ["model"], { limit: 2e4 });
		const counts = /* @__PURE__ */ new Map();
		for (const r of rows) counts.set(str$1(r.model), (counts.get(str$1(r.model)) ?? 0) + 1);
		return [...counts.entries()].map(([model, count]) => ({
			model,
			count
		})).sort((a, b) => b.count - a.count);
	}
	async countWhere(model, domain) {
		return this.orm.searchCount(model, domain);
	}
	async createSourceFile(projectId, vals) {
		const rec = {
			project_id: projectId,
			name: vals.name,
			detected_object: vals.object,
			encoding: vals.encoding,
			row_count: vals.rows,
			profile: vals.profile
		};
		if (vals.base64 !== null) rec.upload = vals.base64;
		const [id] = await this.orm.create(M.file, [rec]);
		return id;
	}
	async listSourceFiles(projectId) {
		return (await this.orm.searchRead(M.file, [[
			"project_id",
			"=",
			projectId
		]], [
			"name",
			"detected_object",
			"encoding",
			"row_count",
			"profile"
		])).map((r) => ({
			id: num(r.id),
			name: str$1(r.name),
			object: str$1(r.detected_object),
			encoding: str$1(r.encoding),
			rows: num(r.row_count),
			profile: str$1(r.profile)
		}));
	}
	async deleteSourceFile(id) {
		await this.orm.unlink(M.file, [id]);
	}
	async fieldsGet(model) {
		const res = await this.orm.call(model, "fields_get", [], { attributes: [
			"string",
			"type",
			"required",
			"readonly",
			"relation",
			"selection"
		] });
		return Object.entries(res).map(([name, f]) => {
			const info = {
				name,
				string: str$1(f.string) || name,
				type: str$1(f.type),
				required: f.required === true,
				readonly: f.readonly === true
			};
			if (typeof f.relation === "string") info.relation = f.relation;
			if (Array.isArray(f.selection)) info.selection = f.selection;
			return info;
		}).sort((a, b) => a.string.localeCompare(b.string));
	}
	async createMapping(projectId, object, model, sequence, lines) {
		const [id] = await this.orm.create(M.mapping, [{
			project_id: projectId,
			source_object: object,
			target_model: model,
			sequence,
			line_ids: lines.map((l, i) => [
				0,
				0,
				{
					sequence: (i + 1) * 10,
					source_field: l.source,
					proposed_target: l.target,
					target_field: l.target,
					transform: l.transform,
					confidence: l.confidence,
					reason: l.reason,
					approved: false,
					value_map_ids: l.values.map((v) => [
						0,
						0,
						{
							source_value: v.source,
							proposed_value: v.target,
							target_value: v.target,
							confidence: v.confidence,
							reason: v.reason,
							approved: false
						}
					])
				}
			])
		}]);
		return id;
	}
	async listMappings(projectId) {
		return (await this.orm.searchRead(M.mapping, [[
			"project_id",
			"=",
			projectId
		]], [
			"source_object",
			"target_model",
			"sequence",
			"state",
			"approved_by_id",
			"approved_at",
			"line_ids"
		])).map((r) => ({
			id: num(r.id),
			object: str$1(r.source_object),
			model: str$1(r.target_model),
			sequence: num(r.sequence),
			state: str$1(r.state) === "approved" ? "approved" : "draft",
			approvedBy: m2oName(r.approved_by_id),
			approvedAt: str$1(r.approved_at),
			lineIds: ids(r.line_ids)
		}));
	}
	async readLines(mappingIds) {
		if (mappingIds.length === 0) return [];
		return (await this.orm.searchRead(M.line, [[
			"mapping_id",
			"in",
			mappingIds
		]], [
			"mapping_id",
			"sequence",
			"source_field",
			"proposed_target",
			"target_field",
			"transform",
			"confidence",
			"reason",
			"approved",
			"value_map_ids"
		])).map((r) => ({
			id: num(r.id),
			mappingId: m2oId(r.mapping_id) ?? 0,
			sequence: num(r.sequence),
			source: str$1(r.source_field),
			proposed: str$1(r.proposed_target),
			target: str$1(r.target_field),
			transform: str$1(r.transform),
			confidence: num(r.confidence),
			reason: str$1(r.reason),
			approved: r.approved === true,
			valueMapIds: ids(r.value_map_ids)
		}));
	}
	async readValueMaps(lineIds) {
		if (lineIds.length === 0) return [];
		return (await this.orm.searchRead(M.valueMap, [[
			"line_id",
			"in",
			lineIds
		]], [
			"line_id",
			"source_value",
			"proposed_value",
			"target_value",
			"confidence",
			"reason",
			"approved"
		])).map((r) => ({
			id: num(r.id),
			lineId: m2oId(r.line_id) ?? 0,
			source: str$1(r.source_value),
			proposed: str$1(r.proposed_value),
			target: str$1(r.target_value),
			confidence: num(r.confidence),
			reason: str$1(r.reason),
			approved: r.approved === true
		}));
	}
	async writeLine(lineId, vals) {
		const out = {};
		if (vals.target !== void 0) out.target_field = vals.target || false;
		if (vals.approved !== void 0) out.approved = vals.approved;
		await this.orm.write(M.line, [lineId], out);
	}
	async approveLines(lineIds) {
		if (lineIds.length) await this.orm.write(M.line, lineIds, { approved: true });
	}
	async writeValueMap(id, target) {
		await this.orm.write(M.valueMap, [id], {
			target_value: target,
			approved: true
		});
	}
	async approveMapping(id) {
		await this.orm.call(M.mapping, "action_approve", [[id]]);
	}
	async resetMapping(id) {
		await this.orm.call(M.mapping, "action_reset_draft", [[id]]);
	}
	async listOwners(projectId) {
		return (await this.orm.searchRead(M.owner, [[
			"project_id",
			"=",
			projectId
		]], [
			"source_key",
			"source_name",
			"source_email",
			"record_count",
			"decision",
			"user_id"
		])).map((r) => ({
			id: num(r.id),
			key: str$1(r.source_key),
			name: str$1(r.source_name),
			email: str$1(r.source_email),
			records: num(r.record_count),
			decision: str$1(r.decision) || "",
			userId: m2oId(r.user_id),
			userName: m2oName(r.user_id)
		}));
	}
	async createOwners(projectId, owners) {
		if (owners.length === 0) return;
		await this.orm.create(M.owner, owners.map((o) => ({
			project_id: projectId,
			source_key: o.key,
			source_name: o.name,
			source_email: o.email,
			record_count: o.records,
			decision: o.decision || false,
			user_id: o.userId ?? false
		})));
	}
	async decideOwner(id, decision, userId) {
		await this.orm.write(M.owner, [id], {
			decision: decision || false,
			user_id: userId ?? false
		});
	}
	/** Odoo users, archived included (mapping.md §1.5 matches archived users too). */
	async users() {
		return (await this.orm.searchRead("res.users", [[
			"share",
			"=",
			false
		]], [
			"name",
			"login",
			"email",
			"active"
		], {
			context: { active_test: false },
			order: "name",
			limit: 5e3
		})).map((r) => ({
			id: num(r.id),
			name: str$1(r.name),
			login: str$1(r.login),
			email: str$1(r.email),
			active: r.active !== false
		}));
	}
	async knownRunFields() {
		if (!this.runFields) {
			const res = await this.orm.call(M.run, "fields_get", [], { attributes: ["type"] });
			this.runFields = Object.keys(res);
		}
		return this.runFields;
	}
	async queueRun(projectId, type, extra = {}) {
		const known = await this.knownRunFields();
		const vals = {
			project_id: projectId,
			run_type: type
		};
		for (const [k, v] of Object.entries(extra)) if (known.includes(k)) vals[k] = v;
		const [id] = await this.orm.create(M.run, [vals]);
		return id;
	}
	async latestRun(projectId, type) {
		const known = await this.knownRunFields();
		const fields = RUN_FIELDS.filter((f) => known.includes(f));
		const r = (await this.orm.searchRead(M.run, [[
			"project_id",
			"=",
			projectId
		], [
			"run_type",
			"=",
			type
		]], fields, {
			order: "id desc",
			limit: 1
		}))[0];
		return r ? this.toRun(r) : null;
	}
	async readRun(id) {
		const known = await this.knownRunFields();
		const fields = RUN_FIELDS.filter((f) => known.includes(f));
		const [r] = await this.orm.read(M.run, [id], fields);
		if (!r) throw new Error("Run " + String(id) + " not found");
		return this.toRun(r);
	}
	toRun(r) {
		return {
			id: num(r.id),
			type: str$1(r.run_type),
			state: str$1(r.state) || "queued",
			phaseIds: ids(r.phase_ids),
			startedAt: str$1(r.started_at),
			endedAt: str$1(r.ended_at),
			message: str$1(r.message),
			currentPhase: str$1(r.current_phase),
			summary: str$1(r.summary),
			reportIds: ids(r.report_ids),
			rolledBackBy: m2oId(r.rolled_back_by_id)
		};
	}
	async phases(runId) {
		return (await this.orm.searchRead(M.phase, [[
			"run_id",
			"=",
			runId
		]], [
			"name",
			"sequence",
			"state",
			"source",
			"landed",
			"rejected",
			"skipped",
			"updated_at"
		], { order: "sequence, id" })).map((r) => ({
			id: num(r.id),
			name: str$1(r.name),
			sequence: num(r.sequence),
			state: str$1(r.state) || "pending",
			source: num(r.source),
			landed: num(r.landed),
			rejected: num(r.rejected),
			skipped: num(r.skipped),
			updatedAt: str$1(r.updated_at)
		}));
	}
	/** Run control: pause, resume (requeue), accept the gate a run halted at, cancel (to fix and re-run). */
	async runAction(runId, action) {
		const method = {
			pause: "action_pause",
			resume: "action_requeue",
			accept: "action_accept_gate",
			cancel: "action_cancel"
		}[action];
		await this.orm.call(M.run, method, [[runId]]);
	}
	async rejects(runId, limit = 1e5) {
		return (await this.orm.searchRead(M.reject, [[
			"run_id",
			"=",
			runId
		]], [
			"source_object",
			"source_file",
			"source_row",
			"source_id",
			"field",
			"code",
			"reason"
		], { limit })).map((r) => ({
			object: str$1(r.source_object),
			file: str$1(r.source_file),
			row: num(r.source_row),
			sourceId: str$1(r.source_id),
			field: str$1(r.field),
			code: str$1(r.code),
			reason: str$1(r.reason)
		}));
	}
	/** Text content of a report the bridge attached to a run (e.g. sample_diff.csv). */
	async runAttachment(runId, name) {
		const datas = (await this.orm.searchRead("ir.attachment", [
			[
				"res_model",
				"=",
				M.run
			],
			[
				"res_id",
				"=",
				runId
			],
			[
				"name",
				"=",
				name
			]
		], ["datas"], {
			limit: 1,
			order: "id desc"
		}))[0]?.datas;
		return typeof datas === "string" ? decodeBase64Utf8(datas) : null;
	}
	/** Ledger operations of a run: how many records rollback would delete / restore / unarchive. */
	async ledgerCounts(runId) {
		const out = {};
		for (const op of [
			"create",
			"update",
			"archive",
			"delete"
		]) out[op] = await this.orm.searchCount(M.ledger, [
			[
				"run_id",
				"=",
				runId
			],
			[
				"operation",
				"=",
				op
			],
			[
				"rolled_back_by_id",
				"=",
				false
			]
		]);
		return out;
	}
	/** Server-side rollback from the ledger (no bridge needed); returns the rollback run id. */
	async rollback(runId, force) {
		return this.orm.call(M.run, "rollback", [[runId]], { force });
	}
};
function decodeBase64Utf8(b64) {
	const bin = atob(b64);
	const bytes = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
	return new TextDecoder("utf-8").decode(bytes);
}
// web/src/model/steps.ts
/** The wizard's steps, in order (issue 9). */
var STEPS = [
	{
		key: "project",
		label: "Project"
	},
	{
		key: "upload",
		label: "Upload"
	},
	{
		key: "mapping",
		label: "Mapping"
	},
	{
		key: "owners",
		label: "Owners"
	},
	{
		key: "sample",
		label: "Sample"
	},
	{
		key: "run",
		label: "Run"
	},
	{
		key: "reconciliation",
		label: "Reconciliation"
	},
	{
		key: "rollback",
		label: "Rollback"
	}
];
function stepIndex(key) {
	return STEPS.findIndex((s) => s.key === key);
}
// web/src/model/suggest.ts
/** Target model per source object (mapping.md §3, §4; Community defaults). */
var TARGET_MODEL = {
	planplus: {
		users: "res.users",
		companies: "res.partner",
		contacts: "res.partner",
		contact_company_links: "res.partner",
		deal_stages: "crm.stage",
		deals: "crm.lead",
		events: "calendar.event",
		tasks: "project.task",
		projects: "project.project",
		milestones: "project.milestone",
		help_desk_tickets: "crm.lead",
		faq_articles: "mail.message",
		custom_fields: "ir.model.fields"
	},
	plexus: {
		users: "res.users",
		employees: "hr.employee",
		customers: "res.partner",
		customer_contacts: "res.partner",
		work_order_groups: "project.project",
		work_orders: "project.task",
		job_lines: "project.task",
		schedules: "calendar.event",
		time_entries: "account.analytic.line",
		quotes: "sale.order",
		quote_lines: "sale.order.line",
		tax_codes: "account.tax",
		expenses: "hr.expense",
		expense_categories: "product.product",
		custom_field_definitions: "ir.model.fields",
		attachments: "ir.attachment"
	}
};
/** Source column (normalized) → Odoo field name(s), first existing one wins. */
var SYNONYMS = {
	"company name": "name",
	"deal name": "name",
	"project name": "name",
	"milestone name": "name",
	"stage name": "name",
	subject: "name",
	"full name": "name",
	"e mail address": "email",
	"e mail": "email",
	email: "email",
	"contact e mail": "email_from",
	"web page": "website",
	"main phone": "phone",
	"business phone": "phone",
	phone: "phone",
	"mobile phone": "mobile",
	mobile: "mobile",
	street: "street",
	"business street": "street",
	city: "city",
	"business city": "city",
	"state province": "state_id",
	"business state": "state_id",
	state: "state_id",
	"postal code": "zip",
	"business postal code": "zip",
	zip: "zip",
	country: "country_id",
	"business country": "country_id",
	"job title": "function",
	owner: "user_id",
	"owner e mail": "user_id",
	"organizer e mail": "user_id",
	"assigned to": "user_id",
	"project manager": "user_id",
	description: ["description", "comment"],
	notes: ["comment", "description"],
	industry: "industry_id",
	categories: "category_id",
	amount: "expected_revenue",
	"probability": "probability",
	"close date": "date_deadline",
	"due date": "date_deadline",
	stage: "stage_id",
	priority: "priority",
	location: "location",
	"all day event": "allday",
	"created date": "create_date",
	"created at": "create_date",
	first_name: "name",
	display_name: "name",
	name: "name",
	sequence: "sequence",
	order: "sequence",
	"is won": "is_won",
	folded: "fold",
	"hourly cost": "hourly_cost",
	"hire date": "first_contract_date"
};
/** Columns that carry source identity or audit data: not mapped to a field (kept in the ledger). */
var NOT_MAPPED = /(^| )id$|^modified date$|^updated at$|^deleted|^last login$/;
function normalizeColumn(name) {
	return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
var COMPATIBLE = {
	email: ["char", "many2one"],
	number: [
		"float",
		"monetary",
		"integer",
		"char"
	],
	date: [
		"date",
		"datetime",
		"char"
	],
	datetime: [
		"datetime",
		"date",
		"char"
	],
	boolean: [
		"boolean",
		"selection",
		"char"
	],
	quadrant: ["selection", "char"],
	text: [
		"char",
		"text",
		"html",
		"selection",
		"many2one",
		"many2many"
	]
};
/** mapping.md §5.7: the type a new custom field would get. */
function customFieldType(col) {
	switch (col.kind) {
		case "number": return "float";
		case "date": return "date";
		case "datetime": return "datetime";
		case "boolean": return "boolean";
		case "quadrant": return "selection";
		default:
			if (col.maxLength > 255 || col.multiline) return "text";
			if (!col.distinctCapped && col.distinct > 0 && col.distinct <= 12 && col.filled >= col.distinct * 3) return "selection";
			return "char";
	}
}
function customFieldName(source, column) {
	const slug = normalizeColumn(column).replace(/ /g, "_").slice(0, 50);
	return source === "plexus" ? "x_plexus_" + String(slug) : "x_pp_" + String(slug);
}
/** Similarity of two normalized names (Dice coefficient over character bigrams). */
function similarity(a, b) {
	if (a === b) return 1;
	if (a.length < 2 || b.length < 2) return 0;
	const grams = (s) => {
		const m = /* @__PURE__ */ new Map();
		for (let i = 0; i < s.length - 1; i += 1) {
			const g = s.slice(i, i + 2);
			m.set(g, (m.get(g) ?? 0) + 1);
		}
		return m;
	};
	const ga = grams(a);
	const gb = grams(b);
	let inter = 0;
	for (const [g, n] of ga) inter += Math.min(n, gb.get(g) ?? 0);
	return 2 * inter / (a.length - 1 + (b.length - 1));
}
function proposeColumn(source, col, fields) {
	const base = {
		source: col.name,
		samples: col.samples,
		kind: col.kind,
		newFieldType: ""
	};
	const norm = normalizeColumn(col.name);
	const byName = new Map(fields.map((f) => [f.name, f]));
	if (NOT_MAPPED.test(norm) && norm !== "created date") return {
		...base,
		target: "",
		confidence: .9,
		reason: "Source identifier / audit column: kept in the ledger, not migrated to a field"
	};
	const exact = fields.find((f) => f.name === norm.replace(/ /g, "_") || normalizeColumn(f.string) === norm);
	if (exact && !exact.readonly) return {
		...base,
		target: exact.name,
		confidence: .95,
		reason: "Same name as the field \"" + String(exact.string) + "\""
	};
	const synList = SYNONYMS[norm];
	const syn = (Array.isArray(synList) ? synList : synList ? [synList] : []).find((n) => byName.has(n));
	if (syn) {
		const f = byName.get(syn);
		const ok = COMPATIBLE[col.kind].includes(f.type) || col.filled === 0;
		return {
			...base,
			target: syn,
			confidence: ok ? .85 : .6,
			reason: "Known column \"" + String(col.name) + "\" → " + String(f.string) + String(ok ? "" : " (values look like " + String(col.kind) + ", field is " + String(f.type) + ")")
		};
	}
	let best = null;
	for (const f of fields) {
		if (f.readonly || !COMPATIBLE[col.kind].includes(f.type)) continue;
		const s = Math.max(similarity(norm, normalizeColumn(f.string)), similarity(norm, normalizeColumn(f.name)));
		if (!best || s > best.s) best = {
			f,
			s
		};
	}
	if (best && best.s >= .72) return {
		...base,
		target: best.f.name,
		confidence: Math.round(best.s * .8 * 100) / 100,
		reason: "Name similar to \"" + String(best.f.string) + "\" (" + String(Math.round(best.s * 100)) + "%), type " + String(best.f.type) + " fits " + String(col.kind) + " values"
	};
	if (col.filled === 0) return {
		...base,
		target: "",
		confidence: .7,
		reason: "Column is empty in this export"
	};
	const type = customFieldType(col);
	return {
		...base,
		target: customFieldName(source, col.name),
		newFieldType: type,
		confidence: .5,
		reason: "No matching field: new custom field (" + String(type) + ") proposed"
	};
}
function proposeObject(source, columns, fields) {
	return columns.map((c) => proposeColumn(source, c, fields));
}
/** Value-map proposals for a selection target: each distinct source value → the closest option. */
function proposeValues(samples, selection) {
	return samples.map((v) => {
		const nv = normalizeColumn(v);
		let best = null;
		for (const [key, label] of selection) {
			const s = Math.max(similarity(nv, normalizeColumn(label)), similarity(nv, normalizeColumn(key)));
			if (!best || s > best.s) best = {
				key,
				label,
				s
			};
		}
		if (best && best.s >= .5) return {
			source: v,
			target: best.key,
			confidence: Math.round(best.s * 100) / 100,
			reason: "Closest option \"" + String(best.label) + "\""
		};
		return {
			source: v,
			target: "",
			confidence: 0,
			reason: "No similar option: choose one (unmapped values are flagged value_unmapped)"
		};
	});
}
// web/src/profile/csv_chunks.ts
/**
* Incremental RFC 4180 CSV parser (sources.md B.2): fed text chunks of any size, it returns the
* records completed so far and keeps a partial record between calls. Quoted fields may hold commas,
* CR, LF and doubled quotes; records end with CRLF or LF; the last one may lack a line break.
* It never holds more than one record in memory, so a large file can be profiled slice by slice.
*/
var CsvChunkParser = class {
	field = "";
	record = [];
	inQuotes = false;
	/** The previous chunk ended on a quote inside a quoted field: escaped quote or closing quote? */
	pendingQuote = false;
	/** The previous chunk ended on CR outside quotes: swallow a following LF. */
	pendingCr = false;
	sawAny = false;
	feed(text) {
		const out = [];
		const n = text.length;
		let i = 0;
		if (this.pendingCr) {
			this.pendingCr = false;
			if (n > 0 && text.charCodeAt(0) === 10) i = 1;
		}
		if (this.pendingQuote && i < n) {
			this.pendingQuote = false;
			if (text.charCodeAt(i) === 34) {
				this.field += "\"";
				i += 1;
			} else this.inQuotes = false;
		}
		let start = i;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (this.inQuotes) {
				if (c === 34) {
					this.field += text.slice(start, i);
					if (i + 1 >= n) {
						this.pendingQuote = true;
						i += 1;
						start = i;
						break;
					}
					if (text.charCodeAt(i + 1) === 34) {
						this.field += "\"";
						i += 2;
					} else {
						this.inQuotes = false;
						i += 1;
					}
					start = i;
					continue;
				}
				i += 1;
				continue;
			}
			if (c === 44) {
				this.field += text.slice(start, i);
				this.record.push(this.field);
				this.field = "";
				this.sawAny = true;
				i += 1;
				start = i;
			} else if (c === 10 || c === 13) {
				this.field += text.slice(start, i);
				this.endRecord(out);
				if (c === 13) {
					if (i + 1 >= n) this.pendingCr = true;
					else if (text.charCodeAt(i + 1) === 10) i += 1;
				}
				i += 1;
				start = i;
			} else if (c === 34 && i === start && this.field === "") {
				this.inQuotes = true;
				this.sawAny = true;
				i += 1;
				start = i;
			} else {
				this.sawAny = true;
				i += 1;
			}
		}
		if (start < n) this.field += text.slice(start, n);
		return out;
	}
	/** Flushes the last record (a file need not end with a line break). */
	end() {
		const out = [];
		this.pendingQuote = false;
		this.inQuotes = false;
		if (this.sawAny || this.field !== "" || this.record.length > 0) this.endRecord(out);
		return out;
	}
	endRecord(out) {
		this.record.push(this.field);
		out.push(this.record);
		this.record = [];
		this.field = "";
		this.sawAny = false;
	}
};
/** Splits a JSON Lines stream into lines across chunk boundaries (accepts CRLF; empty lines dropped). */
var LineChunker = class {
	rest = "";
	feed(text) {
		const parts = (this.rest + text).split("\n");
		this.rest = parts.pop() ?? "";
		return parts.map((l) => l.endsWith("\r") ? l.slice(0, -1) : l).filter((l) => l.trim() !== "");
	}
	end() {
		const last = this.rest.endsWith("\r") ? this.rest.slice(0, -1) : this.rest;
		this.rest = "";
		return last.trim() === "" ? [] : [last];
	}
};
// web/src/model/diff.ts
/**
* The sample run's field-level diff (sample_diff.csv written by `ferry sample`): one row per
* record and field whose normalized source value differs from what Odoo holds, with the cause.
* Header names are matched loosely so small renames in the bridge do not break the table.
*/
var ALIASES = {
	object: [
		"object",
		"source object",
		"source_object"
	],
	sourceId: [
		"source id",
		"source_id",
		"id"
	],
	model: [
		"model",
		"res_model",
		"odoo model"
	],
	resId: [
		"res_id",
		"odoo id",
		"record id"
	],
	field: [
		"field",
		"odoo field",
		"target field"
	],
	source: [
		"source value",
		"source_value",
		"expected",
		"source"
	],
	odoo: [
		"odoo value",
		"odoo_value",
		"actual",
		"odoo"
	],
	cause: [
		"cause",
		"mismatch cause",
		"reason",
		"kind"
	]
};
function parseDiffCsv(text) {
	const p = new CsvChunkParser();
	const records = [...p.feed(text.replace(/^\uFEFF/, "")), ...p.end()];
	const header = (records.shift() ?? []).map((h) => h.trim().toLowerCase());
	const idx = {};
	for (const key of Object.keys(ALIASES)) idx[key] = header.findIndex((h) => ALIASES[key].includes(h));
	return records.filter((r) => r.some((c) => c.trim() !== "")).map((r) => {
		const get = (k) => {
			const i = idx[k];
			return i >= 0 ? r[i] ?? "" : "";
		};
		return {
			object: get("object"),
			sourceId: get("sourceId"),
			model: get("model"),
			resId: get("resId"),
			field: get("field"),
			source: get("source"),
			odoo: get("odoo"),
			cause: get("cause") || "differs"
		};
	});
}
function filterDiff(rows, f) {
	const field = f.field.trim().toLowerCase();
	return rows.filter((r) => (!f.object || r.object === f.object) && (!f.cause || r.cause === f.cause) && (!field || r.field.toLowerCase().includes(field)));
}
function distinct(rows, key) {
	return [...new Set(rows.map((r) => r[key]).filter(Boolean))].sort();
}
// web/src/model/progress.ts
function processed(p) {
	return p.landed + p.rejected + p.skipped;
}
function percent(p) {
	if (p.state === "done") return 100;
	if (p.source <= 0) return 0;
	return Math.min(100, Math.round(processed(p) / p.source * 1e3) / 10);
}
/** Keeps the last samples per phase; rate over the window, ETA for what is left. */
var RateTracker = class {
	windowMs;
	samples = /* @__PURE__ */ new Map();
	constructor(windowMs = 3e4) {
		this.windowMs = windowMs;
	}
	add(phase, at) {
		if (phase.state !== "running") {
			this.samples.delete(phase.name);
			return;
		}
		const list = this.samples.get(phase.name) ?? [];
		list.push({
			at,
			done: processed(phase)
		});
		while (list.length > 2 && at - list[0].at > this.windowMs) list.shift();
		this.samples.set(phase.name, list);
	}
	/** Forgets every sample (the run paused, halted or stopped). */
	reset() {
		this.samples.clear();
	}
	/** Rows per second, or null before two samples. */
	rate(name) {
		const list = this.samples.get(name);
		if (!list || list.length < 2) return null;
		const a = list[0];
		const b = list[list.length - 1];
		if (b.at <= a.at) return null;
		return Math.max(0, (b.done - a.done) * 1e3 / (b.at - a.at));
	}
	/** Seconds left, or null when unknown. */
	eta(phase) {
		const r = this.rate(phase.name);
		const left = phase.source - processed(phase);
		if (left <= 0) return 0;
		if (!r || r <= 0) return null;
		return Math.ceil(left / r);
	}
};
function formatDuration(seconds) {
	if (seconds === null) return "—";
	if (seconds < 60) return String(seconds) + " s";
	const m = Math.floor(seconds / 60);
	if (m < 60) return String(m) + " min " + String(seconds % 60) + " s";
	return String(Math.floor(m / 60)) + " h " + String(m % 60) + " min";
}
// bridge/src/core/reconcile.ts
function emptyObjectReconciliation(object) {
	return {
		object,
		source_count: 0,
		loaded: 0,
		merged: 0,
		documented: 0,
		validated: 0,
		skipped: {},
		rejected: {},
		flagged: {},
		rows_flagged_any: 0,
		operations: {}
	};
}
function sumValues(map) {
	let n = 0;
	for (const v of Object.values(map)) n += v;
	return n;
}
/** True when the counts add up: source = loaded + merged + skipped + rejected + documented + validated. */
function isBalanced(rec) {
	return rec.source_count === rec.loaded + rec.merged + rec.documented + rec.validated + sumValues(rec.skipped) + sumValues(rec.rejected);
}
// web/src/model/recon.ts
function rec(o) {
	const out = emptyObjectReconciliation(String(o.object ?? "?"));
	const n = (k) => typeof o[k] === "number" ? o[k] : 0;
	const m = (k) => o[k] && typeof o[k] === "object" ? o[k] : {};
	out.source_count = n("source_count");
	out.loaded = n("loaded");
	out.merged = n("merged");
	out.documented = n("documented");
	out.validated = n("validated");
	out.skipped = m("skipped");
	out.rejected = m("rejected");
	out.flagged = m("flagged");
	out.rows_flagged_any = n("rows_flagged_any");
	out.operations = m("operations");
	return out;
}
function asList(v, label, count) {
	if (Array.isArray(v)) return v.filter((x) => !!x && typeof x === "object").map((x) => ({
		label: String(x[label] ?? x.check ?? x.name ?? "?"),
		count: Number(x[count] ?? x.count ?? 0)
	}));
	if (v && typeof v === "object") return Object.entries(v).map(([k, c]) => ({
		label: k,
		count: typeof c === "number" ? c : Array.isArray(c) ? c.length : Number(c?.count ?? 0)
	}));
	return [];
}
function reconFromPhases(phases) {
	return build(phases.map((p) => {
		const o = emptyObjectReconciliation(p.name);
		o.source_count = p.source;
		o.loaded = p.landed;
		if (p.rejected) o.rejected = { rejected: p.rejected };
		if (p.skipped) o.skipped = { skipped: p.skipped };
		return o;
	}), { fromSummary: false });
}
function reconFromSummary(summaryJson, phases) {
	let data;
	try {
		data = JSON.parse(summaryJson);
	} catch {
		return reconFromPhases(phases);
	}
	if (!Array.isArray(data.objects)) return reconFromPhases(phases);
	const objects = data.objects.map(rec);
	const fill = Array.isArray(data.fill_rates) ? data.fill_rates.map((f) => ({
		field: String(f.field ?? "?"),
		source: Number(f.source ?? 0),
		odoo: Number(f.odoo ?? 0)
	})) : [];
	return build(objects, {
		fromSummary: true,
		nullFk: asList(data.null_fk ?? data.null_foreign_keys, "check", "count"),
		fillRates: fill,
		owners: asList(data.owners, "label", "count"),
		odooRecords: data.odoo_records && typeof data.odoo_records === "object" ? data.odoo_records : {}
	});
}
function build(objects, extra) {
	return {
		rows: objects.map((o) => ({
			object: o.object,
			source: o.source_count,
			landed: o.loaded,
			rejected: sumValues(o.rejected),
			skipped: sumValues(o.skipped),
			other: o.merged + o.documented + o.validated,
			balanced: isBalanced(o)
		})),
		nullFk: extra.nullFk ?? [],
		fillRates: extra.fillRates ?? [],
		owners: extra.owners ?? [],
		odooRecords: extra.odooRecords ?? {},
		fromSummary: extra.fromSummary,
		objects
	};
}
// node_modules/fflate/esm/browser.js
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	2,
	2,
	2,
	2,
	3,
	3,
	3,
	3,
	4,
	4,
	4,
	4,
	5,
	5,
	5,
	5,
	0,
	0,
	0,
	0
]);
var fdeb = new u8([
	0,
	0,
	0,
	0,
	1,
	1,
	2,
	2,
	3,
	3,
	4,
	4,
	5,
	5,
	6,
	6,
	7,
	7,
	8,
	8,
	9,
	9,
	10,
	10,
	11,
	11,
	12,
	12,
	13,
	13,
	0,
	0
]);
var clim = new u8([
	16,
	17,
	18,
	0,
	8,
	7,
	9,
	6,
	10,
	5,
	11,
	4,
	12,
	3,
	13,
	2,
	14,
	1,
	15
]);
var freb = function(eb, start) {
	var b = new u16(31);
	for (var i = 0; i < 31; ++i) b[i] = start += 1 << eb[i - 1];
	var r = new i32(b[30]);
	for (var i = 1; i < 30; ++i) for (var j = b[i]; j < b[i + 1]; ++j) r[j] = j - b[i] << 5 | i;
	return {
		b,
		r
	};
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
_b.r;
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
	var x = (i & 43690) >> 1 | (i & 21845) << 1;
	x = (x & 52428) >> 2 | (x & 13107) << 2;
	x = (x & 61680) >> 4 | (x & 3855) << 4;
	rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var hMap = (function(cd, mb, r) {
	var s = cd.length;
	var i = 0;
	var l = new u16(mb);
	for (; i < s; ++i) if (cd[i]) ++l[cd[i] - 1];
	var le = new u16(mb);
	for (i = 1; i < mb; ++i) le[i] = le[i - 1] + l[i - 1] << 1;
	var co;
	if (r) {
		co = new u16(1 << mb);
		var rvb = 15 - mb;
		for (i = 0; i < s; ++i) if (cd[i]) {
			var sv = i << 4 | cd[i];
			var r_1 = mb - cd[i];
			var v = le[cd[i] - 1]++ << r_1;
			for (var m = v | (1 << r_1) - 1; v <= m; ++v) co[rev[v] >> rvb] = sv;
		}
	} else {
		co = new u16(s);
		for (i = 0; i < s; ++i) if (cd[i]) co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
	}
	return co;
});
var flt = new u8(288);
for (var i = 0; i < 144; ++i) flt[i] = 8;
for (var i = 144; i < 256; ++i) flt[i] = 9;
for (var i = 256; i < 280; ++i) flt[i] = 7;
for (var i = 280; i < 288; ++i) flt[i] = 8;
var fdt = new u8(32);
for (var i = 0; i < 32; ++i) fdt[i] = 5;
var flrm = /*#__PURE__*/ hMap(flt, 9, 1);
var fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
var max = function(a) {
	var m = a[0];
	for (var i = 1; i < a.length; ++i) if (a[i] > m) m = a[i];
	return m;
};
var bits = function(d, p, m) {
	var o = p / 8 | 0;
	return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
	var o = p / 8 | 0;
	return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
	return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
	if (s == null || s < 0) s = 0;
	if (e == null || e > v.length) e = v.length;
	return new u8(v.subarray(s, e));
};
var ec = [
	"unexpected EOF",
	"invalid block type",
	"invalid length/literal",
	"invalid distance",
	"stream finished",
	"no stream handler",
	,
	"no callback",
	"invalid UTF-8 data",
	"extra field too long",
	"date not in range 1980-2099",
	"filename too long",
	"stream finishing",
	"invalid zip data"
];
var err = function(ind, msg, nt) {
	var e = new Error(msg || ec[ind]);
	e.code = ind;
	if (Error.captureStackTrace) Error.captureStackTrace(e, err);
	if (!nt) throw e;
	return e;
};
var inflt = function(dat, st, buf, dict) {
	var sl = dat.length, dl = dict ? dict.length : 0;
	if (!sl || st.f && !st.l) return buf || new u8(0);
	var noBuf = !buf;
	var resize = noBuf || st.i != 2;
	var noSt = st.i;
	if (noBuf) buf = new u8(sl * 3);
	var cbuf = function(l) {
		var bl = buf.length;
		if (l > bl) {
			var nbuf = new u8(Math.max(bl * 2, l));
			nbuf.set(buf);
			buf = nbuf;
		}
	};
	var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
	var tbts = sl * 8;
	do {
		if (!lm) {
			final = bits(dat, pos, 1);
			var type = bits(dat, pos + 1, 3);
			pos += 3;
			if (!type) {
				var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
				if (t > sl) {
					if (noSt) err(0);
					break;
				}
				if (resize) cbuf(bt + l);
				buf.set(dat.subarray(s, t), bt);
				st.b = bt += l, st.p = pos = t * 8, st.f = final;
				continue;
			} else if (type == 1) lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
			else if (type == 2) {
				var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
				var tl = hLit + bits(dat, pos + 5, 31) + 1;
				pos += 14;
				var ldt = new u8(tl);
				var clt = new u8(19);
				for (var i = 0; i < hcLen; ++i) clt[clim[i]] = bits(dat, pos + i * 3, 7);
				pos += hcLen * 3;
				var clb = max(clt), clbmsk = (1 << clb) - 1;
				var clm = hMap(clt, clb, 1);
				for (var i = 0; i < tl;) {
					var r = clm[bits(dat, pos, clbmsk)];
					pos += r & 15;
					var s = r >> 4;
					if (s < 16) ldt[i++] = s;
					else {
						var c = 0, n = 0;
						if (s == 16) n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
						else if (s == 17) n = 3 + bits(dat, pos, 7), pos += 3;
						else if (s == 18) n = 11 + bits(dat, pos, 127), pos += 7;
						while (n--) ldt[i++] = c;
					}
				}
				var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
				lbt = max(lt);
				dbt = max(dt);
				lm = hMap(lt, lbt, 1);
				dm = hMap(dt, dbt, 1);
			} else err(1);
			if (pos > tbts) {
				if (noSt) err(0);
				break;
			}
		}
		if (resize) cbuf(bt + 131072);
		var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
		var lpos = pos;
		for (;; lpos = pos) {
			var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
			pos += c & 15;
			if (pos > tbts) {
				if (noSt) err(0);
				break;
			}
			if (!c) err(2);
			if (sym < 256) buf[bt++] = sym;
			else if (sym == 256) {
				lpos = pos, lm = null;
				break;
			} else {
				var add = sym - 254;
				if (sym > 264) {
					var i = sym - 257, b = fleb[i];
					add = bits(dat, pos, (1 << b) - 1) + fl[i];
					pos += b;
				}
				var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
				if (!d) err(3);
				pos += d & 15;
				var dt = fd[dsym];
				if (dsym > 3) {
					var b = fdeb[dsym];
					dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
				}
				if (pos > tbts) {
					if (noSt) err(0);
					break;
				}
				if (resize) cbuf(bt + 131072);
				var end = bt + add;
				if (bt < dt) {
					var shift = dl - dt, dend = Math.min(dt, end);
					if (shift + bt < 0) err(3);
					for (; bt < dend; ++bt) buf[bt] = dict[shift + bt];
				}
				for (; bt < end; ++bt) buf[bt] = buf[bt - dt];
			}
		}
		st.l = lm, st.p = lpos, st.b = bt, st.f = final;
		if (lm) final = 1, st.m = lbt, st.d = dm, st.n = dbt;
	} while (!final);
	return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /*#__PURE__*/ new u8(0);
var b2 = function(d, b) {
	return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
	return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
	return b4(d, b) + b4(d, b + 4) * 4294967296;
};
/**
* Streaming DEFLATE decompression
*/
var Inflate = /* @__PURE__ */ function() {
	function Inflate(opts, cb) {
		if (typeof opts == "function") cb = opts, opts = {};
		this.ondata = cb;
		var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
		this.s = {
			i: 0,
			b: dict ? dict.length : 0
		};
		this.o = new u8(32768);
		this.p = new u8(0);
		if (dict) this.o.set(dict);
	}
	Inflate.prototype.e = function(c) {
		if (!this.ondata) err(5);
		if (this.d) err(4);
		if (!this.p.length) this.p = c;
		else if (c.length) {
			var n = new u8(this.p.length + c.length);
			n.set(this.p), n.set(c, this.p.length), this.p = n;
		}
	};
	Inflate.prototype.c = function(final) {
		this.s.i = +(this.d = final || false);
		var bts = this.s.b;
		var dt = inflt(this.p, this.s, this.o);
		this.ondata(slc(dt, bts, this.s.b), this.d);
		this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
		this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
	};
	/**
	* Pushes a chunk to be inflated
	* @param chunk The chunk to push
	* @param final Whether this is the final chunk
	*/
	Inflate.prototype.push = function(chunk, final) {
		this.e(chunk), this.c(final);
	};
	return Inflate;
}();
var td = typeof TextDecoder != "undefined" && /*#__PURE__*/ new TextDecoder();
try {
	td.decode(et, { stream: true });
} catch (e) {}
var dutf8 = function(d) {
	for (var r = "", i = 0;;) {
		var c = d[i++];
		var eb = (c > 127) + (c > 223) + (c > 239);
		if (i + eb > d.length) return {
			s: r,
			r: slc(d, i - 1)
		};
		if (!eb) r += String.fromCharCode(c);
		else if (eb == 3) c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | d[i++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
		else if (eb & 1) r += String.fromCharCode((c & 31) << 6 | d[i++] & 63);
		else r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | d[i++] & 63);
	}
};
/**
* Converts a Uint8Array to a string
* @param dat The data to decode to string
* @param latin1 Whether or not to interpret the data as Latin-1. This should
*               not need to be true unless encoding to binary string.
* @returns The original UTF-8/Latin-1 string
*/
function strFromU8(dat, latin1) {
	if (latin1) {
		var r = "";
		for (var i = 0; i < dat.length; i += 16384) r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
		return r;
	} else if (td) return td.decode(dat);
	else {
		var _a = dutf8(dat), s = _a.s, r = _a.r;
		if (r.length) err(8);
		return s;
	}
}
var z64hs = function(d, b, l, z, sc, su, off) {
	var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
	var nf = nsc + nsu + noff;
	if (z && nf) {
		for (; b + 4 < e; b += 4 + b2(d, b + 2)) if (b2(d, b) == 1) return [
			nsc ? b8(d, b + 4 + 8 * nsu) : sc,
			nsu ? b8(d, b + 4) : su,
			noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
			1
		];
		if (z < 2) err(13);
	}
	return [
		sc,
		su,
		off,
		0
	];
};
/**
* Streaming pass-through decompression for ZIP archives
*/
var UnzipPassThrough = /* @__PURE__ */ function() {
	function UnzipPassThrough() {}
	UnzipPassThrough.prototype.push = function(chunk, final) {
		this.ondata(null, chunk, final);
	};
	UnzipPassThrough.compression = 0;
	return UnzipPassThrough;
}();
/**
* Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
* better performance.
*/
var UnzipInflate = /* @__PURE__ */ function() {
	/**
	* Creates a DEFLATE decompression that can be used in ZIP archives
	*/
	function UnzipInflate() {
		var _this = this;
		this.i = new Inflate(function(dat, final) {
			_this.ondata(null, dat, final);
		});
	}
	UnzipInflate.prototype.push = function(chunk, final) {
		try {
			this.i.push(chunk, final);
		} catch (e) {
			this.ondata(e, null, final);
		}
	};
	UnzipInflate.compression = 8;
	return UnzipInflate;
}();
/**
* A ZIP archive decompression stream that emits files as they are discovered
*/
var Unzip = /* @__PURE__ */ function() {
	/**
	* Creates a ZIP decompression stream
	* @param cb The callback to call whenever a file in the ZIP archive is found
	*/
	function Unzip(cb) {
		this.onfile = cb;
		this.k = [];
		this.o = { 0: UnzipPassThrough };
		this.p = et;
	}
	/**
	* Pushes a chunk to be unzipped
	* @param chunk The chunk to push
	* @param final Whether this is the last chunk
	*/
	Unzip.prototype.push = function(chunk, final) {
		var _this = this;
		if (!this.onfile) err(5);
		if (!this.p) err(4);
		if (this.c > 0) {
			var len = Math.min(this.c, chunk.length);
			var toAdd = chunk.subarray(0, len);
			this.c -= len;
			if (this.d) this.d.push(toAdd, !this.c);
			else this.k[0].push(toAdd);
			chunk = chunk.subarray(len);
			if (chunk.length) return this.push(chunk, final);
		} else {
			var f = 0, i = 0, is = void 0, buf = void 0;
			if (!this.p.length) buf = chunk;
			else if (!chunk.length) buf = this.p;
			else {
				buf = new u8(this.p.length + chunk.length);
				buf.set(this.p), buf.set(chunk, this.p.length);
			}
			var l = buf.length, oc = this.c, add = oc && this.d;
			var _loop_2 = function() {
				var sig = b4(buf, i);
				if (sig == 67324752) {
					f = 1, is = i;
					this_1.d = null;
					this_1.c = 0;
					var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
					if (l > i + 30 + fnl + es) {
						var chks_3 = [];
						this_1.k.unshift(chks_3);
						f = 2;
						var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
						var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
						var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
						if (dd) sc_1 = -1 - z64;
						i += es;
						this_1.c = sc_1;
						var d_1;
						var file_1 = {
							name: fn_1,
							compression: cmp_1,
							start: function() {
								if (!file_1.ondata) err(5);
								if (!sc_1) file_1.ondata(null, et, true);
								else {
									var ctr = _this.o[cmp_1];
									if (!ctr) file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, false);
									d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
									d_1.ondata = function(err, dat, final) {
										file_1.ondata(err, dat, final);
									};
									for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
										var dat = chks_4[_i];
										d_1.push(dat, false);
									}
									if (_this.k[0] == chks_3 && _this.c) _this.d = d_1;
									else d_1.push(et, true);
								}
							},
							terminate: function() {
								if (d_1 && d_1.terminate) d_1.terminate();
							}
						};
						if (sc_1 >= 0) file_1.size = sc_1, file_1.originalSize = su_1;
						this_1.onfile(file_1);
					}
					return "break";
				} else if (oc) {
					if (sig == 134695760) {
						is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
						return "break";
					} else if (sig == 33639248) {
						is = i -= 4, f = 3, this_1.c = 0;
						return "break";
					}
				}
			};
			var this_1 = this;
			for (; i < l - 4; ++i) if (_loop_2() === "break") break;
			this.p = et;
			if (oc < 0) {
				var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i);
				if (add) add.push(dat, !!f);
				else this.k[+(f == 2)].push(dat);
			}
			if (f & 2) return this.push(buf.subarray(i), final);
			this.p = buf.subarray(i);
		}
		if (final) {
			if (this.c) err(13);
			this.p = null;
		}
	};
	/**
	* Registers a decoder with the stream, allowing for files compressed with
	* the compression type provided to be expanded correctly
	* @param decoder The decoder constructor
	*/
	Unzip.prototype.register = function(decoder) {
		this.o[decoder.compression] = decoder;
	};
	return Unzip;
}();
// web/src/profile/decode.ts
var Utf8Invalid = class extends Error {
	constructor() {
		super("not valid UTF-8");
	}
};
var ChunkDecoder = class {
	decoder;
	first = true;
	encoding;
	constructor(encoding) {
		this.encoding = encoding;
		this.decoder = new TextDecoder(encoding, {
			fatal: encoding === "utf-8",
			ignoreBOM: true
		});
	}
	/** Decodes one chunk; throws Utf8Invalid when strict UTF-8 decoding fails. */
	decode(bytes) {
		let text;
		try {
			text = this.decoder.decode(bytes, { stream: true });
		} catch {
			throw new Utf8Invalid();
		}
		if (this.first && text.length > 0) {
			this.first = false;
			if (text.charCodeAt(0) === 65279) {
				text = text.slice(1);
				if (this.encoding === "utf-8") this.encoding = "utf-8-sig";
			}
		}
		return text;
	}
	end() {
		try {
			return this.decoder.decode();
		} catch {
			throw new Utf8Invalid();
		}
	}
};
// bridge/src/core/normalize/email.ts
var EMPTY_TOKENS = /* @__PURE__ */ new Set([
	"n/a",
	"na",
	"none",
	"-",
	"--",
	"null"
]);
var DOMAIN_RE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
/** Split a cell on `;` / `,` outside double quotes and angle brackets. */
function splitList(text) {
	const out = [];
	let cur = "";
	let quoted = false;
	let angle = 0;
	for (const ch of text) {
		if (ch === "\"") quoted = !quoted;
		else if (ch === "<" && !quoted) angle++;
		else if (ch === ">" && !quoted && angle > 0) angle--;
		if ((ch === ";" || ch === ",") && !quoted && angle === 0) {
			out.push(cur);
			cur = "";
		} else cur += ch;
	}
	out.push(cur);
	return out.map((s) => s.trim()).filter((s) => s !== "");
}
/** Normalize one address; null when it is not valid after normalization. */
function normalizeOneEmail(raw) {
	let s = raw.trim();
	const angle = /<([^<>]*)>/.exec(s);
	if (angle) s = angle[1] ?? "";
	s = s.trim();
	for (;;) {
		const before = s;
		if (/^mailto:/i.test(s)) s = s.slice(7).trim();
		if (s.length >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) s = s.slice(1, -1).trim();
		if (s === before) break;
	}
	s = s.toLowerCase();
	return isValidEmail(s) ? s : null;
}
/** Valid = one `@`, non-empty local part without spaces, domain with a dot and only [a-z0-9.-] labels. */
function isValidEmail(s) {
	const at = s.indexOf("@");
	if (at <= 0 || at !== s.lastIndexOf("@")) return false;
	const local = s.slice(0, at);
	const domain = s.slice(at + 1);
	if (/\s/.test(local)) return false;
	return DOMAIN_RE.test(domain);
}
function isEmptyToken(s) {
	return s === "" || EMPTY_TOKENS.has(s.trim().toLowerCase());
}
function normalizeEmail(raw) {
	if (raw == null) return {
		email: null,
		extra: []
	};
	const text = String(raw).trim();
	if (isEmptyToken(text)) return {
		email: null,
		extra: []
	};
	const parts = splitList(text).filter((p) => !isEmptyToken(p));
	if (parts.length === 0) return {
		email: null,
		extra: []
	};
	const [first, ...rest] = parts;
	const extra = rest.map((p) => normalizeOneEmail(p) ?? p);
	const email = normalizeOneEmail(first);
	if (email === null) return {
		email: null,
		extra,
		invalid: first
	};
	return {
		email,
		extra
	};
}
// bridge/src/core/normalize/money.ts
var SYMBOLS = {
	$: "USD",
	"€": "EUR",
	"£": "GBP",
	"¥": "JPY",
	"₹": "INR",
	"₩": "KRW",
	"₽": "RUB",
	"₪": "ILS",
	"₺": "TRY"
};
/**
* Strip currency symbols/codes and spaces; if both `.` and `,` occur the last one is the decimal
* separator; if only `,` occurs and is followed by exactly 2 digits at the end it is the decimal
* separator; a single `.` alone is a decimal point; otherwise separators are thousands separators.
* `(12.50)` and a leading/trailing `-` are negative. Returns null when unparseable (`TBD`, `call`).
*/
function parseMoney(raw) {
	if (raw == null) return null;
	if (typeof raw === "number") return Number.isFinite(raw) ? { amount: raw } : null;
	let s = raw.trim();
	if (s === "") return null;
	let currency;
	const code = /\b([A-Za-z]{3})\b/.exec(s);
	if (code) {
		currency = code[1].toUpperCase();
		s = s.replace(code[0], "");
	}
	for (const [sym, cur] of Object.entries(SYMBOLS)) if (s.includes(sym)) {
		currency ??= cur;
		s = s.split(sym).join("");
	}
	s = s.replace(/[\s\u00a0\u202f']/g, "");
	let negative = false;
	if (/^\(.*\)$/.test(s)) {
		negative = true;
		s = s.slice(1, -1);
	}
	if (s.startsWith("-")) {
		negative = !negative;
		s = s.slice(1);
	} else if (s.endsWith("-")) {
		negative = !negative;
		s = s.slice(0, -1);
	} else if (s.startsWith("+")) s = s.slice(1);
	if (!/^[0-9.,]+$/.test(s) || !/\d/.test(s)) return null;
	const lastDot = s.lastIndexOf(".");
	const lastComma = s.lastIndexOf(",");
	let normalized;
	if (lastDot >= 0 && lastComma >= 0) {
		const dec = lastDot > lastComma ? "." : ",";
		const thou = dec === "." ? "," : ".";
		const idx = Math.max(lastDot, lastComma);
		const intPart = s.slice(0, idx).split(thou).join("");
		const frac = s.slice(idx + 1);
		if (intPart.includes(dec) || frac.includes(thou)) return null;
		normalized = String(intPart) + "." + String(frac);
	} else if (lastComma >= 0) {
		if (/,\d{2}$/.test(s)) normalized = String(s.slice(0, lastComma).split(",").join("")) + "." + String(s.slice(lastComma + 1));
		else normalized = s.split(",").join("");
	} else if (lastDot >= 0) normalized = s.indexOf(".") === lastDot ? s : s.split(".").join("");
	else normalized = s;
	if (!/^\d*\.?\d*$/.test(normalized) || normalized === ".") return null;
	const amount = Number(normalized);
	if (!Number.isFinite(amount)) return null;
	const result = { amount: negative ? -amount : amount };
	if (currency) result.currency = currency;
	return result;
}
// bridge/src/core/normalize/bool.ts
/** Booleans (mapping.md §1.4 `boolean()`, sources.md B.3). */
var TRUE = /* @__PURE__ */ new Set([
	"true",
	"yes",
	"y",
	"1",
	"x",
	"on",
	"t"
]);
var FALSE = /* @__PURE__ */ new Set([
	"false",
	"no",
	"n",
	"0",
	"off",
	"f"
]);
/**
* `true/false/yes/no/y/n/1/0/x/on/off`, case-insensitive. Returns null for blank AND for values that
* are not booleans; use `isBlank` to tell them apart (blank = false for flags, null for custom fields).
*/
function parseBool(raw) {
	if (raw == null) return null;
	if (typeof raw === "boolean") return raw;
	if (typeof raw === "number") return raw === 1 ? true : raw === 0 ? false : null;
	const s = raw.trim().toLowerCase();
	if (TRUE.has(s)) return true;
	if (FALSE.has(s)) return false;
	return null;
}
// bridge/src/core/normalize/quadrant.ts
var TABLE = {};
for (const [q, list] of Object.entries({
	Q1: [
		"q1",
		"1",
		"i",
		"urgent & important",
		"urgent and important",
		"important & urgent"
	],
	Q2: [
		"q2",
		"2",
		"ii",
		"not urgent & important",
		"important & not urgent",
		"not urgent and important"
	],
	Q3: [
		"q3",
		"3",
		"iii",
		"urgent & not important",
		"not important & urgent",
		"urgent and not important"
	],
	Q4: [
		"q4",
		"4",
		"iv",
		"not urgent & not important",
		"not urgent and not important"
	]
})) for (const s of list) TABLE[s] = q;
/** Case-insensitive; null when blank or not a known spelling (`enum_unknown`). */
function parseQuadrant(raw) {
	if (raw == null) return null;
	return TABLE[raw.replace(/\s+/g, " ").trim().toLowerCase()] ?? null;
}
/** Columns naming an owner: PlanPlus display names / e-mails, Plexus `*_user_id`. */
var PLANPLUS_OWNER_NAME_COLUMNS = [
	"Owner",
	"Project Manager",
	"Assigned To"
];
var PLANPLUS_OWNER_EMAIL_COLUMNS = ["Owner E-mail", "Organizer E-mail"];
function isOwnerColumn(column) {
	if (PLANPLUS_OWNER_NAME_COLUMNS.includes(column)) return "name";
	if (PLANPLUS_OWNER_EMAIL_COLUMNS.includes(column)) return "email";
	if (/_user_id$/.test(column) || column === "user_id") return "user_id";
	return null;
}
function emptyOwnerRefs() {
	return {
		refs: {},
		capped: false,
		users: []
	};
}
var OwnerCollector = class {
	objectName;
	out = emptyOwnerRefs();
	count = 0;
	constructor(objectName) {
		this.objectName = objectName;
	}
	addCell(column, raw) {
		const kind = isOwnerColumn(column);
		if (!kind || raw === null || raw === void 0) return;
		const value = String(raw).trim();
		if (value === "") return;
		const key = String(kind) + ":" + String(value);
		if (this.out.refs[key] === void 0) {
			if (this.count >= 5e3) {
				this.out.capped = true;
				return;
			}
			this.count += 1;
			this.out.refs[key] = 0;
		}
		this.out.refs[key] = (this.out.refs[key] ?? 0) + 1;
	}
	/** A row of a user file (PlanPlus users.csv or Plexus users.jsonl), kept raw. */
	addUserRow(row) {
		if (this.objectName !== "users" || this.out.users.length >= 5e3) return;
		this.out.users.push(row);
	}
};
var DATE_RE = /^\d{1,2}\/\d{1,2}\/\d{4}$|^\d{4}-\d{2}-\d{2}$/;
var DATETIME_RE = /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}( ?[AP]M)?$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/i;
function classify(value) {
	if (DATETIME_RE.test(value)) return "datetime";
	if (DATE_RE.test(value)) return "date";
	if (value.includes("@") && isValidEmail(value.trim().toLowerCase())) return "email";
	if (parseQuadrant(value) !== null && !/^\d+$/.test(value)) return "quadrant";
	if (parseBool(value) !== null && !/^\d+$/.test(value)) return "boolean";
	if (/\d/.test(value) && parseMoney(value) !== null) return "number";
	return "text";
}
var ColumnAcc = class {
	name;
	filled = 0;
	empty = 0;
	samples = [];
	seen = /* @__PURE__ */ new Set();
	capped = false;
	maxLength = 0;
	multiline = false;
	kinds = {};
	constructor(name) {
		this.name = name;
	}
	add(raw) {
		const value = raw.trim();
		if (value === "") {
			this.empty += 1;
			return;
		}
		this.filled += 1;
		if (value.length > this.maxLength) this.maxLength = value.length;
		if (!this.multiline && /[\r\n]/.test(value)) this.multiline = true;
		if (!this.seen.has(value)) {
			if (this.seen.size < 51) this.seen.add(value);
			else this.capped = true;
			if (this.samples.length < 5) this.samples.push(value.length > 80 ? String(value.slice(0, 79)) + "…" : value);
		}
		const kind = classify(value.length > 200 ? value.slice(0, 200) : value);
		this.kinds[kind] = (this.kinds[kind] ?? 0) + 1;
	}
	result() {
		let kind = "text";
		for (const [k, n] of Object.entries(this.kinds)) if (k !== "text" && this.filled > 0 && n / this.filled >= .9) kind = k;
		return {
			name: this.name,
			filled: this.filled,
			empty: this.empty,
			samples: this.samples,
			distinct: this.seen.size,
			distinctCapped: this.capped,
			maxLength: this.maxLength,
			multiline: this.multiline,
			kinds: this.kinds,
			kind
		};
	}
};
/** Accumulates records (arrays aligned on a header, or JSON objects) into a FileProfile. */
var Profiler = class {
	cols = /* @__PURE__ */ new Map();
	order = [];
	rows = 0;
	malformed = 0;
	invalidJson = 0;
	owners;
	/** `objectName` is the detected source object ("users" collects the user rows). */
	constructor(objectName = null) {
		this.owners = new OwnerCollector(objectName);
	}
	col(name) {
		let c = this.cols.get(name);
		if (!c) {
			c = new ColumnAcc(name);
			this.cols.set(name, c);
			this.order.push(name);
		}
		return c;
	}
	setHeader(header) {
		for (const h of header) this.col(h);
	}
	/** One CSV record; blank records are ignored, records of the wrong length count as malformed. */
	addCsv(header, record) {
		if (record.every((c) => c.trim() === "")) return;
		this.rows += 1;
		if (record.length !== header.length) {
			this.malformed += 1;
			return;
		}
		const userRow = {};
		for (let i = 0; i < header.length; i += 1) {
			const name = header[i];
			const cell = record[i] ?? "";
			this.col(name).add(cell);
			this.owners.addCell(name, cell);
			userRow[name] = cell;
		}
		this.owners.addUserRow(userRow);
	}
	/** One JSON Lines line: top-level keys are columns; nested values are profiled as JSON text. */
	addJsonLine(line) {
		this.rows += 1;
		let obj;
		try {
			obj = JSON.parse(line);
		} catch {
			this.invalidJson += 1;
			return;
		}
		if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
			this.invalidJson += 1;
			return;
		}
		const row = obj;
		if (row.deleted === true && Object.keys(row).length <= 4) return;
		for (const [k, v] of Object.entries(row)) {
			const text = v === null || v === void 0 ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
			this.col(k).add(text);
			this.owners.addCell(k, v);
		}
		this.owners.addUserRow(row);
	}
	result() {
		return {
			columns: this.order.map((n) => this.cols.get(n).result()),
			rows: this.rows,
			malformed: this.malformed,
			invalidJson: this.invalidJson,
			owners: this.owners.out
		};
	}
};
// web/src/profile/detect.ts
var PLANPLUS_FILES = {
	"users.csv": "users",
	"companies.csv": "companies",
	"contacts.csv": "contacts",
	"contact_company_links.csv": "contact_company_links",
	"deal_stages.csv": "deal_stages",
	"deals.csv": "deals",
	"events.csv": "events",
	"tasks.csv": "tasks",
	"projects.csv": "projects",
	"milestones.csv": "milestones",
	"help_desk_tickets.csv": "help_desk_tickets",
	"faq_articles.csv": "faq_articles",
	"custom_fields.csv": "custom_fields",
	"sync_connections.csv": "sync_connections",
	"deleted_items.csv": "deleted_items"
};
/** First header cell → object, for renamed PlanPlus files. */
var PLANPLUS_ID_COLUMNS = {
	"user id": "users",
	"company id": "companies",
	"contact id": "contacts",
	"link id": "contact_company_links",
	"stage id": "deal_stages",
	"deal id": "deals",
	"event id": "events",
	"task id": "tasks",
	"project id": "projects",
	"milestone id": "milestones",
	"ticket id": "help_desk_tickets",
	"article id": "faq_articles",
	"connection id": "sync_connections"
};
var PLEXUS_OBJECTS = [
	"users",
	"employees",
	"customers",
	"customer_contacts",
	"work_order_groups",
	"work_orders",
	"job_lines",
	"schedules",
	"time_entries",
	"quotes",
	"quote_lines",
	"tax_codes",
	"expenses",
	"expense_categories",
	"custom_field_definitions",
	"attachments",
	"workflow_rules"
];
function baseName(path) {
	const parts = path.split(/[\\/]/);
	return parts[parts.length - 1] ?? path;
}
function detectObject(path, header) {
	const name = baseName(path).toLowerCase();
	const pp = PLANPLUS_FILES[name];
	if (pp) return {
		source: "planplus",
		object: pp,
		by: "file name"
	};
	if (name.endsWith(".jsonl")) {
		const obj = name.slice(0, -6);
		if (PLEXUS_OBJECTS.includes(obj)) return {
			source: "plexus",
			object: obj,
			by: "file name"
		};
	}
	if (header && header.length > 0) {
		const first = (header[0] ?? "").replace(/^\uFEFF/, "").trim().toLowerCase();
		if (first === "object" && header.some((h) => h.trim().toLowerCase() === "field label")) return {
			source: "planplus",
			object: "custom_fields",
			by: "header"
		};
		if (first === "object" && header.some((h) => h.trim().toLowerCase() === "deleted date")) return {
			source: "planplus",
			object: "deleted_items",
			by: "header"
		};
		const obj = PLANPLUS_ID_COLUMNS[first];
		if (obj) return {
			source: "planplus",
			object: obj,
			by: "header"
		};
	}
	return {
		source: null,
		object: null,
		by: "none"
	};
}
function formatOf(path) {
	const n = baseName(path).toLowerCase();
	if (n === "manifest.json") return "manifest";
	if (n.endsWith(".csv")) return "csv";
	if (n.endsWith(".jsonl")) return "jsonl";
	return "other";
}
var defaultYield = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Cooperative scheduler: `maybeYield()` awaits a macrotask once the budget is spent. */
var Yielder = class {
	budgetMs;
	yieldFn;
	signal;
	last = Date.now();
	yields = 0;
	constructor(budgetMs, yieldFn, signal) {
		this.budgetMs = budgetMs;
		this.yieldFn = yieldFn;
		this.signal = signal;
	}
	async maybeYield(force = false) {
		if (this.signal?.aborted) throw new DOMException("Profiling cancelled", "AbortError");
		if (force || Date.now() - this.last >= this.budgetMs) {
			this.yields += 1;
			await this.yieldFn();
			this.last = Date.now();
			if (this.signal?.aborted) throw new DOMException("Profiling cancelled", "AbortError");
		}
	}
};
/** Decodes and parses one file's bytes as they arrive; throws Utf8Invalid to ask for a restart. */
var EntrySink = class {
	path;
	decoder;
	csv = new CsvChunkParser();
	lines = new LineChunker();
	profiler;
	header = null;
	manifestText = "";
	bytes = 0;
	format;
	constructor(path, encoding = "utf-8") {
		this.path = path;
		this.format = formatOf(path);
		this.profiler = new Profiler(detectObject(path, null).object);
		this.decoder = new ChunkDecoder(encoding);
	}
	push(bytes, final) {
		this.bytes += bytes.length;
		let text = this.decoder.decode(bytes);
		if (final) text += this.decoder.end();
		this.consume(text, final);
	}
	consume(text, final) {
		if (this.format === "csv") {
			const records = this.csv.feed(text);
			if (final) records.push(...this.csv.end());
			for (const r of records) if (this.header === null) {
				this.header = r.map((h) => h.trim());
				this.profiler.setHeader(this.header);
			} else this.profiler.addCsv(this.header, r);
		} else if (this.format === "jsonl") {
			const lines = this.lines.feed(text);
			if (final) lines.push(...this.lines.end());
			for (const l of lines) this.profiler.addJsonLine(l);
		} else if (this.format === "manifest") this.manifestText += text;
	}
	result() {
		const profile = this.profiler.result();
		const header = this.header ?? profile.columns.map((c) => c.name);
		const out = {
			path: this.path,
			name: baseName(this.path),
			format: this.format,
			bytes: this.bytes,
			encoding: this.format === "other" ? null : this.decoder.encoding,
			detection: detectObject(this.path, header),
			header,
			profile
		};
		if (this.format === "manifest") try {
			out.manifest = JSON.parse(this.manifestText);
			out.detection = {
				source: "plexus",
				object: null,
				by: "file name"
			};
		} catch {
			out.manifest = {};
		}
		return out;
	}
};
/** Bytes of a Blob slice: Blob.arrayBuffer where available, else FileReader (older engines, jsdom). */
function readBytes(blob) {
	if (typeof blob.arrayBuffer === "function") return blob.arrayBuffer().then((b) => new Uint8Array(b));
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(new Uint8Array(reader.result));
		reader.onerror = () => reject(reader.error ?? /* @__PURE__ */ new Error("read failed"));
		reader.readAsArrayBuffer(blob);
	});
}
async function readSlices(blob, opts, y, onSlice) {
	const size = blob.size;
	const step = opts.sliceBytes ?? 262144;
	if (size === 0) {
		onSlice(/* @__PURE__ */ new Uint8Array(0), true);
		opts.onProgress?.(0, 0);
		return;
	}
	for (let offset = 0; offset < size; offset += step) {
		const end = Math.min(size, offset + step);
		onSlice(await readBytes(blob.slice(offset, end)), end >= size);
		opts.onProgress?.(end, size);
		await y.maybeYield();
	}
}
function yielderFor(opts) {
	return new Yielder(opts.budgetMs ?? 12, opts.yieldFn ?? defaultYield, opts.signal);
}
/** Profiles one CSV / JSONL / manifest file. */
async function profileBlob(blob, path, opts = {}) {
	const y = yielderFor(opts);
	for (const encoding of ["utf-8", "windows-1252"]) {
		const sink = new EntrySink(path, encoding);
		try {
			await readSlices(blob, opts, y, (bytes, final) => sink.push(bytes, final));
			return sink.result();
		} catch (e) {
			if (!(e instanceof Utf8Invalid)) throw e;
		}
	}
	throw new Error("unreachable: Windows-1252 decoding cannot fail");
}
/** Profiles every CSV / JSONL / manifest entry of a zip, streaming; other entries are listed unprofiled. */
async function profileZip(blob, path, opts = {}) {
	const y = yielderFor(opts);
	const results = /* @__PURE__ */ new Map();
	let retry = /* @__PURE__ */ new Set();
	const pass = async (force1252) => {
		const failed = /* @__PURE__ */ new Set();
		const unzip = new Unzip((file) => {
			const fmt = formatOf(file.name);
			if (file.name.endsWith("/")) return;
			if (force1252 && !force1252.has(file.name)) return;
			if (file.name.split("/").some((p) => p === "files" || p === "__MACOSX")) return;
			if (fmt === "other") {
				if (!force1252) results.set(file.name, otherEntry(file.name, file.originalSize ?? 0));
				return;
			}
			const sink = new EntrySink(file.name, force1252 ? "windows-1252" : "utf-8");
			let dead = false;
			file.ondata = (err, data, final) => {
				if (err) throw err;
				if (dead) return;
				try {
					sink.push(data, final);
				} catch (e) {
					if (e instanceof Utf8Invalid) {
						dead = true;
						failed.add(file.name);
						return;
					}
					throw e;
				}
				if (final) results.set(file.name, sink.result());
			};
			file.start();
		});
		unzip.register(UnzipInflate);
		await readSlices(blob, opts, y, (bytes, final) => unzip.push(bytes, final));
		return failed;
	};
	retry = await pass(null);
	if (retry.size > 0) await pass(retry);
	return [...results.values()].map((r) => ({
		...r,
		path: String(baseName(path)) + "/" + String(r.path)
	}));
}
function otherEntry(path, bytes) {
	return {
		path,
		name: baseName(path),
		format: "other",
		bytes,
		encoding: null,
		detection: {
			source: null,
			object: null,
			by: "none"
		},
		header: [],
		profile: {
			columns: [],
			rows: 0,
			malformed: 0,
			invalidJson: 0,
			owners: emptyOwnerRefs()
		}
	};
}
/** Profiles a dropped file: a zip bundle expands to its entries. */
async function profileUpload(file, name, opts = {}) {
	if (name.toLowerCase().endsWith(".zip")) return profileZip(file, name, opts);
	return [await profileBlob(file, name, opts)];
}
// bridge/src/core/normalize/names.ts
/** Name helpers (mapping.md §1.4 `name_person`, `truncate_name`, `name_key`). */
function collapse(s) {
	return s.replace(/\s+/g, " ").trim();
}
/** Matching key for by-name references: trim, collapse inner whitespace, case-fold. Nothing else. */
function nameKey(s) {
	return collapse(s ?? "").toLowerCase();
}
// bridge/src/core/mapping/owners.ts
function str(v) {
	if (v === null || v === void 0) return null;
	const s = String(v).trim();
	return s === "" ? null : s;
}
var OwnerResolver = class {
	source;
	byId = /* @__PURE__ */ new Map();
	byNameKey = /* @__PURE__ */ new Map();
	byEmail = /* @__PURE__ */ new Map();
	odooByKey = /* @__PURE__ */ new Map();
	fallback;
	/** Distinct unresolved / inactive / ambiguous owners with row counts (report §1.5). */
	stats = {
		unmatched: /* @__PURE__ */ new Map(),
		inactive: /* @__PURE__ */ new Map(),
		ambiguous: /* @__PURE__ */ new Map()
	};
	constructor(source, users, odooUsers, fallbackLogin) {
		this.source = source;
		for (const u of users) {
			this.byId.set(u.id, u);
			const k = nameKey(u.name);
			if (k) this.byNameKey.set(k, [...this.byNameKey.get(k) ?? [], u]);
			if (u.email && !this.byEmail.has(u.email)) this.byEmail.set(u.email, u);
		}
		const sorted = [...odooUsers].sort((a, b) => a.id - b.id);
		for (const u of sorted) {
			const k = u.login.trim().toLowerCase();
			if (k && !this.odooByKey.has(k)) this.odooByKey.set(k, u);
		}
		for (const u of sorted) {
			const k = (u.email ?? "").trim().toLowerCase();
			if (k && !this.odooByKey.has(k)) this.odooByKey.set(k, u);
		}
		this.fallback = fallbackLogin ? this.odooByKey.get(fallbackLogin.trim().toLowerCase()) ?? null : null;
	}
	static sourceUserOf(source, raw) {
		if (source === "plexus") return {
			id: str(raw["id"]) ?? "",
			email: normalizeEmail(str(raw["email"])).email,
			name: str(raw["display_name"]) ?? [str(raw["first_name"]), str(raw["last_name"])].filter(Boolean).join(" "),
			active: raw["active"] !== false,
			timeZone: str(raw["time_zone"]),
			employeeId: str(raw["employee_id"])
		};
		return {
			id: str(raw["User ID"]) ?? "",
			email: normalizeEmail(str(raw["E-mail Address"])).email,
			name: str(raw["Full Name"]) ?? "",
			active: (str(raw["Status"]) ?? "Active").toLowerCase() !== "inactive",
			timeZone: str(raw["Time Zone"]),
			employeeId: null
		};
	}
	sourceUserById(id) {
		return this.byId.get(id);
	}
	sourceUserByEmail(email) {
		return this.byEmail.get(email);
	}
	/** Odoo user by login or e-mail (case-insensitive, archived included). */
	odooUser(email) {
		return this.odooByKey.get(email.trim().toLowerCase());
	}
	bump(m, key) {
		m.set(key, (m.get(key) ?? 0) + 1);
	}
	viaEmail(email, ref, sourceUser) {
		const e = email ? normalizeEmail(email).email : null;
		const match = e ? this.odooUser(e) : void 0;
		if (!match) return this.unmatched(ref, sourceUser);
		const flags = [];
		if (sourceUser && !sourceUser.active || !match.active) {
			flags.push("owner_inactive");
			this.bump(this.stats.inactive, ref);
		}
		return {
			userId: match.id,
			flags,
			sourceRef: ref,
			...sourceUser ? { sourceUser } : {}
		};
	}
	unmatched(ref, sourceUser) {
		this.bump(this.stats.unmatched, ref);
		return {
			userId: this.fallback?.id ?? null,
			flags: ["owner_unmatched"],
			sourceRef: ref,
			...sourceUser ? { sourceUser } : {}
		};
	}
	/** Plexus `*_user_id`. */
	byUserId(id) {
		const ref = str(id);
		if (ref === null) return {
			userId: null,
			flags: [],
			sourceRef: null
		};
		const u = this.byId.get(ref);
		if (!u) return this.unmatched(ref);
		return this.viaEmail(u.email, ref, u);
	}
	/** PlanPlus `Owner E-mail` / `Organizer E-mail`. */
	byEmailCell(cell) {
		const ref = str(cell);
		if (ref === null) return {
			userId: null,
			flags: [],
			sourceRef: null
		};
		const e = normalizeEmail(ref).email;
		return this.viaEmail(e, ref, e ? this.byEmail.get(e) : void 0);
	}
	/** PlanPlus display names (`Owner`, `Project Manager`, `Assigned To`). */
	byDisplayName(cell) {
		const ref = str(cell);
		if (ref === null) return {
			userId: null,
			flags: [],
			sourceRef: null
		};
		const rows = this.byNameKey.get(nameKey(ref)) ?? [];
		if (rows.length === 0) return this.unmatched(ref);
		if (rows.length > 1) {
			this.bump(this.stats.ambiguous, ref);
			return {
				userId: this.fallback?.id ?? null,
				flags: ["owner_ambiguous"],
				sourceRef: ref
			};
		}
		const u = rows[0];
		return this.viaEmail(u.email, ref, u);
	}
};
// bridge/src/core/csv-out.ts
var FORMULA_START = /^[=+\-@\t\r]/;
/** Prefixes a string that a spreadsheet would read as a formula with `'`. Never strips or evaluates. */
function neutralizeFormula(value) {
	return FORMULA_START.test(value) ? "'" + String(value) : value;
}
function csvField(value) {
	if (value === null || value === void 0) return "\"\"";
	return "\"" + String((typeof value === "number" ? String(value) : neutralizeFormula(value)).replace(/"/g, "\"\"")) + "\"";
}
function csvLine(cells) {
	return String(cells.map(csvField).join(",")) + "\r\n";
}
// bridge/src/core/report-html.ts
/**
* The run report as one self-contained HTML page (no CDN, inline SVG charts). Every source-derived
* string goes through `esc`, so a `<script>` in a contact name stays text.
*/
function esc(value) {
	return String(value ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
var COLORS$1 = {
	loaded: "#28a745",
	skipped: "#adb5bd",
	rejected: "#dc3545",
	other: "#17a2b8"
};
function bar(rec, width = 260) {
	const total = Math.max(rec.source_count, 1);
	const parts = [
		["loaded", rec.loaded],
		["other", rec.merged + rec.documented + rec.validated],
		["skipped", sumValues(rec.skipped)],
		["rejected", sumValues(rec.rejected)]
	];
	let x = 0;
	const rects = parts.filter(([, n]) => n > 0).map(([k, n]) => {
		const w = n / total * width;
		const r = "<rect x=\"" + String(x.toFixed(1)) + "\" y=\"0\" width=\"" + String(w.toFixed(1)) + "\" height=\"14\" fill=\"" + String(COLORS$1[k]) + "\"><title>" + String(esc(k)) + ": " + String(n) + "</title></rect>";
		x += w;
		return r;
	}).join("");
	return "<svg width=\"" + String(width) + "\" height=\"14\" role=\"img\" aria-label=\"outcomes of " + String(esc(rec.object)) + "\">" + String(rects) + "</svg>";
}
function codes(map) {
	const entries = Object.entries(map).filter(([, n]) => n > 0);
	if (entries.length === 0) return "";
	return entries.map(([k, n]) => "<span class=\"code\">" + String(esc(k)) + "&nbsp;" + String(n) + "</span>").join(" ");
}
function renderReport(input) {
	const rows = input.objects.map((o) => {
		const ops = Object.entries(o.operations).map(([k, n]) => String(esc(k)) + " " + String(n)).join(", ");
		const ok = isBalanced(o);
		return "<tr>\n<td>" + String(esc(o.object)) + "</td><td class=\"n\">" + String(o.source_count) + "</td>\n<td class=\"n\">" + String(o.loaded) + String(ops ? "<div class=\"sub\">" + String(ops) + "</div>" : "") + "</td>\n<td class=\"n\">" + String(o.merged + o.documented + o.validated) + "</td>\n<td class=\"n\">" + String(sumValues(o.skipped)) + "<div class=\"sub\">" + String(codes(o.skipped)) + "</div></td>\n<td class=\"n\">" + String(sumValues(o.rejected)) + "<div class=\"sub\">" + String(codes(o.rejected)) + "</div></td>\n<td class=\"n\">" + String(o.rows_flagged_any) + "<div class=\"sub\">" + String(codes(o.flagged)) + "</div></td>\n<td>" + String(bar(o)) + "</td><td>" + String(ok ? "✔" : `<b class="bad">counts do not add up</b>`) + "</td></tr>";
	}).join("\n");
	const total = (f) => input.objects.reduce((s, o) => s + f(o), 0);
	const odoo = input.odooRecords ? "<h2>Records in Odoo</h2><table><tr><th>model</th><th>count</th></tr>" + String(Object.entries(input.odooRecords).map(([m, n]) => "<tr><td>" + String(esc(m)) + "</td><td class=\"n\">" + String(n) + "</td></tr>").join("")) + "</table>" : "";
	const list = (title, items) => items && items.length ? "<h2>" + String(esc(title)) + "</h2><ul>" + String(items.map((n) => "<li>" + String(esc(n)) + "</li>").join("")) + "</ul>" : "";
	const files = input.files?.length ? "<h2>Files</h2><ul>" + String(input.files.map((f) => "<li><a href=\"" + String(esc(f.name)) + "\">" + String(esc(f.label)) + "</a></li>").join("")) + "</ul>" : "";
	return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + String(esc(input.title)) + "</title>\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n<style>\nbody{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;margin:2rem;color:#212529}\nh1{font-size:1.5rem;margin-bottom:.2rem} .meta{color:#6c757d;margin-bottom:1.5rem}\ntable{border-collapse:collapse;margin:.5rem 0 1.5rem} th,td{border-bottom:1px solid #dee2e6;padding:.35rem .6rem;text-align:left;vertical-align:top}\nth{background:#f8f9fa} td.n{text-align:right;font-variant-numeric:tabular-nums}\n.sub{font-size:.75rem;color:#6c757d} .code{white-space:nowrap} .bad{color:#dc3545}\n.legend span{display:inline-block;margin-right:1rem} .sw{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}\n</style></head><body>\n<h1>" + String(esc(input.title)) + "</h1>\n<div class=\"meta\">source <b>" + String(esc(input.source)) + "</b> · " + String(esc(input.kind)) + " · run " + String(esc(input.runId)) + " · target " + String(esc(input.target)) + " · " + String(esc(input.generatedAt)) + "</div>\n" + String(list("Halted at a reconciliation gate", input.gates)) + "\n<h2>Reconciliation</h2>\n<div class=\"legend\"><span><i class=\"sw\" style=\"background:" + String(COLORS$1.loaded) + "\"></i>landed</span><span><i class=\"sw\" style=\"background:" + String(COLORS$1.other) + "\"></i>merged/documented/validated</span><span><i class=\"sw\" style=\"background:" + String(COLORS$1.skipped) + "\"></i>skipped</span><span><i class=\"sw\" style=\"background:" + String(COLORS$1.rejected) + "\"></i>rejected</span></div>\n<table><tr><th>object</th><th>source</th><th>landed</th><th>merged / documented / validated</th><th>skipped</th><th>rejected</th><th>flagged</th><th></th><th>balanced</th></tr>\n" + String(rows) + "\n<tr><th>total</th><th class=\"n\">" + String(total((o) => o.source_count)) + "</th><th class=\"n\">" + String(total((o) => o.loaded)) + "</th><th class=\"n\">" + String(total((o) => o.merged + o.documented + o.validated)) + "</th><th class=\"n\">" + String(total((o) => sumValues(o.skipped))) + "</th><th class=\"n\">" + String(total((o) => sumValues(o.rejected))) + "</th><th class=\"n\">" + String(total((o) => o.rows_flagged_any)) + "</th><th></th><th></th></tr>\n</table>\n" + String(odoo) + "\n" + String(list("Notes", input.notes)) + "\n" + String(files) + "\n</body></html>\n";
}
// web/src/model/wizard_model.ts
/**
* WizardModel: all state and server calls of the migration wizard, outside any component
* (base_import's BaseImportModel pattern). Components read its fields and call its methods; the
* root component wraps it with `useState` so every change re-renders what depends on it.
*/
/** Apps the scope needs (mapping.md header): module technical name → why. */
var REQUIRED_APPS = {
	planplus: [
		"contacts",
		"crm",
		"project",
		"calendar"
	],
	plexus: [
		"contacts",
		"project",
		"hr_timesheet",
		"sale_management",
		"hr_expense",
		"calendar"
	]
};
/** Enterprise apps used when present (fallbacks otherwise, mapping.md §6). */
var OPTIONAL_APPS = [
	"helpdesk",
	"knowledge",
	"planning",
	"project_enterprise"
];
var PLANPLUS_OBJECTS = [
	"users",
	"companies",
	"contacts",
	"contact_company_links",
	"deal_stages",
	"deals",
	"events",
	"tasks",
	"projects",
	"milestones",
	"help_desk_tickets",
	"faq_articles",
	"custom_fields"
];
var PLEXUS_SCOPE = [
	"users",
	"employees",
	"customers",
	"customer_contacts",
	"work_order_groups",
	"work_orders",
	"job_lines",
	"schedules",
	"time_entries",
	"quotes",
	"quote_lines",
	"tax_codes",
	"expenses",
	"expense_categories",
	"custom_field_definitions",
	"attachments"
];
/** Objects that are read for owner resolution or reference only, not mapped to a model. */
var NOT_MAPPED_OBJECTS = /* @__PURE__ */ new Set([
	"users",
	"sync_connections",
	"deleted_items",
	"workflow_rules",
	"custom_fields",
	"custom_field_definitions",
	"contact_company_links"
]);
function parseProfile(text) {
	if (!text) return null;
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
/** Base64 of a Blob without blocking the page (FileReader works off the main thread). */
function blobToBase64(blob) {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => {
			const url = String(reader.result);
			resolve(url.slice(url.indexOf(",") + 1));
		};
		reader.onerror = () => reject(reader.error ?? /* @__PURE__ */ new Error("read failed"));
		reader.readAsDataURL(blob);
	});
}
var WizardModel = class {
	ui;
	api;
	step = "project";
	busy = false;
	loaded = false;
	projects = [];
	project = null;
	draft = {
		name: "",
		source: "planplus",
		scope: [...PLANPLUS_OBJECTS]
	};
	audit = {
		required: [],
		optional: [],
		existing: [],
		done: false
	};
	uploads = [];
	files = [];
	credentials = {
		url: "",
		stored: false
	};
	uploadSeq = 0;
	mappings = [];
	activeMapping = 0;
	owners = [];
	users = [];
	/** Why an owner needs a decision, from the last detection (source key → text). */
	ownerHints = {};
	sampleRun = null;
	diff = [];
	diffFilter = {
		object: "",
		field: "",
		cause: ""
	};
	run = null;
	phases = [];
	rates = new RateTracker();
	lastPollAt = 0;
	recon = null;
	ledgerCounts = {};
	rollbackRunId = null;
	/** Overridable for tests (e.g. a synchronous yield). */
	profileOptions = {};
	now = () => Date.now();
	constructor(orm, ui) {
		this.ui = ui;
		this.api = new FerryApi(orm);
	}
	async guard(fn, errorTitle) {
		this.busy = true;
		try {
			return await fn();
		} catch (e) {
			this.ui.notify(errorMessage(e), {
				type: "danger",
				title: errorTitle
			});
			return;
		} finally {
			this.busy = false;
		}
	}
	get projectId() {
		if (!this.project) throw new Error("No migration project selected");
		return this.project.id;
	}
	get source() {
		return this.project?.source ?? this.draft.source;
	}
	/** Why a step cannot be opened yet, or "" when it can. */
	blocker(step) {
		const i = stepIndex(step);
		if (i > 0 && !this.project) return "Create or choose a migration project first.";
		if (i > stepIndex("upload") && this.files.length === 0) return "Upload the source files first.";
		if (i > stepIndex("mapping") && (this.mappings.length === 0 || this.mappings.some((m) => m.rec.state !== "approved"))) return "Approve every mapping first.";
		if (i > stepIndex("owners") && !this.ownersResolved) return "Resolve every owner first.";
		if (i > stepIndex("run") && !(this.run && this.run.state === "done")) return "Finish a full run first.";
		return "";
	}
	canOpen(step) {
		return this.blocker(step) === "";
	}
	async goTo(step) {
		const why = this.blocker(step);
		if (why) {
			this.ui.notify(why, { type: "warning" });
			return;
		}
		this.step = step;
		await this.enter(step);
	}
	async next() {
		const nxt = STEPS[stepIndex(this.step) + 1];
		if (nxt) await this.goTo(nxt.key);
	}
	async back() {
		const prev = STEPS[stepIndex(this.step) - 1];
		if (prev) await this.goTo(prev.key);
	}
	/** Loads what a step shows. */
	async enter(step) {
		if (!this.project) return;
		switch (step) {
			case "project":
				await this.runAudit();
				break;
			case "upload":
				await this.loadFiles();
				break;
			case "mapping":
				await this.loadMappings();
				break;
			case "owners":
				await this.loadOwners();
				break;
			case "sample":
				await this.loadSample();
				break;
			case "run":
				await this.loadRun();
				break;
			case "reconciliation":
				await this.loadReconciliation();
				break;
			case "rollback": await this.loadRollback();
		}
	}
	async load() {
		await this.guard(async () => {
			this.projects = await this.api.listProjects();
			this.users = await this.api.users();
			const first = this.projects[0];
			if (first) await this.selectProject(first.id);
		}, "Could not load migration projects");
		this.loaded = true;
	}
	setDraftSource(source) {
		this.draft.source = source;
		this.draft.scope = source === "planplus" ? [...PLANPLUS_OBJECTS] : [...PLEXUS_SCOPE];
	}
	toggleScope(object) {
		const s = this.draft.scope;
		this.draft.scope = s.includes(object) ? s.filter((o) => o !== object) : [...s, object];
	}
	async createProject() {
		const name = this.draft.name.trim();
		if (!name) {
			this.ui.notify("Give the migration project a name.", { type: "warning" });
			return;
		}
		await this.guard(async () => {
			const id = await this.api.createProject(name, this.draft.source, this.draft.scope);
			this.projects = await this.api.listProjects();
			await this.selectProject(id);
			this.ui.notify("Migration project \"" + String(name) + "\" created.", { type: "success" });
		}, "Could not create the project");
	}
	async selectProject(id) {
		this.project = await this.api.readProject(id);
		this.draft.source = this.project.source;
		this.credentials = {
			url: this.project.plexusUrl,
			stored: this.project.hasPlexusToken
		};
		this.draft.scope = this.project.scope.length ? this.project.scope : this.project.source === "planplus" ? [...PLANPLUS_OBJECTS] : [...PLEXUS_SCOPE];
		this.audit = {
			required: [],
			optional: [],
			existing: [],
			done: false
		};
		this.files = [];
		this.mappings = [];
		this.owners = [];
		this.run = null;
		this.phases = [];
		this.sampleRun = null;
		this.recon = null;
		await this.loadFiles();
		await this.loadMappings();
		await this.loadOwners();
		this.run = await this.api.latestRun(id, "full");
		await this.runAudit();
	}
	async saveScope() {
		await this.guard(async () => {
			await this.api.writeProject(this.projectId, { scope: this.draft.scope });
			if (this.project) this.project.scope = [...this.draft.scope];
			this.ui.notify("Scope saved.", { type: "success" });
		}, "Could not save the scope");
	}
	async runAudit() {
		if (!this.project) return;
		const src = this.project.source;
		const mods = await this.api.modules([...REQUIRED_APPS[src], ...OPTIONAL_APPS]);
		const byName = new Map(mods.map((m) => [m.name, m]));
		this.audit = {
			required: REQUIRED_APPS[src].map((n) => byName.get(n) ?? {
				id: 0,
				name: n,
				label: n,
				state: "uninstallable"
			}),
			optional: OPTIONAL_APPS.map((n) => byName.get(n)).filter((m) => !!m),
			existing: await this.api.existingMigratedRecords(src),
			done: true
		};
	}
	get missingApps() {
		return this.audit.required.filter((m) => m.state !== "installed" && m.id > 0);
	}
	async installMissing() {
		const missing = this.missingApps;
		if (missing.length === 0) return false;
		if (!await this.ui.confirm({
			title: "Install missing apps",
			body: "Install " + String(missing.map((m) => m.label).join(", ")) + "? Odoo reloads its modules; this can take a minute.",
			confirmLabel: "Install"
		})) return false;
		return await this.guard(async () => {
			await this.api.installModules(missing.map((m) => m.id));
			await this.runAudit();
			this.ui.notify("Apps installed.", { type: "success" });
			return true;
		}, "Installation failed") === true;
	}
	async loadFiles() {
		if (!this.project) return;
		const recs = await this.api.listSourceFiles(this.project.id);
		this.files = recs.map((r) => ({
			...r,
			parsed: parseProfile(r.profile)
		}));
	}
	/** Profiles dropped files in the browser (streamed, yielding), then stores each as an attachment. */
	async addFiles(files) {
		const projectId = this.projectId;
		for (const file of files) {
			const item = {
				key: ++this.uploadSeq,
				name: file.name,
				bytes: file.size,
				progress: 0,
				status: "profiling",
				message: "",
				entries: []
			};
			this.uploads.push(item);
			const live = this.uploads[this.uploads.length - 1];
			try {
				const entries = await profileUpload(file, file.name, {
					...this.profileOptions,
					onProgress: (done, total) => {
						live.progress = total > 0 ? done / total : 1;
					}
				});
				live.entries = entries;
				live.status = "saving";
				const base64 = await blobToBase64(file);
				const isZip = file.name.toLowerCase().endsWith(".zip");
				const usable = entries.filter((e) => e.format === "csv" || e.format === "jsonl");
				if (usable.length === 0) throw new Error("No CSV or JSON Lines file found (PlanPlus *.csv, Plexus bundle *.jsonl or .zip)");
				let first = true;
				for (const e of usable) {
					await this.api.createSourceFile(projectId, {
						name: isZip ? e.path : file.name,
						object: e.detection.object ?? "",
						encoding: e.encoding ?? "",
						rows: e.profile.rows,
						profile: JSON.stringify({
							...e.profile,
							header: e.header,
							source: e.detection.source,
							detected_by: e.detection.by
						}),
						base64: isZip && !first ? null : base64
					});
					first = false;
				}
				const unknown = usable.filter((e) => !e.detection.object).map((e) => e.name);
				const wrongSource = usable.filter((e) => e.detection.source && this.project && e.detection.source !== this.project.source).map((e) => e.name);
				live.status = "done";
				live.progress = 1;
				live.message = [
					String(usable.length) + " file" + String(usable.length > 1 ? "s" : "") + ", " + String(usable.reduce((n, e) => n + e.profile.rows, 0)) + " rows",
					unknown.length ? "not recognised: " + String(unknown.join(", ")) : "",
					wrongSource.length ? "from the other source system: " + String(wrongSource.join(", ")) : ""
				].filter(Boolean).join(" · ");
			} catch (e) {
				live.status = "error";
				live.message = errorMessage(e);
				this.ui.notify(String(file.name) + ": " + String(live.message), {
					type: "danger",
					title: "Upload failed"
				});
			}
		}
		await this.loadFiles();
	}
	async removeFile(id) {
		await this.guard(async () => {
			await this.api.deleteSourceFile(id);
			await this.loadFiles();
		}, "Could not remove the file");
	}
	async storeCredentials(token) {
		const url = this.credentials.url.trim();
		if (!/^https:\/\//.test(url) || !token) {
			this.ui.notify("Enter the HTTPS export API URL and the token.", { type: "warning" });
			return;
		}
		await this.guard(async () => {
			await this.api.storePlexusCredentials(this.projectId, url, token);
			this.credentials.stored = true;
			this.ui.notify("Plexus API credentials stored on the server. They are not shown again.", { type: "success" });
		}, "Could not store the credentials");
	}
	async loadMappings() {
		if (!this.project) return;
		const recs = await this.api.listMappings(this.project.id);
		const lines = await this.api.readLines(recs.map((r) => r.id));
		const values = await this.api.readValueMaps(lines.map((l) => l.id));
		const samplesOf = (object, column) => {
			for (const f of this.files) if (f.object === object) return f.parsed?.columns.find((c) => c.name === column)?.samples ?? [];
			return [];
		};
		const fieldCache = new Map(this.mappings.map((m) => [m.rec.model, m.fields]));
		const views = [];
		for (const rec of recs.sort((a, b) => a.sequence - b.sequence || a.id - b.id)) {
			let fields = fieldCache.get(rec.model);
			if (!fields) {
				fields = await this.api.fieldsGet(rec.model).catch(() => []);
				fieldCache.set(rec.model, fields);
			}
			views.push({
				rec,
				fields,
				lines: lines.filter((l) => l.mappingId === rec.id).sort((a, b) => a.sequence - b.sequence || a.id - b.id).map((l) => ({
					rec: l,
					values: values.filter((v) => v.lineId === l.id),
					samples: samplesOf(rec.object, l.source),
					newFieldType: l.transform.startsWith("new_field:") ? l.transform.slice(10) : ""
				}))
			});
		}
		this.mappings = views;
		if (this.activeMapping >= views.length) this.activeMapping = 0;
	}
	/** Objects uploaded that have no mapping yet. */
	get unmappedObjects() {
		const have = new Set(this.mappings.map((m) => m.rec.object));
		return [...new Set(this.files.map((f) => f.object).filter((o) => o && !NOT_MAPPED_OBJECTS.has(o) && !have.has(o)))];
	}
	/** Proposes a mapping for every uploaded object without one (profile + fields_get). */
	async proposeMappings() {
		await this.guard(async () => {
			const src = this.source;
			const order = src === "planplus" ? PLANPLUS_OBJECTS : PLEXUS_SCOPE;
			for (const object of this.unmappedObjects) {
				const model = TARGET_MODEL[src][object];
				const file = this.files.find((f) => f.object === object);
				if (!model || !file?.parsed) continue;
				const fields = await this.api.fieldsGet(model);
				const lines = proposeObject(src, file.parsed.columns, fields).map((p) => {
					const f = fields.find((x) => x.name === p.target);
					const values = f?.type === "selection" && f.selection && p.samples.length ? proposeValues(p.samples, f.selection) : [];
					return {
						source: p.source,
						target: p.target,
						transform: p.newFieldType ? "new_field:" + String(p.newFieldType) : "",
						confidence: p.confidence,
						reason: p.reason,
						values
					};
				});
				const seq = (order.indexOf(object) + 1) * 10;
				await this.api.createMapping(this.projectId, object, model, seq, lines);
			}
			await this.loadMappings();
		}, "Could not propose the mapping");
	}
	get currentMapping() {
		return this.mappings[this.activeMapping] ?? null;
	}
	/** Changing a target returns an approved mapping to draft (the server reopens it). */
	async setTarget(line, target) {
		await this.guard(async () => {
			await this.api.writeLine(line.rec.id, {
				target,
				approved: true
			});
			await this.loadMappings();
		}, "Could not change the target field");
	}
	async setValue(v, target) {
		await this.guard(async () => {
			await this.api.writeValueMap(v.id, target);
			await this.loadMappings();
		}, "Could not change the value map");
	}
	/** Approves every proposed line of the mapping, then the mapping (server records who and when). */
	async approve(view) {
		await this.guard(async () => {
			await this.api.approveLines(view.lines.filter((l) => !l.rec.approved && l.rec.target).map((l) => l.rec.id));
			await this.api.approveMapping(view.rec.id);
			await this.loadMappings();
			this.ui.notify("Mapping " + String(view.rec.object) + " → " + String(view.rec.model) + " approved.", { type: "success" });
		}, "Approval refused");
	}
	async reopen(view) {
		await this.guard(async () => {
			await this.api.resetMapping(view.rec.id);
			await this.loadMappings();
		}, "Could not reopen the mapping");
	}
	/** Flags to resolve before approval: low confidence, unmapped values, new custom fields. */
	flags(view) {
		const out = [];
		for (const l of view.lines) {
			if (l.rec.target && l.rec.confidence < .6 && !l.rec.approved) out.push(String(l.rec.source) + ": low confidence (" + String(Math.round(l.rec.confidence * 100)) + "%)");
			if (l.newFieldType) out.push(String(l.rec.source) + ": creates custom field " + String(l.rec.target) + " (" + String(l.newFieldType) + ")");
			for (const v of l.values) if (!v.target) out.push(String(l.rec.source) + ": value \"" + String(v.source) + "\" has no target");
		}
		return out;
	}
	async loadOwners() {
		if (!this.project) return;
		const recs = await this.api.listOwners(this.project.id);
		this.owners = recs.map((r) => ({
			...r,
			hint: r.decision ? "" : this.ownerHints[r.key] ?? ""
		}));
	}
	/** Builds owner decisions from the uploaded files with the bridge's owner resolver (mapping.md §1.5). */
	async detectOwners() {
		await this.guard(async () => {
			const src = this.source;
			const resolver = new OwnerResolver(src, this.files.flatMap((f) => f.object === "users" ? f.parsed?.owners?.users ?? [] : []).map((r) => OwnerResolver.sourceUserOf(src, r)), this.users.map((u) => ({
				id: u.id,
				login: u.login,
				email: u.email || null,
				active: u.active,
				name: u.name
			})), null);
			const refs = /* @__PURE__ */ new Map();
			for (const f of this.files) for (const [k, n] of Object.entries(f.parsed?.owners?.refs ?? {})) refs.set(k, (refs.get(k) ?? 0) + n);
			const known = new Set(this.owners.map((o) => o.key));
			const out = /* @__PURE__ */ new Map();
			for (const [ref, n] of refs) {
				const [kind, ...rest] = ref.split(":");
				const value = rest.join(":");
				const res = kind === "user_id" ? resolver.byUserId(value) : kind === "email" ? resolver.byEmailCell(value) : resolver.byDisplayName(value);
				const su = res.sourceUser;
				const key = su ? su.id || su.email || value : value;
				if (known.has(key)) continue;
				const prev = out.get(key);
				if (prev) {
					prev.records += n;
					continue;
				}
				const matched = res.userId !== null && !res.flags.includes("owner_unmatched") && !res.flags.includes("owner_ambiguous");
				const inactive = res.flags.includes("owner_inactive");
				const odooUser = matched ? this.users.find((u) => u.id === res.userId) : void 0;
				this.ownerHints[key] = res.flags.includes("owner_ambiguous") ? "display name shared by several source users" : !matched ? su ? "no Odoo user with this e-mail" : "not found in the source user list" : inactive ? odooUser && !odooUser.active ? "matched Odoo user is archived" : "inactive in the source" : "";
				out.set(key, {
					key,
					name: su?.name || (kind === "name" ? value : ""),
					email: su?.email || (kind === "email" ? value : ""),
					records: n,
					decision: matched && !inactive ? "matched" : "",
					userId: matched ? res.userId : null
				});
			}
			await this.api.createOwners(this.projectId, [...out.values()]);
			await this.loadOwners();
			this.ui.notify(String(out.size) + " owner" + String(out.size === 1 ? "" : "s") + " found in the uploaded files.", { type: "info" });
		}, "Could not detect owners");
	}
	get unresolvedOwners() {
		return this.owners.filter((o) => !o.decision || (o.decision === "matched" || o.decision === "fallback") && !o.userId && !(o.decision === "fallback" && this.project?.fallbackOwnerId));
	}
	get ownersResolved() {
		return this.unresolvedOwners.length === 0;
	}
	async decide(owner, decision, userId) {
		await this.guard(async () => {
			const uid = decision === "fallback" ? userId ?? this.project?.fallbackOwnerId ?? null : decision === "provision_inactive" ? null : userId;
			await this.api.decideOwner(owner.id, decision, uid);
			await this.loadOwners();
		}, "Could not save the owner decision");
	}
	async setFallbackOwner(userId) {
		await this.guard(async () => {
			await this.api.writeProject(this.projectId, { fallbackOwnerId: userId });
			this.project = await this.api.readProject(this.projectId);
		}, "Could not set the fallback owner");
	}
	/** Every undecided owner → the fallback owner. */
	async fallbackAll() {
		const fb = this.project?.fallbackOwnerId;
		if (!fb) {
			this.ui.notify("Choose the fallback owner first.", { type: "warning" });
			return;
		}
		await this.guard(async () => {
			for (const o of this.unresolvedOwners) await this.api.decideOwner(o.id, "fallback", fb);
			await this.loadOwners();
		}, "Could not apply the fallback owner");
	}
	async loadSample() {
		if (!this.project) return;
		this.sampleRun = await this.api.latestRun(this.project.id, "sample");
		this.diff = [];
		if (this.sampleRun?.state === "done") {
			const csv = await this.api.runAttachment(this.sampleRun.id, "sample_diff.csv");
			if (csv) this.diff = parseDiffCsv(csv);
		}
	}
	async queueSample() {
		await this.guard(async () => {
			const id = await this.api.queueRun(this.projectId, "sample", { name: "Sample run" });
			this.sampleRun = await this.api.readRun(id);
			this.ui.notify("Sample run queued: the Ferry bridge picks it up.", { type: "info" });
		}, "Could not queue the sample run");
	}
	get filteredDiff() {
		return filterDiff(this.diff, this.diffFilter);
	}
	diffOptions(key) {
		return distinct(this.diff, key);
	}
	async loadRun() {
		if (!this.project) return;
		this.run = await this.api.latestRun(this.project.id, "full");
		await this.poll();
	}
	get runActive() {
		return !!this.run && !["done", "failed"].includes(this.run.state);
	}
	get canStartRun() {
		return this.ownersResolved && this.mappings.length > 0 && this.mappings.every((m) => m.rec.state === "approved") && !this.runActive;
	}
	async startRun() {
		if (!this.canStartRun) {
			this.ui.notify(this.ownersResolved ? "Approve every mapping first." : "Resolve every owner first.", { type: "warning" });
			return;
		}
		await this.guard(async () => {
			const id = await this.api.queueRun(this.projectId, "full", {
				name: "Full run",
				mapping_ids: [[
					6,
					0,
					this.mappings.map((m) => m.rec.id)
				]]
			});
			this.run = await this.api.readRun(id);
			this.phases = [];
			this.rates = new RateTracker();
			this.ui.notify("Migration run queued.", { type: "success" });
		}, "Could not start the run");
	}
	/** Refreshes the current run and its phases (called on a timer while the Run step is open). */
	async poll() {
		if (!this.run) return;
		const before = this.run.state;
		this.run = await this.api.readRun(this.run.id);
		this.phases = await this.api.phases(this.run.id);
		const at = this.now();
		if (this.run.state === "running") for (const p of this.phases) this.rates.add(p, at);
		else this.rates.reset();
		this.lastPollAt = at;
		if (before !== this.run.state) {
			if (this.run.state === "halted") this.ui.notify(this.run.message || "The run halted at a reconciliation gate.", {
				type: "warning",
				title: "Review needed",
				sticky: true
			});
			if (this.run.state === "done") this.ui.notify("Migration run finished.", { type: "success" });
			if (this.run.state === "failed") this.ui.notify(this.run.message || "The run failed.", {
				type: "danger",
				title: "Run failed",
				sticky: true
			});
		}
	}
	async control(action) {
		if (!this.run) return;
		if (action === "cancel") {
			if (!await this.ui.confirm({
				title: "Stop the run to fix the data",
				body: "The run stops here. Records already loaded stay (roll them back from the Rollback step if needed). Fix the source or the mapping, then start a new run.",
				confirmLabel: "Stop run"
			})) return;
		}
		const runId = this.run.id;
		await this.guard(async () => {
			await this.api.runAction(runId, action);
			await this.poll();
		}, "Run control failed");
	}
	/** rejected_rows.csv of sources.md C.3 from the run's ferry.reject rows (formulas neutralized). */
	async downloadRejects() {
		const run = this.run;
		if (!run) return;
		const rows = await this.guard(() => this.api.rejects(run.id), "Could not read the rejects");
		if (!rows) return;
		this.ui.download("rejected_rows_run" + String(run.id) + ".csv", "text/csv", rejectsCsv(this.source, rows));
	}
	async loadReconciliation() {
		if (!this.project) return;
		const run = this.run ?? await this.api.latestRun(this.project.id, "full");
		if (!run) return;
		this.run = await this.api.readRun(run.id);
		this.phases = await this.api.phases(run.id);
		this.recon = this.run.summary ? reconFromSummary(this.run.summary, this.phases) : reconFromPhases(this.phases);
	}
	downloadReport() {
		if (!this.recon || !this.run || !this.project) return;
		const html = renderReport({
			title: "Ferry reconciliation — " + String(this.project.name),
			source: this.project.source,
			kind: this.run.type,
			runId: String(this.run.id),
			target: "this Odoo database",
			generatedAt: new Date(this.now()).toISOString(),
			objects: this.recon.objects,
			odooRecords: this.recon.odooRecords,
			notes: [
				...this.recon.nullFk.map((c) => "Null foreign key check — " + String(c.label) + ": " + String(c.count)),
				...this.recon.fillRates.map((f) => "Fill rate " + String(f.field) + ": source " + String(f.source) + ", Odoo " + String(f.odoo)),
				...this.recon.owners.map((o) => "Owners — " + String(o.label) + ": " + String(o.count))
			]
		});
		this.ui.download("reconciliation_run" + String(this.run.id) + ".html", "text/html", html);
	}
	async loadRollback() {
		if (!this.run) await this.loadRun();
		if (!this.run) return;
		this.ledgerCounts = await this.api.ledgerCounts(this.run.id);
	}
	/** Hours left in the rollback window (null when the run has no end time). */
	get rollbackHoursLeft() {
		if (!this.run?.endedAt || !this.project) return null;
		const ended = Date.parse(this.run.endedAt.replace(" ", "T") + "Z");
		if (Number.isNaN(ended)) return null;
		const left = (ended + this.project.rollbackWindowHours * 36e5 - this.now()) / 36e5;
		return Math.max(0, Math.round(left * 10) / 10);
	}
	async rollback(force = false) {
		const run = this.run;
		if (!run) return;
		const c = this.ledgerCounts;
		const left = this.rollbackHoursLeft;
		if (left !== null && left <= 0) {
			this.ui.notify("The rollback window of this run has closed.", { type: "warning" });
			return;
		}
		if (!await this.ui.confirm({
			title: "Roll back this migration run?",
			body: "This deletes " + String(c.create ?? 0) + " created records (archives those Odoo refuses to delete), restores " + String(c.update ?? 0) + " updated records and un-archives " + String(c.archive ?? 0) + ". " + String(left === null ? "" : String(left) + " hours remain in the rollback window. ") + (force ? "Records edited in Odoo since the migration are rolled back too." : "Records edited in Odoo since the migration are kept and listed."),
			confirmLabel: "Roll back"
		})) return;
		await this.guard(async () => {
			this.rollbackRunId = await this.api.rollback(run.id, force);
			this.run = await this.api.readRun(run.id);
			this.ledgerCounts = await this.api.ledgerCounts(run.id);
			this.ui.notify("Rollback finished.", { type: "success" });
		}, "Rollback refused");
	}
};
function rejectsCsv(source, rows) {
	return "﻿" + csvLine([
		"Source",
		"Object",
		"File",
		"Row",
		"Source ID",
		"Field",
		"Code",
		"Reason"
	]) + rows.map((r) => csvLine([
		source,
		r.object,
		r.file,
		r.row,
		r.sourceId,
		r.field,
		r.code,
		r.reason
	])).join("");
}
// web/src/components/project_step/project_step.ts
/** Step 1: choose or create the migration project (source system, scope) and audit the database. */
var ProjectStep = class extends Component {
	static template = xml`
<div class="o_ferry_project_step">
  <div class="row g-4">
    <section class="col-lg-6" aria-labelledby="o_ferry_project_title">
      <h2 id="o_ferry_project_title" class="h4">Migration project</h2>
      <div t-if="props.model.projects.length" class="mb-3">
        <label class="o_form_label form-label" for="o_ferry_project_select">Existing project</label>
        <select id="o_ferry_project_select" class="form-select o_ferry_project_select" t-on-change="onSelect">
          <option value="">New project…</option>
          <t t-foreach="props.model.projects" t-as="p" t-key="p.id">
            <option t-att-value="p.id" t-att-selected="props.model.project and props.model.project.id === p.id" t-esc="p.name"/>
          </t>
        </select>
      </div>
      <t t-if="!props.model.project">
        <div class="mb-3">
          <label class="o_form_label form-label" for="o_ferry_project_name">Project name</label>
          <input id="o_ferry_project_name" class="form-control o_input" type="text" placeholder="e.g. PlanPlus cutover"
                 t-model="props.model.draft.name"/>
        </div>
      </t>
      <fieldset class="mb-3" t-att-disabled="!!props.model.project">
        <legend class="o_form_label form-label fs-6">Source system</legend>
        <div class="form-check">
          <input class="form-check-input" type="radio" name="o_ferry_source" id="o_ferry_source_planplus" value="planplus"
                 t-att-checked="props.model.draft.source === 'planplus'" t-on-change="() => this.setSource('planplus')"/>
          <label class="form-check-label" for="o_ferry_source_planplus">PlanPlus Online (CSV exports)</label>
        </div>
        <div class="form-check">
          <input class="form-check-input" type="radio" name="o_ferry_source" id="o_ferry_source_plexus" value="plexus"
                 t-att-checked="props.model.draft.source === 'plexus'" t-on-change="() => this.setSource('plexus')"/>
          <label class="form-check-label" for="o_ferry_source_plexus">Plexus Software (export bundle or API)</label>
        </div>
      </fieldset>
      <fieldset class="mb-3">
        <legend class="o_form_label form-label fs-6">Scope</legend>
        <div class="o_ferry_scope d-flex flex-wrap gap-2">
          <t t-foreach="scopeOptions" t-as="obj" t-key="obj">
            <div class="form-check form-check-inline me-2">
              <input class="form-check-input" type="checkbox" t-att-id="'o_ferry_scope_' + obj"
                     t-att-checked="props.model.draft.scope.includes(obj)" t-on-change="() => props.model.toggleScope(obj)"/>
              <label class="form-check-label" t-att-for="'o_ferry_scope_' + obj" t-esc="obj"/>
            </div>
          </t>
        </div>
      </fieldset>
      <button t-if="!props.model.project" type="button" class="btn btn-primary o_ferry_create_project" t-att-disabled="props.model.busy" t-on-click="() => props.model.createProject()">Create project</button>
      <button t-else="" type="button" class="btn btn-secondary o_ferry_save_scope" t-att-disabled="props.model.busy" t-on-click="() => props.model.saveScope()">Save scope</button>
    </section>
    <section class="col-lg-6" aria-labelledby="o_ferry_audit_title">
      <h2 id="o_ferry_audit_title" class="h4">Database audit</h2>
      <p t-if="!props.model.project" class="text-muted">The audit runs once the project exists.</p>
      <t t-else="">
        <table class="table table-sm o_list_table o_ferry_apps">
          <thead><tr><th>Required app</th><th>State</th></tr></thead>
          <tbody>
            <tr t-foreach="props.model.audit.required" t-as="m" t-key="m.name">
              <td t-esc="m.label"/>
              <td><span t-attf-class="badge rounded-pill {{ m.state === 'installed' ? 'text-bg-success' : 'text-bg-warning' }}" t-esc="m.state === 'installed' ? 'Installed' : 'Not installed'"/></td>
            </tr>
            <tr t-foreach="props.model.audit.optional" t-as="m" t-key="m.name">
              <td><t t-esc="m.label"/> <span class="text-muted small">(optional)</span></td>
              <td><span t-attf-class="badge rounded-pill {{ m.state === 'installed' ? 'text-bg-success' : 'text-bg-secondary' }}" t-esc="m.state === 'installed' ? 'Installed' : 'Fallback used'"/></td>
            </tr>
          </tbody>
        </table>
        <button t-if="props.model.missingApps.length" type="button" class="btn btn-primary o_ferry_install" t-att-disabled="props.model.busy" t-on-click="() => props.model.installMissing()">
          Install <t t-esc="props.model.missingApps.length"/> missing app<t t-if="props.model.missingApps.length > 1">s</t>
        </button>
        <h3 class="h6 mt-3">Possible conflicts</h3>
        <p t-if="!props.model.audit.existing.length" class="text-muted o_ferry_no_conflicts">No records from an earlier Ferry load of this source.</p>
        <ul t-else="" class="o_ferry_conflicts">
          <li t-foreach="props.model.audit.existing" t-as="e" t-key="e.model"><t t-esc="e.count"/> <code t-esc="e.model"/> records already loaded by Ferry (re-runs update them, no duplicates)</li>
        </ul>
      </t>
    </section>
  </div>
</div>`;
	static props = { model: Object };
	get scopeOptions() {
		return this.props.model.draft.source === "planplus" ? PLANPLUS_OBJECTS : PLEXUS_SCOPE;
	}
	setSource(source) {
		this.props.model.setDraftSource(source);
	}
	async onSelect(ev) {
		const v = ev.target.value;
		const m = this.props.model;
		if (v) await m.selectProject(Number(v));
		else {
			m.project = null;
			m.files = [];
			m.mappings = [];
			m.owners = [];
			m.run = null;
		}
	}
};
// web/src/components/common.ts
/** Small display helpers shared by the step components. */
function pct(x) {
	return String(Math.round(x * 100)) + "%";
}
function confidenceClass(c) {
	if (c >= .8) return "text-bg-success";
	if (c >= .6) return "text-bg-warning";
	return "text-bg-danger";
}
function fmtInt(n) {
	return n.toLocaleString("en-US");
}
function fmtBytes(n) {
	if (n < 1024) return String(n) + " B";
	if (n < 1048576) return String((n / 1024).toFixed(1)) + " KB";
	return String((n / 1024 / 1024).toFixed(1)) + " MB";
}
// web/src/components/upload_step/upload_step.ts
/**
* Step 2: drop CSV files or a Plexus bundle (.zip). Each file is profiled in the browser, streamed
* slice by slice so the page stays responsive, then stored as an attachment with its profile.
* Plexus API credentials can be entered instead; they are sent once and never shown again.
*/
var UploadStep = class extends Component {
	static template = xml`
<div class="o_ferry_upload_step">
  <label for="o_ferry_file_input" t-attf-class="o_ferry_dropzone d-block border border-2 rounded-3 p-5 text-center {{ state.dragging ? 'border-primary bg-primary-subtle' : 'border-secondary-subtle' }}"
       t-on-dragover.prevent="() => this.setDragging(true)" t-on-dragleave="() => this.setDragging(false)" t-on-drop.prevent="onDrop">
    <i class="fa fa-cloud-upload fa-3x text-muted d-block mb-2" aria-hidden="true"/>
    <span class="fs-5 d-block">Drop export files here, or <span class="text-primary text-decoration-underline">browse</span></span>
    <span class="text-muted small d-block mt-1">PlanPlus *.csv files, a Plexus bundle (*.jsonl + manifest.json) or a .zip of either</span>
    <input id="o_ferry_file_input" type="file" multiple="multiple" class="o_ferry_file_input visually-hidden" accept=".csv,.jsonl,.json,.zip" t-on-change="onPick"/>
  </label>

  <div t-if="props.model.uploads.length" class="mt-3 o_ferry_uploads">
    <div t-foreach="props.model.uploads" t-as="u" t-key="u.key" class="mb-2">
      <div class="d-flex justify-content-between small">
        <span><strong t-esc="u.name"/> <span class="text-muted" t-esc="fmtBytes(u.bytes)"/></span>
        <span t-attf-class="o_ferry_upload_status {{ u.status === 'error' ? 'text-danger' : u.status === 'done' ? 'text-success' : 'text-muted' }}"
              t-esc="u.status === 'profiling' ? 'Profiling ' + pct(u.progress) : u.status === 'saving' ? 'Saving…' : u.message"/>
      </div>
      <div class="progress" role="progressbar" t-att-aria-label="'Profiling ' + u.name" t-att-aria-valuenow="Math.round(u.progress * 100)" aria-valuemin="0" aria-valuemax="100" style="height: 6px">
        <div t-attf-class="progress-bar {{ u.status === 'error' ? 'bg-danger' : '' }}" t-attf-style="width: {{ Math.round(u.progress * 100) }}%"/>
      </div>
    </div>
  </div>

  <h2 class="h5 mt-4">Files of this project</h2>
  <p t-if="!props.model.files.length" class="text-muted o_ferry_no_files">No file uploaded yet.</p>
  <table t-else="" class="table table-sm table-hover o_list_table o_ferry_files">
    <thead><tr><th>File</th><th>Object</th><th>Encoding</th><th class="text-end">Rows</th><th class="text-end">Columns</th><th>Issues</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
    <tbody>
      <tr t-foreach="props.model.files" t-as="f" t-key="f.id">
        <td t-esc="f.name"/>
        <td><span t-if="f.object" class="badge text-bg-info" t-esc="f.object"/><span t-else="" class="badge text-bg-warning">not recognised</span></td>
        <td t-esc="f.encoding"/>
        <td class="text-end" t-esc="fmtInt(f.rows)"/>
        <td class="text-end" t-esc="f.parsed ? f.parsed.columns.length : ''"/>
        <td class="small"><t t-if="f.parsed and (f.parsed.malformed or f.parsed.invalidJson)"><span class="text-danger"><t t-esc="f.parsed.malformed + f.parsed.invalidJson"/> malformed rows</span></t></td>
        <td class="text-end"><button type="button" class="btn btn-link btn-sm text-danger" t-att-aria-label="'Remove ' + f.name" t-on-click="() => props.model.removeFile(f.id)"><i class="fa fa-trash" aria-hidden="true"/></button></td>
      </tr>
    </tbody>
  </table>

  <details t-if="props.model.source === 'plexus'" class="mt-4 o_ferry_api">
    <summary class="fw-bold">Use the Plexus export API instead of files</summary>
    <div class="row g-2 mt-2 align-items-end">
      <div class="col-md-6">
        <label class="form-label" for="o_ferry_api_url">Export API URL</label>
        <input id="o_ferry_api_url" class="form-control o_input" type="url" placeholder="https://tenant.example/api" t-model="props.model.credentials.url"/>
      </div>
      <div class="col-md-4">
        <label class="form-label" for="o_ferry_api_token">API token</label>
        <input id="o_ferry_api_token" t-ref="token" class="form-control o_input" type="password" autocomplete="off"/>
      </div>
      <div class="col-md-2">
        <button type="button" class="btn btn-secondary w-100 o_ferry_store_token" t-on-click="storeToken">Store</button>
      </div>
    </div>
    <p t-if="props.model.credentials.stored" class="text-success small mt-2 o_ferry_token_stored">Credentials stored on the server.</p>
  </details>
</div>`;
	static props = { model: Object };
	setup() {
		this.state = useState({ dragging: false });
		this.token = useRef("token");
	}
	fmtBytes = fmtBytes;
	fmtInt = fmtInt;
	pct = pct;
	setDragging(on) {
		this.state.dragging = on;
	}
	async onDrop(ev) {
		this.state.dragging = false;
		const files = [...ev.dataTransfer?.files ?? []];
		if (files.length) await this.props.model.addFiles(files);
	}
	async onPick(ev) {
		const input = ev.target;
		const files = [...input.files ?? []];
		input.value = "";
		if (files.length) await this.props.model.addFiles(files);
	}
	async storeToken() {
		const el = this.token.el;
		if (!el) return;
		const value = el.value;
		el.value = "";
		await this.props.model.storeCredentials(value);
	}
};
// web/src/components/mapping_step/mapping_step.ts
/**
* Step 3: per source object, the proposed mapping as a table (source column, sample values,
* proposed Odoo field, confidence, reason). The target can be changed with a field picker fed by
* `fields_get`; selection targets get a value-map editor; new custom fields show their type.
* Approve records who and when on the server; any edit after approval returns it to draft.
*/
var MappingStep = class extends Component {
	static template = xml`
<div class="o_ferry_mapping_step">
  <div t-if="props.model.unmappedObjects.length" class="alert alert-info d-flex justify-content-between align-items-center" role="status">
    <span>No mapping yet for: <strong t-esc="props.model.unmappedObjects.join(', ')"/></span>
    <button type="button" class="btn btn-primary o_ferry_propose" t-att-disabled="props.model.busy" t-on-click="() => props.model.proposeMappings()">Propose mapping</button>
  </div>
  <p t-if="!props.model.mappings.length and !props.model.unmappedObjects.length" class="text-muted">Upload source files first.</p>
  <t t-if="props.model.mappings.length">
    <ul class="nav nav-tabs o_ferry_mapping_tabs" role="tablist">
      <li t-foreach="props.model.mappings" t-as="m" t-key="m.rec.id" class="nav-item" role="presentation">
        <button type="button" role="tab" t-att-aria-selected="m_index === props.model.activeMapping ? 'true' : 'false'"
                t-attf-class="nav-link {{ m_index === props.model.activeMapping ? 'active' : '' }}" t-on-click="() => this.selectTab(m_index)">
          <t t-esc="m.rec.object"/>
          <span t-attf-class="ms-1 badge rounded-pill {{ m.rec.state === 'approved' ? 'text-bg-success' : 'text-bg-secondary' }}" t-esc="m.rec.state === 'approved' ? 'Approved' : 'Draft'"/>
        </button>
      </li>
    </ul>
    <t t-set="view" t-value="props.model.currentMapping"/>
    <div t-if="view" class="border border-top-0 p-3 o_ferry_mapping">
      <div class="d-flex justify-content-between align-items-start mb-2">
        <div>
          <span class="fs-5"><t t-esc="view.rec.object"/> → <code t-esc="view.rec.model"/></span>
          <div t-if="view.rec.state === 'approved'" class="text-success small o_ferry_approved_by">
            Approved by <t t-esc="view.rec.approvedBy"/> on <t t-esc="view.rec.approvedAt"/>
          </div>
        </div>
        <div class="d-flex gap-2">
          <button t-if="view.rec.state !== 'approved'" type="button" class="btn btn-primary o_ferry_approve" t-att-disabled="props.model.busy" t-on-click="() => props.model.approve(view)">Approve</button>
          <button t-else="" type="button" class="btn btn-secondary o_ferry_reopen" t-att-disabled="props.model.busy" t-on-click="() => props.model.reopen(view)">Back to draft</button>
        </div>
      </div>
      <t t-set="flags" t-value="props.model.flags(view)"/>
      <div t-if="flags.length and view.rec.state !== 'approved'" class="alert alert-warning py-2 o_ferry_flags" role="status">
        <strong>To review:</strong>
        <ul class="mb-0"><li t-foreach="flags" t-as="f" t-key="f_index" t-esc="f"/></ul>
      </div>
      <table class="table table-sm align-middle o_list_table o_ferry_lines">
        <thead><tr><th>Source column</th><th>Sample values</th><th style="min-width: 16rem">Odoo field</th><th>Confidence</th><th>Reason</th></tr></thead>
        <tbody>
          <t t-foreach="view.lines" t-as="line" t-key="line.rec.id">
            <tr t-att-data-source="line.rec.source">
              <td><strong t-esc="line.rec.source"/></td>
              <td class="small text-muted text-truncate" style="max-width: 14rem" t-att-title="line.samples.join(' | ')" t-esc="line.samples.slice(0, 3).join(' · ')"/>
              <td>
                <label class="visually-hidden" t-att-for="'o_ferry_target_' + line.rec.id">Odoo field for <t t-esc="line.rec.source"/></label>
                <select t-att-id="'o_ferry_target_' + line.rec.id" class="form-select form-select-sm o_ferry_target" t-on-change="(ev) => this.onTarget(line, ev)">
                  <option value="" t-att-selected="!line.rec.target">— not migrated —</option>
                  <option t-if="line.newFieldType" t-att-value="line.rec.target" t-att-selected="true">New field <t t-esc="line.rec.target"/> (<t t-esc="line.newFieldType"/>)</option>
                  <t t-foreach="writable(view.fields)" t-as="f" t-key="f.name">
                    <option t-att-value="f.name" t-att-selected="f.name === line.rec.target"><t t-esc="f.string"/> (<t t-esc="f.name"/>)</option>
                  </t>
                </select>
              </td>
              <td><span t-attf-class="badge {{ confidenceClass(line.rec.confidence) }}" t-esc="pct(line.rec.confidence)"/></td>
              <td class="small" t-esc="line.rec.reason"/>
            </tr>
            <tr t-if="line.values.length" class="o_ferry_value_map">
              <td colspan="5" class="ps-4 bg-light">
                <div class="small fw-bold mb-1">Value map for <t t-esc="line.rec.source"/></div>
                <div class="d-flex flex-wrap gap-3">
                  <div t-foreach="line.values" t-as="v" t-key="v.id" class="d-flex align-items-center gap-1">
                    <label class="small" t-att-for="'o_ferry_value_' + v.id"><t t-esc="v.source"/> →</label>
                    <select t-att-id="'o_ferry_value_' + v.id" class="form-select form-select-sm w-auto" t-on-change="(ev) => this.onValue(v, ev)">
                      <option value="" t-att-selected="!v.target">— unmapped —</option>
                      <t t-foreach="selectionOf(view, line)" t-as="opt" t-key="opt[0]">
                        <option t-att-value="opt[0]" t-att-selected="opt[0] === v.target" t-esc="opt[1]"/>
                      </t>
                    </select>
                  </div>
                </div>
              </td>
            </tr>
          </t>
        </tbody>
      </table>
    </div>
  </t>
</div>`;
	static props = { model: Object };
	pct = pct;
	confidenceClass = confidenceClass;
	selectTab(i) {
		this.props.model.activeMapping = i;
	}
	writable(fields) {
		return fields.filter((f) => !f.readonly && ![
			"id",
			"create_uid",
			"write_uid",
			"write_date",
			"__last_update",
			"display_name"
		].includes(f.name) && f.type !== "one2many");
	}
	selectionOf(view, line) {
		return view.fields.find((f) => f.name === line.rec.target)?.selection ?? [];
	}
	async onTarget(line, ev) {
		await this.props.model.setTarget(line, ev.target.value);
	}
	async onValue(v, ev) {
		await this.props.model.setValue(v, ev.target.value);
	}
};
// web/src/components/owners_step/owners_step.ts
/**
* Step 4: source owners that matched no Odoo user, matched an archived one, or were inactive in
* the source. Pick an Odoo user or the fallback owner for each; the run stays blocked until every
* owner is resolved.
*/
var OwnersStep = class extends Component {
	static template = xml`
<div class="o_ferry_owners_step">
  <div class="row g-3 align-items-end mb-3">
    <div class="col-md-5">
      <label class="form-label" for="o_ferry_fallback">Fallback owner</label>
      <select id="o_ferry_fallback" class="form-select o_ferry_fallback" t-on-change="onFallback">
        <option value="" t-att-selected="!props.model.project.fallbackOwnerId">— choose a user —</option>
        <t t-foreach="activeUsers" t-as="u" t-key="u.id">
          <option t-att-value="u.id" t-att-selected="u.id === props.model.project.fallbackOwnerId"><t t-esc="u.name"/> (<t t-esc="u.login"/>)</option>
        </t>
      </select>
    </div>
    <div class="col-md-7 d-flex gap-2">
      <button type="button" class="btn btn-secondary o_ferry_detect_owners" t-att-disabled="props.model.busy" t-on-click="() => props.model.detectOwners()">Detect owners from files</button>
      <button type="button" class="btn btn-secondary o_ferry_fallback_all" t-att-disabled="props.model.busy or !props.model.unresolvedOwners.length" t-on-click="() => props.model.fallbackAll()">Fallback for all unresolved</button>
    </div>
  </div>
  <div t-attf-class="alert {{ props.model.ownersResolved ? 'alert-success' : 'alert-warning' }} py-2 o_ferry_owner_status" role="status">
    <t t-if="props.model.ownersResolved">Every owner is resolved<t t-if="props.model.owners.length"> (<t t-esc="props.model.owners.length"/>)</t>.</t>
    <t t-else=""><t t-esc="props.model.unresolvedOwners.length"/> owner<t t-if="props.model.unresolvedOwners.length > 1">s</t> to resolve before the run.</t>
  </div>
  <table t-if="props.model.owners.length" class="table table-sm align-middle o_list_table o_ferry_owners">
    <thead><tr><th>Source owner</th><th>E-mail</th><th class="text-end">Records</th><th>Decision</th><th style="min-width: 14rem">Odoo user</th></tr></thead>
    <tbody>
      <tr t-foreach="props.model.owners" t-as="o" t-key="o.id" t-att-class="isUnresolved(o) ? 'table-warning' : ''">
        <td><t t-esc="o.name or o.key"/><div t-if="o.hint" class="small text-muted" t-esc="o.hint"/></td>
        <td t-esc="o.email"/>
        <td class="text-end" t-esc="fmtInt(o.records)"/>
        <td>
          <label class="visually-hidden" t-att-for="'o_ferry_decision_' + o.id">Decision for <t t-esc="o.name or o.key"/></label>
          <select t-att-id="'o_ferry_decision_' + o.id" class="form-select form-select-sm o_ferry_decision" t-on-change="(ev) => this.onDecision(o, ev)">
            <option value="" t-att-selected="!o.decision">— undecided —</option>
            <option value="matched" t-att-selected="o.decision === 'matched'">Odoo user</option>
            <option value="fallback" t-att-selected="o.decision === 'fallback'">Fallback owner</option>
            <option value="provision_inactive" t-att-selected="o.decision === 'provision_inactive'">Create as inactive user</option>
          </select>
        </td>
        <td>
          <label class="visually-hidden" t-att-for="'o_ferry_user_' + o.id">Odoo user for <t t-esc="o.name or o.key"/></label>
          <select t-att-id="'o_ferry_user_' + o.id" class="form-select form-select-sm o_ferry_owner_user" t-att-disabled="o.decision !== 'matched'" t-on-change="(ev) => this.onUser(o, ev)">
            <option value="">—</option>
            <t t-foreach="props.model.users" t-as="u" t-key="u.id">
              <option t-att-value="u.id" t-att-selected="u.id === o.userId"><t t-esc="u.name"/><t t-if="!u.active"> (archived)</t></option>
            </t>
          </select>
        </td>
      </tr>
    </tbody>
  </table>
  <p t-else="" class="text-muted">No owner yet: use "Detect owners from files".</p>
</div>`;
	static props = { model: Object };
	fmtInt = fmtInt;
	get activeUsers() {
		return this.props.model.users.filter((u) => u.active);
	}
	isUnresolved(o) {
		return this.props.model.unresolvedOwners.some((x) => x.id === o.id);
	}
	async onFallback(ev) {
		const v = ev.target.value;
		await this.props.model.setFallbackOwner(v ? Number(v) : null);
	}
	async onDecision(o, ev) {
		const d = ev.target.value;
		await this.props.model.decide(o, d, d === "matched" ? o.userId : null);
	}
	async onUser(o, ev) {
		const v = ev.target.value;
		await this.props.model.decide(o, "matched", v ? Number(v) : null);
	}
};
// web/src/components/sample_step/sample_step.ts
/**
* Step 5: queue a sample run (a connected slice loaded and read back by the bridge), then show the
* field-level diff (normalized source value vs Odoo value), filterable by object, field and cause.
*/
var SampleStep = class extends Component {
	static template = xml`
<div class="o_ferry_sample_step">
  <div class="d-flex align-items-center gap-3 mb-3">
    <button type="button" class="btn btn-primary o_ferry_queue_sample" t-att-disabled="props.model.busy or sampleActive" t-on-click="() => props.model.queueSample()">Queue sample run</button>
    <span t-if="props.model.sampleRun" class="o_ferry_sample_state">
      Sample run #<t t-esc="props.model.sampleRun.id"/>:
      <span t-attf-class="badge {{ stateClass(props.model.sampleRun.state) }}" t-esc="props.model.sampleRun.state"/>
    </span>
    <button t-if="props.model.sampleRun" type="button" class="btn btn-link o_ferry_refresh_sample" t-on-click="() => props.model.loadSample()"><i class="fa fa-refresh me-1" aria-hidden="true"/>Refresh</button>
  </div>
  <t t-if="props.model.diff.length">
    <div class="row g-2 mb-2 o_ferry_diff_filters">
      <div class="col-md-4">
        <label class="form-label small" for="o_ferry_diff_object">Object</label>
        <select id="o_ferry_diff_object" class="form-select form-select-sm" t-model="props.model.diffFilter.object">
          <option value="">All objects</option>
          <option t-foreach="props.model.diffOptions('object')" t-as="o" t-key="o" t-att-value="o" t-esc="o"/>
        </select>
      </div>
      <div class="col-md-4">
        <label class="form-label small" for="o_ferry_diff_field">Field</label>
        <input id="o_ferry_diff_field" class="form-control form-control-sm o_input" type="search" placeholder="Field name" t-model="props.model.diffFilter.field"/>
      </div>
      <div class="col-md-4">
        <label class="form-label small" for="o_ferry_diff_cause">Mismatch cause</label>
        <select id="o_ferry_diff_cause" class="form-select form-select-sm" t-model="props.model.diffFilter.cause">
          <option value="">All causes</option>
          <option t-foreach="props.model.diffOptions('cause')" t-as="c" t-key="c" t-att-value="c" t-esc="c"/>
        </select>
      </div>
    </div>
    <p class="small text-muted o_ferry_diff_count"><t t-esc="props.model.filteredDiff.length"/> of <t t-esc="props.model.diff.length"/> differences</p>
    <table class="table table-sm o_list_table o_ferry_diff">
      <thead><tr><th>Object</th><th>Source ID</th><th>Field</th><th>Source value</th><th>Odoo value</th><th>Cause</th></tr></thead>
      <tbody>
        <tr t-foreach="props.model.filteredDiff.slice(0, 500)" t-as="d" t-key="d_index">
          <td t-esc="d.object"/><td t-esc="d.sourceId"/><td><code t-esc="d.field"/></td>
          <td class="text-break" t-esc="d.source"/><td class="text-break" t-esc="d.odoo"/>
          <td><span class="badge text-bg-warning" t-esc="d.cause"/></td>
        </tr>
      </tbody>
    </table>
  </t>
  <p t-elif="props.model.sampleRun and props.model.sampleRun.state === 'done'" class="text-success o_ferry_no_diff">The sample landed exactly as mapped: no differences.</p>
  <p t-elif="!props.model.sampleRun" class="text-muted">A sample run loads a connected slice of the data, reads it back from Odoo and compares every field.</p>
  <p t-else="" class="text-muted">Waiting for the Ferry bridge to run the sample…</p>
</div>`;
	static props = { model: Object };
	get sampleActive() {
		const r = this.props.model.sampleRun;
		return !!r && !["done", "failed"].includes(r.state);
	}
	stateClass(state) {
		return state === "done" ? "text-bg-success" : state === "failed" ? "text-bg-danger" : state === "halted" ? "text-bg-warning" : "text-bg-info";
	}
};
// web/src/components/run_step/run_step.ts
/**
* Step 6: the full run. Progress per phase (bar, rows/s, ETA), pause/resume, the reconciliation
* gate (accept and continue, or stop to fix), and the rejects as a CSV download.
*/
var RunStep = class extends Component {
	static template = xml`
<div class="o_ferry_run_step">
  <div class="d-flex flex-wrap align-items-center gap-2 mb-3">
    <button t-if="!props.model.runActive" type="button" class="btn btn-primary o_ferry_start_run" t-att-disabled="props.model.busy or !props.model.canStartRun" t-on-click="() => props.model.startRun()">Start migration run</button>
    <button t-if="run and (run.state === 'running' or run.state === 'claimed' or run.state === 'queued')" type="button" class="btn btn-secondary o_ferry_pause" t-on-click="() => props.model.control('pause')"><i class="fa fa-pause me-1" aria-hidden="true"/>Pause</button>
    <button t-if="run and run.state === 'paused'" type="button" class="btn btn-primary o_ferry_resume" t-on-click="() => props.model.control('resume')"><i class="fa fa-play me-1" aria-hidden="true"/>Resume</button>
    <button t-if="run and run.state !== 'queued'" type="button" class="btn btn-secondary o_ferry_rejects" t-on-click="() => props.model.downloadRejects()"><i class="fa fa-download me-1" aria-hidden="true"/>Rejects (CSV)</button>
    <span t-if="run" class="ms-auto o_ferry_run_state">Run #<t t-esc="run.id"/> <span t-attf-class="badge {{ badge(run.state) }}" t-esc="run.state"/></span>
  </div>
  <p t-if="!props.model.canStartRun and !props.model.runActive and !run" class="text-muted o_ferry_run_blocked" t-esc="props.model.ownersResolved ? 'Approve every mapping to start the run.' : 'Resolve every owner to start the run.'"/>

  <div t-if="run and run.state === 'halted'" class="alert alert-warning o_ferry_gate" role="alert">
    <h3 class="h6 alert-heading">Halted at the reconciliation gate<t t-if="run.currentPhase"> after <strong t-esc="run.currentPhase"/></t></h3>
    <p class="mb-2" t-esc="run.message or 'Too many rows were rejected in this phase.'"/>
    <div class="d-flex gap-2">
      <button type="button" class="btn btn-primary o_ferry_accept" t-on-click="() => props.model.control('accept')">Accept and continue</button>
      <button type="button" class="btn btn-secondary o_ferry_fix" t-on-click="() => props.model.control('cancel')">Stop to fix the data</button>
    </div>
  </div>
  <div t-if="run and run.state === 'failed'" class="alert alert-danger" role="alert" t-esc="run.message or 'The run failed.'"/>

  <table t-if="props.model.phases.length" class="table table-sm align-middle o_list_table o_ferry_phases">
    <thead><tr><th>Phase</th><th style="width: 35%">Progress</th><th class="text-end">Source</th><th class="text-end">Landed</th><th class="text-end">Rejected</th><th class="text-end">Skipped</th><th class="text-end">Rows/s</th><th class="text-end">ETA</th></tr></thead>
    <tbody>
      <tr t-foreach="props.model.phases" t-as="p" t-key="p.id" t-att-data-phase="p.name">
        <td><t t-esc="p.name"/> <span t-if="p.state !== 'done'" t-attf-class="badge {{ badge(p.state) }}" t-esc="p.state"/></td>
        <td>
          <div class="progress" role="progressbar" t-att-aria-label="'Progress of ' + p.name" t-att-aria-valuenow="percent(p)" aria-valuemin="0" aria-valuemax="100">
            <div t-attf-class="progress-bar {{ p.state === 'halted' ? 'bg-warning' : p.state === 'done' ? 'bg-success' : '' }}" t-attf-style="width: {{ percent(p) }}%" t-esc="percent(p) + '%'"/>
          </div>
        </td>
        <td class="text-end" t-esc="fmtInt(p.source)"/>
        <td class="text-end" t-esc="fmtInt(p.landed)"/>
        <td t-attf-class="text-end {{ p.rejected ? 'text-danger' : '' }}" t-esc="fmtInt(p.rejected)"/>
        <td class="text-end" t-esc="fmtInt(p.skipped)"/>
        <td class="text-end o_ferry_rate" t-esc="rate(p)"/>
        <td class="text-end o_ferry_eta" t-esc="eta(p)"/>
      </tr>
    </tbody>
  </table>
  <p t-elif="run" class="text-muted">Waiting for the Ferry bridge to claim the run…</p>
</div>`;
	static props = { model: Object };
	fmtInt = fmtInt;
	percent = percent;
	get run() {
		return this.props.model.run;
	}
	badge(state) {
		return {
			done: "text-bg-success",
			failed: "text-bg-danger",
			halted: "text-bg-warning",
			paused: "text-bg-secondary",
			running: "text-bg-info",
			claimed: "text-bg-info",
			queued: "text-bg-light",
			pending: "text-bg-light"
		}[state] ?? "text-bg-light";
	}
	rate(p) {
		if (p.state !== "running") return p.state === "done" ? "" : "—";
		const r = this.props.model.rates.rate(p.name);
		return r === null ? "—" : String(Math.round(r));
	}
	eta(p) {
		if (p.state === "done") return "";
		if (p.state !== "running") return p.source && processed(p) >= p.source ? "" : "—";
		return formatDuration(this.props.model.rates.eta(p));
	}
};
// web/src/components/reconciliation_step/reconciliation_step.ts
/**
* Step 7: per object source / landed / rejected / skipped (stacked bar chart, inline SVG), null
* foreign-key checks, custom-field fill rates, owner summary, and the HTML report download.
*/
var COLORS = {
	landed: "#28a745",
	other: "#17a2b8",
	skipped: "#adb5bd",
	rejected: "#dc3545"
};
var ReconciliationStep = class extends Component {
	static template = xml`
<div class="o_ferry_reconciliation_step">
  <p t-if="!props.model.recon" class="text-muted">No finished run yet.</p>
  <t t-else="">
    <div class="d-flex justify-content-between align-items-center mb-2">
      <div class="small text-muted">
        <span class="me-3"><span class="o_ferry_legend" t-attf-style="background: {{ colors.landed }}"/> landed</span>
        <span class="me-3"><span class="o_ferry_legend" t-attf-style="background: {{ colors.other }}"/> merged / documented / validated</span>
        <span class="me-3"><span class="o_ferry_legend" t-attf-style="background: {{ colors.skipped }}"/> skipped</span>
        <span><span class="o_ferry_legend" t-attf-style="background: {{ colors.rejected }}"/> rejected</span>
      </div>
      <button type="button" class="btn btn-primary o_ferry_report" t-on-click="() => props.model.downloadReport()"><i class="fa fa-download me-1" aria-hidden="true"/>HTML report</button>
    </div>
    <table class="table table-sm align-middle o_list_table o_ferry_recon">
      <thead><tr><th>Object</th><th>Outcomes</th><th class="text-end">Source</th><th class="text-end">Landed</th><th class="text-end">Rejected</th><th class="text-end">Skipped</th><th>Balanced</th></tr></thead>
      <tbody>
        <tr t-foreach="props.model.recon.rows" t-as="r" t-key="r.object" t-att-data-object="r.object">
          <td t-esc="r.object"/>
          <td>
            <svg width="240" height="14" role="img" t-att-aria-label="'Outcomes of ' + r.object">
              <t t-foreach="segments(r)" t-as="s" t-key="s.key">
                <rect t-att-x="s.x" y="0" t-att-width="s.w" height="14" t-att-fill="s.color"><title t-esc="s.key + ': ' + s.n"/></rect>
              </t>
            </svg>
          </td>
          <td class="text-end" t-esc="fmtInt(r.source)"/>
          <td class="text-end" t-esc="fmtInt(r.landed)"/>
          <td t-attf-class="text-end {{ r.rejected ? 'text-danger' : '' }}" t-esc="fmtInt(r.rejected)"/>
          <td class="text-end" t-esc="fmtInt(r.skipped)"/>
          <td><i t-attf-class="fa {{ r.balanced ? 'fa-check text-success' : 'fa-exclamation-triangle text-danger' }}" t-att-title="r.balanced ? 'source = landed + rejected + skipped' : 'counts do not add up'" role="img" t-att-aria-label="r.balanced ? 'balanced' : 'not balanced'"/></td>
        </tr>
      </tbody>
    </table>
    <div class="row g-4">
      <section class="col-md-4" aria-labelledby="o_ferry_nullfk">
        <h3 id="o_ferry_nullfk" class="h6">Null foreign keys</h3>
        <ul t-if="props.model.recon.nullFk.length" class="list-unstyled o_ferry_nullfk">
          <li t-foreach="props.model.recon.nullFk" t-as="c" t-key="c.label"><span t-attf-class="badge {{ c.count ? 'text-bg-danger' : 'text-bg-success' }} me-1" t-esc="c.count"/><t t-esc="c.label"/></li>
        </ul>
        <p t-else="" class="text-muted small">Not reported by this run.</p>
      </section>
      <section class="col-md-4" aria-labelledby="o_ferry_fill">
        <h3 id="o_ferry_fill" class="h6">Custom-field fill rates</h3>
        <table t-if="props.model.recon.fillRates.length" class="table table-sm o_ferry_fill">
          <thead><tr><th>Field</th><th class="text-end">Source</th><th class="text-end">Odoo</th></tr></thead>
          <tbody><tr t-foreach="props.model.recon.fillRates" t-as="f" t-key="f.field"><td><code t-esc="f.field"/></td><td class="text-end" t-esc="f.source"/><td class="text-end" t-esc="f.odoo"/></tr></tbody>
        </table>
        <p t-else="" class="text-muted small">Not reported by this run.</p>
      </section>
      <section class="col-md-4" aria-labelledby="o_ferry_owner_sum">
        <h3 id="o_ferry_owner_sum" class="h6">Owners</h3>
        <ul t-if="props.model.recon.owners.length" class="list-unstyled o_ferry_owner_summary">
          <li t-foreach="props.model.recon.owners" t-as="o" t-key="o.label"><strong t-esc="o.count"/> <t t-esc="o.label"/></li>
        </ul>
        <ul t-else="" class="list-unstyled o_ferry_owner_summary">
          <li><strong t-esc="props.model.owners.filter(o => o.decision === 'matched').length"/> matched to Odoo users</li>
          <li><strong t-esc="props.model.owners.filter(o => o.decision === 'fallback').length"/> on the fallback owner</li>
          <li><strong t-esc="props.model.owners.filter(o => o.decision === 'provision_inactive').length"/> created as inactive users</li>
        </ul>
      </section>
    </div>
  </t>
</div>`;
	static props = { model: Object };
	fmtInt = fmtInt;
	colors = COLORS;
	segments(r) {
		const total = Math.max(r.source, 1);
		let x = 0;
		const out = [];
		for (const [key, n] of [
			["landed", r.landed],
			["other", r.other],
			["skipped", r.skipped],
			["rejected", r.rejected]
		]) {
			if (n <= 0) continue;
			const w = Math.round(n / total * 2400) / 10;
			out.push({
				key,
				n,
				x,
				w,
				color: COLORS[key]
			});
			x += w;
		}
		return out;
	}
};
// web/src/components/rollback_step/rollback_step.ts
/**
* Step 8: roll the run back from its ledger (server side). A confirmation dialog states the counts
* and the hours left in the rollback window.
*/
var RollbackStep = class extends Component {
	static template = xml`
<div class="o_ferry_rollback_step">
  <p t-if="!props.model.run" class="text-muted">No run to roll back.</p>
  <t t-else="">
    <p>Run #<t t-esc="props.model.run.id"/> ended <t t-esc="props.model.run.endedAt or '—'"/>.
      <t t-if="props.model.rollbackHoursLeft !== null"><strong class="o_ferry_window" t-esc="props.model.rollbackHoursLeft"/> hours left in the rollback window.</t></p>
    <div class="row g-3 mb-3 o_ferry_ledger_counts">
      <div class="col-sm-4"><div class="card"><div class="card-body"><div class="fs-3" t-esc="fmtInt(props.model.ledgerCounts.create or 0)"/><div class="text-muted">created records to delete</div></div></div></div>
      <div class="col-sm-4"><div class="card"><div class="card-body"><div class="fs-3" t-esc="fmtInt(props.model.ledgerCounts.update or 0)"/><div class="text-muted">updated records to restore</div></div></div></div>
      <div class="col-sm-4"><div class="card"><div class="card-body"><div class="fs-3" t-esc="fmtInt(props.model.ledgerCounts.archive or 0)"/><div class="text-muted">archived records to restore</div></div></div></div>
    </div>
    <div t-if="props.model.run.rolledBackBy" class="alert alert-info" role="status">This run was rolled back (rollback run #<t t-esc="props.model.run.rolledBackBy"/>).</div>
    <div t-else="" class="d-flex gap-2">
      <button type="button" class="btn btn-danger o_ferry_rollback" t-att-disabled="props.model.busy or props.model.rollbackHoursLeft === 0" t-on-click="() => props.model.rollback(false)">Roll back run</button>
      <button type="button" class="btn btn-outline-danger o_ferry_rollback_force" t-att-disabled="props.model.busy or props.model.rollbackHoursLeft === 0" t-on-click="() => props.model.rollback(true)">Roll back, including records edited since</button>
    </div>
  </t>
</div>`;
	static props = { model: Object };
	fmtInt = fmtInt;
};
// web/src/components/wizard/wizard.ts
/**
* The migration wizard: Odoo client action `ferry.wizard` (menu Migration). It looks like a native
* Odoo 18 screen: control panel with breadcrumb and main buttons, a status bar of the steps, and
* the current step in the content area. State lives in WizardModel (wrapped with useState); server
* calls go through the `orm` service; messages through `notification` and `dialog`.
*/
var POLL_MS = 2e3;
var STEP_COMPONENTS = {
	project: ProjectStep,
	upload: UploadStep,
	mapping: MappingStep,
	owners: OwnersStep,
	sample: SampleStep,
	run: RunStep,
	reconciliation: ReconciliationStep,
	rollback: RollbackStep
};
function downloadFile(fileName, mime, content) {
	const url = URL.createObjectURL(new Blob([content], { type: String(mime) + ";charset=utf-8" }));
	const a = document.createElement("a");
	a.href = url;
	a.download = fileName;
	a.style.display = "none";
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1e3);
}
function makeUi(notification, dialog) {
	return {
		notify(message, options = {}) {
			notification.add(message, options);
		},
		confirm({ title, body, confirmLabel }) {
			return new Promise((resolve) => {
				let settled = false;
				const done = (v) => {
					if (!settled) {
						settled = true;
						resolve(v);
					}
				};
				dialog.add(ConfirmationDialog, {
					title,
					body,
					confirmLabel: confirmLabel ?? "Confirm",
					confirm: () => done(true),
					cancel: () => done(false)
				}, { onClose: () => done(false) });
			});
		},
		download: downloadFile
	};
}
var Wizard = class extends Component {
	static template = xml`
<div class="o_action o_ferry_wizard d-flex flex-column h-100">
  <div class="o_control_panel d-flex flex-column gap-3 gap-lg-1 px-3 pt-2 pb-3" role="toolbar" aria-label="Migration wizard">
    <div class="o_control_panel_main d-flex flex-wrap flex-lg-nowrap justify-content-between align-items-lg-start gap-3 flex-grow-1">
      <div class="o_control_panel_breadcrumbs d-flex align-items-center gap-1 order-0 h-lg-100">
        <div class="o_control_panel_main_buttons d-flex gap-1 d-print-none">
          <button type="button" class="btn btn-primary o_ferry_next" t-att-disabled="isLast or model.busy" t-on-click="() => model.next()">Next</button>
          <button type="button" class="btn btn-secondary o_ferry_back" t-att-disabled="isFirst or model.busy" t-on-click="() => model.back()">Back</button>
        </div>
        <div class="o_breadcrumb d-flex align-items-center gap-1 text-truncate">
          <ol class="breadcrumb mb-0 flex-nowrap align-items-center">
            <li class="breadcrumb-item d-inline-flex min-w-0 o_ferry_breadcrumb_root"><span class="text-truncate">Migration</span></li>
          </ol>
          <span class="text-muted" aria-hidden="true">/</span>
          <div class="o_last_breadcrumb_item active d-flex fs-4 min-w-0 align-items-center" aria-current="page"><span class="min-w-0 text-truncate" t-esc="currentLabel"/></div>
        </div>
      </div>
      <div class="o_control_panel_actions d-flex align-items-center justify-content-end gap-2 order-2 order-lg-1">
        <span t-if="model.project" class="o_ferry_project_badge text-muted"><i class="fa fa-exchange me-1" aria-hidden="true"/><t t-esc="model.project.name"/> · <t t-esc="model.project.source === 'plexus' ? 'Plexus Software' : 'PlanPlus Online'"/></span>
        <span t-if="model.busy" class="o_ferry_busy text-muted" role="status"><i class="fa fa-circle-o-notch fa-spin" aria-hidden="true"/><span class="visually-hidden">Working…</span></span>
      </div>
    </div>
  </div>
  <div class="o_content o_ferry_content flex-grow-1 overflow-auto">
    <div class="o_form_sheet_bg">
      <div class="o_ferry_statusbar d-flex justify-content-end px-3 py-2 border-bottom bg-view">
        <div class="o_statusbar_status d-flex flex-wrap" role="tablist" aria-label="Migration steps">
          <t t-foreach="steps" t-as="s" t-key="s.key">
            <button type="button" role="tab"
                    t-attf-class="btn btn-secondary o_arrow_button o_ferry_step_{{ s.key }} {{ s.key === model.step ? 'o_arrow_button_current active' : '' }} {{ s_first ? 'o_first' : '' }} {{ s_last ? 'o_last' : '' }}"
                    t-att-aria-selected="s.key === model.step ? 'true' : 'false'" t-att-aria-current="s.key === model.step ? 'step' : false"
                    t-att-disabled="!model.canOpen(s.key) and s.key !== model.step" t-att-title="model.blocker(s.key)"
                    t-on-click="() => model.goTo(s.key)">
              <t t-esc="(s_index + 1) + '. ' + s.label"/>
            </button>
          </t>
        </div>
      </div>
      <div class="o_form_sheet position-relative bg-view border rounded mx-auto my-3 p-4 o_ferry_sheet" style="max-width: 1140px">
        <h1 class="h3 mb-3 o_ferry_step_title" t-esc="currentLabel"/>
        <t t-if="model.loaded">
          <t t-component="stepComponent" model="model"/>
        </t>
        <p t-else="" class="text-muted" role="status">Loading…</p>
      </div>
    </div>
  </div>
</div>`;
	static props = ["*"];
	static components = STEP_COMPONENTS;
	steps = STEPS;
	setup() {
		const orm = useService("orm");
		const ui = makeUi(useService("notification"), useService("dialog"));
		this.model = useState(new WizardModel(orm, ui));
		onWillStart(() => this.model.load());
		const timer = setInterval(() => void this.tick(), POLL_MS);
		onWillUnmount(() => clearInterval(timer));
	}
	/** Polls the run (Run step) or the sample run (Sample step) while one is active. */
	async tick() {
		const m = this.model;
		try {
			if (m.step === "run" && m.runActive) await m.poll();
			else if (m.step === "sample" && m.sampleRun && !["done", "failed"].includes(m.sampleRun.state)) await m.loadSample();
		} catch {}
	}
	get stepComponent() {
		return STEP_COMPONENTS[this.model.step];
	}
	get currentLabel() {
		return STEPS[stepIndex(this.model.step)]?.label ?? "";
	}
	get isFirst() {
		return stepIndex(this.model.step) === 0;
	}
	get isLast() {
		return stepIndex(this.model.step) === STEPS.length - 1;
	}
	stepKey(k) {
		return k;
	}
};
// web/src/wizard.ts
/**
* Entry of the vite build (vite.config.ts → odoo_addon/ferry/static/src/wizard/wizard.js).
* Registers the wizard as the client action `ferry.wizard` opened by the Migration menu.
* Named exports only: Odoo's module transpiler does not support default exports across modules.
*/
registry.category("actions").add("ferry.wizard", Wizard);
export { Wizard };
