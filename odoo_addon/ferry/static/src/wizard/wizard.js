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
var M$1 = {
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
		return (await this.orm.searchRead(M$1.project, [], PROJECT_FIELDS, {
			order: "id desc",
			limit: 20
		})).map(toProject);
	}
	async createProject(name, source, scope) {
		const [id] = await this.orm.create(M$1.project, [{
			name,
			source_system: source,
			scope: scope.join(",")
		}]);
		return id;
	}
	async readProject(id) {
		const [r] = await this.orm.read(M$1.project, [id], PROJECT_FIELDS);
		if (!r) throw new Error("Migration project " + String(id) + " not found");
		return toProject(r);
	}
	async writeProject(id, vals) {
		const out = {};
		if (vals.scope) out.scope = vals.scope.join(",");
		if (vals.fallbackOwnerId !== void 0) out.fallback_owner_id = vals.fallbackOwnerId ?? false;
		if (vals.source) out.source_system = vals.source;
		await this.orm.write(M$1.project, [id], out);
	}
	/** Stores Plexus API credentials server-side; they are never read back. */
	async storePlexusCredentials(projectId, url, token) {
		await this.orm.call(M$1.project, "action_store_plexus_credentials", [
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
		const [id] = await this.orm.create(M$1.file, [rec]);
		return id;
	}
	async listSourceFiles(projectId) {
		return (await this.orm.searchRead(M$1.file, [[
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
		await this.orm.unlink(M$1.file, [id]);
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
		const [id] = await this.orm.create(M$1.mapping, [{
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
		return (await this.orm.searchRead(M$1.mapping, [[
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
		return (await this.orm.searchRead(M$1.line, [[
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
		return (await this.orm.searchRead(M$1.valueMap, [[
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
		await this.orm.write(M$1.line, [lineId], out);
	}
	async approveLines(lineIds) {
		if (lineIds.length) await this.orm.write(M$1.line, lineIds, { approved: true });
	}
	async writeValueMap(id, target) {
		await this.orm.write(M$1.valueMap, [id], {
			target_value: target,
			approved: true
		});
	}
	async approveMapping(id) {
		await this.orm.call(M$1.mapping, "action_approve", [[id]]);
	}
	async resetMapping(id) {
		await this.orm.call(M$1.mapping, "action_reset_draft", [[id]]);
	}
	async listOwners(projectId) {
		return (await this.orm.searchRead(M$1.owner, [[
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
		await this.orm.create(M$1.owner, owners.map((o) => ({
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
		await this.orm.write(M$1.owner, [id], {
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
			const res = await this.orm.call(M$1.run, "fields_get", [], { attributes: ["type"] });
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
		const [id] = await this.orm.create(M$1.run, [vals]);
		return id;
	}
	async latestRun(projectId, type) {
		const known = await this.knownRunFields();
		const fields = RUN_FIELDS.filter((f) => known.includes(f));
		const r = (await this.orm.searchRead(M$1.run, [[
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
		const [r] = await this.orm.read(M$1.run, [id], fields);
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
		return (await this.orm.searchRead(M$1.phase, [[
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
		await this.orm.call(M$1.run, method, [[runId]]);
	}
	async rejects(runId, limit = 1e5) {
		return (await this.orm.searchRead(M$1.reject, [[
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
				M$1.run
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
	/** What a rollback of the run would touch, by operation (the server leaves out updates of records the run created: those are deleted). */
	async ledgerCounts(runId) {
		return this.orm.call(M$1.run, "rollback_counts", [[runId]]);
	}
	/** Server-side rollback from the ledger (no bridge needed); returns the rollback run id. */
	async rollback(runId, force) {
		return this.orm.call(M$1.run, "rollback", [[runId]], { force });
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
	return s === "" || s.length <= 8 && EMPTY_TOKENS.has(s.trim().toLowerCase());
}
/** Characters that make a cell a list or need the slow path of normalizeOneEmail. */
var SPECIAL = /[;,"'<>]|^\s|\s$|^mailto:/i;
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
	if (!SPECIAL.test(text)) {
		const lower = text.toLowerCase();
		return isValidEmail(lower) ? {
			email: lower,
			extra: []
		} : {
			email: null,
			extra: [],
			invalid: text
		};
	}
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
// bridge/src/core/normalize/timezone.ts
/** Time zone names → IANA (sources.md B.3.1). */
var TABLE$1 = [
	["Pacific/Honolulu", [
		"(UTC-10:00) Hawaii",
		"Hawaiian Standard Time",
		"HST"
	]],
	["America/Anchorage", [
		"(UTC-09:00) Alaska",
		"Alaskan Standard Time",
		"AKST"
	]],
	["America/Los_Angeles", [
		"(UTC-08:00) Pacific Time (US & Canada)",
		"Pacific Standard Time",
		"PST",
		"PT",
		"US/Pacific"
	]],
	["America/Phoenix", [
		"(UTC-07:00) Arizona",
		"US Mountain Standard Time",
		"US/Arizona"
	]],
	["America/Denver", [
		"(UTC-07:00) Mountain Time (US & Canada)",
		"Mountain Standard Time",
		"MST",
		"MT",
		"US/Mountain"
	]],
	["America/Chicago", [
		"(UTC-06:00) Central Time (US & Canada)",
		"Central Standard Time",
		"CST",
		"CT",
		"US/Central"
	]],
	["America/New_York", [
		"(UTC-05:00) Eastern Time (US & Canada)",
		"Eastern Standard Time",
		"EST",
		"ET",
		"US/Eastern"
	]],
	["America/Halifax", [
		"(UTC-04:00) Atlantic Time (Canada)",
		"Atlantic Standard Time",
		"AST"
	]],
	["Europe/London", [
		"(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
		"GMT Standard Time",
		"GMT"
	]],
	["Europe/Berlin", [
		"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
		"W. Europe Standard Time",
		"CET"
	]],
	["UTC", ["(UTC) Coordinated Universal Time", "UTC"]]
];
var key = (s) => s.replace(/\s+/g, " ").trim().toLowerCase();
var BY_NAME = /* @__PURE__ */ new Map();
for (const [iana, names] of TABLE$1) for (const n of names) BY_NAME.set(key(n), iana);
var ianaCache = /* @__PURE__ */ new Map();
var rawMemo = /* @__PURE__ */ new Map();
/** The B.3.1 table first, then any IANA name (`Intl` validates; canonical spelling returned). */
function resolveTimeZone(name) {
	if (name == null) return null;
	const memo = rawMemo.get(name);
	if (memo !== void 0) return memo;
	const r = resolveUncached(name);
	if (rawMemo.size >= 1e3) rawMemo.clear();
	rawMemo.set(name, r);
	return r;
}
function resolveUncached(name) {
	const k = key(name);
	if (k === "") return null;
	const hit = BY_NAME.get(k);
	if (hit) return hit;
	if (!/^[a-z_]+(?:\/[a-z0-9_+-]+)+$/i.test(name.trim()) && k !== "utc") return null;
	const cached = ianaCache.get(k);
	if (cached !== void 0) return cached;
	let result = null;
	try {
		result = new Intl.DateTimeFormat("en-US", { timeZone: name.trim() }).resolvedOptions().timeZone;
	} catch {
		result = null;
	}
	ianaCache.set(k, result);
	return result;
}
// bridge/src/core/normalize/dates.ts
/**
* Dates, times and zones (sources.md B.3, C.2 `date_mixed`, `date_day_first`, `dst_gap`, `dst_overlap`;
* mapping.md §1.4 `utc()`, `local_date()`, `deadline()`). Pure: zones come from `Intl`.
*/
var MONTHS$1 = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12,
	january: 1,
	february: 2,
	march: 3,
	april: 4,
	june: 6,
	july: 7,
	august: 8,
	september: 9,
	october: 10,
	november: 11,
	december: 12
};
var TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
var pad2 = (n) => TWO[n] ?? String(n).padStart(2, "0");
var pad4 = (n) => String(n).padStart(4, "0");
var MONTH_DAYS = [
	31,
	28,
	31,
	30,
	31,
	30,
	31,
	31,
	30,
	31,
	30,
	31
];
function daysInMonth(y, m) {
	if (m === 2) return y % 4 === 0 && y % 100 !== 0 || y % 400 === 0 ? 29 : 28;
	return MONTH_DAYS[m - 1] ?? 0;
}
function validDate(y, m, d) {
	return y >= 1e3 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
/** `h:mm AM/PM`, `h:mm:ss AM`, `9 AM`, `HH:MM`, `HH:MM:SS`. */
function parseTime(raw) {
	if (raw == null) return null;
	const t = raw.trim();
	let m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m?\.?$/i.exec(t);
	if (m) {
		let h = Number(m[1]);
		const mi = Number(m[2] ?? 0);
		const s = Number(m[3] ?? 0);
		if (h < 1 || h > 12 || mi > 59 || s > 59) return null;
		const pm = m[4].toLowerCase() === "p";
		if (h === 12) h = pm ? 12 : 0;
		else if (pm) h += 12;
		return {
			h,
			mi,
			s
		};
	}
	m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(t);
	if (m) {
		const h = Number(m[1]);
		const mi = Number(m[2]);
		const s = Number(m[3] ?? 0);
		if (h > 23 || mi > 59 || s > 59) return null;
		return {
			h,
			mi,
			s
		};
	}
	return null;
}
function parseOffset(z) {
	if (z === void 0 || z === "") return void 0;
	if (z === "Z" || z === "z") return 0;
	const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
	if (!m) return null;
	const v = Number(m[2]) * 60 + Number(m[3]);
	return m[1] === "-" ? -v : v;
}
/** The documented form exactly as PlanPlus writes it (`3/7/2025`, `3/7/2025 9:05 AM`): the common case, one regex. */
var US_FAST_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}) ([AaPp])[Mm])?$/;
/** Parse any accepted date / date-time shape into parts; null when none applies or the date is impossible. */
function parseParts(raw) {
	const f = US_FAST_RE.exec(raw);
	if (f) {
		const a = Number(f[1]);
		const b = Number(f[2]);
		const y = Number(f[3]);
		const dayFirst = a > 12;
		const month = dayFirst ? b : a;
		const day = dayFirst ? a : b;
		if (!validDate(y, month, day)) return null;
		const p = {
			y,
			m: month,
			d: day
		};
		if (dayFirst) p.dayFirst = true;
		if (f[4] !== void 0) {
			let h = Number(f[4]);
			const mi = Number(f[5]);
			if (h < 1 || h > 12 || mi > 59) return null;
			const pm = f[6] === "p" || f[6] === "P";
			if (h === 12) h = pm ? 12 : 0;
			else if (pm) h += 12;
			p.time = {
				h,
				mi,
				s: 0
			};
		}
		return p;
	}
	const s = raw.trim().replace(/\s+/g, " ");
	if (s === "") return null;
	let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](.+))?$/.exec(s);
	if (m) {
		const a = Number(m[1]);
		const b = Number(m[2]);
		const y = Number(m[3]);
		let month = a;
		let day = b;
		let dayFirst = false;
		if (a > 12) {
			month = b;
			day = a;
			dayFirst = true;
		}
		if (!validDate(y, month, day)) return null;
		const p = {
			y,
			m: month,
			d: day
		};
		if (dayFirst) p.dayFirst = true;
		if (m[4] !== void 0) {
			const t = parseTime(m[4]);
			if (!t) return null;
			p.time = t;
		}
		return p;
	}
	m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
	if (m) {
		const y = Number(m[1]);
		const mo = Number(m[2]);
		const d = Number(m[3]);
		if (!validDate(y, mo, d)) return null;
		const p = {
			y,
			m: mo,
			d
		};
		if (m[4] !== void 0) {
			const h = Number(m[4]);
			const mi = Number(m[5]);
			const sec = Number(m[6] ?? 0);
			if (h > 23 || mi > 59 || sec > 59) return null;
			p.time = {
				h,
				mi,
				s: sec
			};
			const off = parseOffset(m[7]);
			if (off === null) return null;
			if (off !== void 0) p.offset = off;
		}
		return p;
	}
	m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?: (.+))?$/.exec(s);
	if (m) {
		const mo = MONTHS$1[m[1].toLowerCase()];
		const d = Number(m[2]);
		const y = Number(m[3]);
		if (mo === void 0 || !validDate(y, mo, d)) return null;
		const p = {
			y,
			m: mo,
			d
		};
		if (m[4] !== void 0) {
			const t = parseTime(m[4]);
			if (!t) return null;
			p.time = t;
		}
		return p;
	}
	m = /^(\d{5})(\.\d+)?$/.exec(s);
	if (m) {
		const serial = Number(s);
		if (serial < 2e4 || serial > 8e4) return null;
		const days = Math.floor(serial);
		const dt = new Date(Date.UTC(1899, 11, 30) + days * 864e5);
		const p = {
			y: dt.getUTCFullYear(),
			m: dt.getUTCMonth() + 1,
			d: dt.getUTCDate()
		};
		if (m[2] !== void 0) {
			const secs = Math.round((serial - days) * 86400);
			if (secs > 0 && secs < 86400) p.time = {
				h: Math.floor(secs / 3600),
				mi: Math.floor(secs % 3600 / 60),
				s: secs % 60
			};
		}
		return p;
	}
	return null;
}
var isoDate = (p) => String(pad4(p.y)) + "-" + String(pad2(p.m)) + "-" + String(pad2(p.d));
/** A PlanPlus date cell (or any `date_mixed` shape) → `YYYY-MM-DD`; a time part is ignored. */
function parsePlanPlusDate(raw) {
	if (raw == null) return null;
	const p = parseParts(raw);
	if (!p) return null;
	const r = { date: isoDate(p) };
	if (p.dayFirst) r.dayFirst = true;
	return r;
}
var dtfCache = /* @__PURE__ */ new Map();
var DAY_MS = 864e5;
function formatter(zone) {
	let f = dtfCache.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat("en-US", {
			timeZone: zone,
			hourCycle: "h23",
			year: "numeric",
			month: "numeric",
			day: "numeric",
			hour: "numeric",
			minute: "numeric",
			second: "numeric"
		});
		dtfCache.set(zone, f);
	}
	return f;
}
/** Offset of `zone` at `ms` straight from Intl (minutes east of UTC). */
function rawOffset(zone, ms) {
	const at = Math.floor(ms / 1e3) * 1e3;
	const parts = formatter(zone).formatToParts(new Date(at));
	let y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
	for (const p of parts) switch (p.type) {
		case "year":
			y = Number(p.value);
			break;
		case "month":
			mo = Number(p.value);
			break;
		case "day":
			d = Number(p.value);
			break;
		case "hour":
			h = Number(p.value) % 24;
			break;
		case "minute":
			mi = Number(p.value);
			break;
		case "second": se = Number(p.value);
	}
	return Math.round((Date.UTC(y, mo - 1, d, h, mi, se) - at) / 6e4);
}
/** Per zone and UTC day: offset at the start, offset at the end, and the transition instant (NaN if none). */
var dayCache = /* @__PURE__ */ new Map();
var dayCacheSize = 0;
/** Offset of `zone` at instant `ms`, in minutes east of UTC. Cached per UTC day (≤ 1 transition a day). */
var lastZone = "";
var lastByDay;
function zoneOffsetMinutes(zone, ms) {
	const day = Math.floor(ms / DAY_MS);
	let byDay = zone === lastZone ? lastByDay : dayCache.get(zone);
	if (!byDay) {
		byDay = /* @__PURE__ */ new Map();
		dayCache.set(zone, byDay);
	}
	lastZone = zone;
	lastByDay = byDay;
	let e = byDay.get(day);
	if (!e) {
		const start = day * DAY_MS;
		const o0 = rawOffset(zone, start);
		const o1 = rawOffset(zone, start + DAY_MS);
		let t = NaN;
		if (o0 !== o1) {
			let lo = 0;
			let hi = 1440;
			while (lo < hi) {
				const mid = lo + hi >>> 1;
				if (rawOffset(zone, start + mid * 6e4) === o0) lo = mid + 1;
				else hi = mid;
			}
			t = start + lo * 6e4;
		}
		e = [
			o0,
			o1,
			t
		];
		if (++dayCacheSize > 2e5) {
			dayCache.clear();
			dayCacheSize = 0;
			byDay = /* @__PURE__ */ new Map();
			dayCache.set(zone, byDay);
			lastZone = zone;
			lastByDay = byDay;
		}
		byDay.set(day, e);
	}
	return Number.isNaN(e[2]) || ms < e[2] ? e[0] : e[1];
}
/** ms → `YYYY-MM-DD HH:MM:SS` (UTC) by arithmetic (days → civil date, Howard Hinnant's algorithm). */
function fmtUtc(ms) {
	const days = Math.floor(ms / DAY_MS);
	let sec = Math.floor((ms - days * DAY_MS) / 1e3);
	const h = Math.floor(sec / 3600);
	sec -= h * 3600;
	const mi = Math.floor(sec / 60);
	sec -= mi * 60;
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	return String(pad4(y)) + "-" + String(pad2(m)) + "-" + String(pad2(d)) + " " + String(pad2(h)) + ":" + String(pad2(mi)) + ":" + String(pad2(sec));
}
/** Local wall-clock (as if UTC ms) in IANA `zone` → instant ms, with gap/overlap handling (C.2). */
function wallToInstant(wall, zone) {
	if (zone === "UTC") return {
		ms: wall,
		flags: []
	};
	const before = zoneOffsetMinutes(zone, wall - 864e5);
	const after = zoneOffsetMinutes(zone, wall + 864e5);
	const t1 = wall - before * 6e4;
	const t2 = wall - after * 6e4;
	const ok1 = zoneOffsetMinutes(zone, t1) === before;
	const ok2 = zoneOffsetMinutes(zone, t2) === after;
	if (ok1 && ok2) {
		if (t1 === t2) return {
			ms: t1,
			flags: []
		};
		return {
			ms: Math.min(t1, t2),
			flags: ["dst_ambiguous"]
		};
	}
	if (ok1) return {
		ms: t1,
		flags: []
	};
	if (ok2) return {
		ms: t2,
		flags: []
	};
	return {
		ms: t1,
		flags: ["dst_gap_adjusted"]
	};
}
/**
* `date` (any accepted date shape) + `time` (`h:mm AM/PM` or `HH:MM[:SS]`; blank = midnight) in `zone`
* (IANA or a B.3.1 name) → naive UTC. Null when date, time or zone is unusable.
*/
function localToUtc(date, time, zone) {
	const z = resolveTimeZone(zone);
	if (!z) return null;
	const p = parseParts(date);
	if (!p) return null;
	let t = p.time ?? {
		h: 0,
		mi: 0,
		s: 0
	};
	if (time != null && time.trim() !== "") {
		const pt = parseTime(time);
		if (!pt) return null;
		t = pt;
	}
	const { ms, flags } = wallToInstant(Date.UTC(p.y, p.m - 1, p.d, t.h, t.mi, t.s), z);
	const r = {
		utc: fmtUtc(ms),
		flags
	};
	if (p.dayFirst) r.dayFirst = true;
	return r;
}
/**
* A PlanPlus date-time cell (`M/D/YYYY h:mm AM/PM`, or any `date_mixed` shape) read in `zone`
* (the export time zone for audit columns). A value with `Z`/offset is converted directly.
*/
function parsePlanPlusDateTime(raw, zone) {
	if (raw == null) return null;
	const p = parseParts(raw);
	if (!p) return null;
	const t = p.time ?? {
		h: 0,
		mi: 0,
		s: 0
	};
	const wall = Date.UTC(p.y, p.m - 1, p.d, t.h, t.mi, t.s);
	let r;
	if (p.offset !== void 0) r = {
		utc: fmtUtc(wall - p.offset * 6e4),
		flags: []
	};
	else {
		const z = resolveTimeZone(zone);
		if (!z) return null;
		const { ms, flags } = wallToInstant(wall, z);
		r = {
			utc: fmtUtc(ms),
			flags
		};
	}
	if (p.dayFirst) r.dayFirst = true;
	return r;
}
var ISO_OFFSET_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|z|[+-]\d{2}:?\d{2})$/;
/** `2024-11-04T07:30:00-06:00` → `2024-11-04 13:30:00`. Null without an offset or when unparseable. */
function isoOffsetToUtc(iso) {
	if (iso == null) return null;
	const m = ISO_OFFSET_RE.exec(iso.trim());
	if (!m) return null;
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	const h = Number(m[4]);
	const mi = Number(m[5]);
	const s = Number(m[6] ?? 0);
	if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
	const off = parseOffset(m[7]);
	if (off == null) return null;
	return fmtUtc(Date.UTC(y, mo - 1, d, h, mi, s) - off * 6e4);
}
/** The calendar date in the offset given (not the UTC date): `2024-11-04T23:30:00-06:00` → `2024-11-04`. */
function localDateOfIso(iso) {
	if (iso == null) return null;
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(iso.trim());
	if (!m) return null;
	return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ? String(m[1]) + "-" + String(m[2]) + "-" + String(m[3]) : null;
}
/**
* A Plexus `LocalDateTime`: with an offset it is converted directly; without one (C.2 `offset_missing`)
* it is read in `fallbackZone` and `timezone_assumed` is added to the flags. Null when unparseable.
*/
function localDateTimeToUtc(value, fallbackZone) {
	if (value == null) return null;
	const direct = isoOffsetToUtc(value);
	const localDate = localDateOfIso(value);
	if (direct && localDate) return {
		utc: direct,
		localDate,
		flags: []
	};
	const p = parseParts(value);
	if (!p || p.offset !== void 0) return null;
	const r = localToUtc(value, null, fallbackZone);
	if (!r) return null;
	return {
		utc: r.utc,
		localDate: isoDate(p),
		flags: ["timezone_assumed", ...r.flags]
	};
}
/** A date-only deadline for a Datetime field: 23:59:00 local in `zone`, as naive UTC. */
function deadlineUtc(date, zone) {
	return localToUtc(date, "23:59:00", zone)?.utc ?? null;
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
// bridge/src/core/profile/infer.ts
/** Per-value type classification for the profiler. */
var BOOL = /* @__PURE__ */ new Set([
	"true",
	"false",
	"yes",
	"no",
	"y",
	"n",
	"x",
	"on",
	"off"
]);
var NUMBER_RE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;
var MONEY_HINT = /[$€£¥]|\b(?:USD|EUR|CAD|GBP|AUD|MXN|CHF|JPY)\b/i;
var URL_RE = /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|us|ca|uk|de|example|info|biz)(?:\/\S*)?$/i;
var PHONE_RE = /^\+?[\d\s().\-/]{7,}(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?$/i;
function classifyValue(raw) {
	if (typeof raw === "boolean") return "bool";
	if (typeof raw === "number") return "number";
	const s = String(raw).trim();
	if (BOOL.has(s.toLowerCase())) return "bool";
	if (s.includes("@") && !/\s/.test(s.replace(/^.*</, "").replace(/>.*$/, "")) && normalizeOneEmail(s) !== null) return "email";
	if (s.includes("@") && /[;,]/.test(s) && s.split(/[;,]/).every((p) => normalizeOneEmail(p) !== null)) return "email";
	if (NUMBER_RE.test(s)) return "number";
	if (MONEY_HINT.test(s) && parseMoney(s) !== null) return "money";
	if (!/^\d+(?:\.\d+)?$/.test(s) && /\d/.test(s) && parsePlanPlusDate(s) !== null) return "date";
	if (PHONE_RE.test(s) && (s.match(/\d/g)?.length ?? 0) >= 7 && (s.match(/\d/g)?.length ?? 0) <= 15) return "phone";
	if (URL_RE.test(s)) return "url";
	return "text";
}
// node_modules/libphonenumber-js/metadata.min.json.js
var metadata_min_json_default = {
	"version": 4,
	"country_calling_codes": {
		"1": [
			"US",
			"AG",
			"AI",
			"AS",
			"BB",
			"BM",
			"BS",
			"CA",
			"DM",
			"DO",
			"GD",
			"GU",
			"JM",
			"KN",
			"KY",
			"LC",
			"MP",
			"MS",
			"PR",
			"SX",
			"TC",
			"TT",
			"VC",
			"VG",
			"VI"
		],
		"7": ["RU", "KZ"],
		"20": ["EG"],
		"27": ["ZA"],
		"30": ["GR"],
		"31": ["NL"],
		"32": ["BE"],
		"33": ["FR"],
		"34": ["ES"],
		"36": ["HU"],
		"39": ["IT", "VA"],
		"40": ["RO"],
		"41": ["CH"],
		"43": ["AT"],
		"44": [
			"GB",
			"GG",
			"IM",
			"JE"
		],
		"45": ["DK"],
		"46": ["SE"],
		"47": ["NO", "SJ"],
		"48": ["PL"],
		"49": ["DE"],
		"51": ["PE"],
		"52": ["MX"],
		"53": ["CU"],
		"54": ["AR"],
		"55": ["BR"],
		"56": ["CL"],
		"57": ["CO"],
		"58": ["VE"],
		"60": ["MY"],
		"61": [
			"AU",
			"CC",
			"CX"
		],
		"62": ["ID"],
		"63": ["PH"],
		"64": ["NZ"],
		"65": ["SG"],
		"66": ["TH"],
		"81": ["JP"],
		"82": ["KR"],
		"84": ["VN"],
		"86": ["CN"],
		"90": ["TR"],
		"91": ["IN"],
		"92": ["PK"],
		"93": ["AF"],
		"94": ["LK"],
		"95": ["MM"],
		"98": ["IR"],
		"211": ["SS"],
		"212": ["MA", "EH"],
		"213": ["DZ"],
		"216": ["TN"],
		"218": ["LY"],
		"220": ["GM"],
		"221": ["SN"],
		"222": ["MR"],
		"223": ["ML"],
		"224": ["GN"],
		"225": ["CI"],
		"226": ["BF"],
		"227": ["NE"],
		"228": ["TG"],
		"229": ["BJ"],
		"230": ["MU"],
		"231": ["LR"],
		"232": ["SL"],
		"233": ["GH"],
		"234": ["NG"],
		"235": ["TD"],
		"236": ["CF"],
		"237": ["CM"],
		"238": ["CV"],
		"239": ["ST"],
		"240": ["GQ"],
		"241": ["GA"],
		"242": ["CG"],
		"243": ["CD"],
		"244": ["AO"],
		"245": ["GW"],
		"246": ["IO"],
		"247": ["AC"],
		"248": ["SC"],
		"249": ["SD"],
		"250": ["RW"],
		"251": ["ET"],
		"252": ["SO"],
		"253": ["DJ"],
		"254": ["KE"],
		"255": ["TZ"],
		"256": ["UG"],
		"257": ["BI"],
		"258": ["MZ"],
		"260": ["ZM"],
		"261": ["MG"],
		"262": ["RE", "YT"],
		"263": ["ZW"],
		"264": ["NA"],
		"265": ["MW"],
		"266": ["LS"],
		"267": ["BW"],
		"268": ["SZ"],
		"269": ["KM"],
		"290": ["SH", "TA"],
		"291": ["ER"],
		"297": ["AW"],
		"298": ["FO"],
		"299": ["GL"],
		"350": ["GI"],
		"351": ["PT"],
		"352": ["LU"],
		"353": ["IE"],
		"354": ["IS"],
		"355": ["AL"],
		"356": ["MT"],
		"357": ["CY"],
		"358": ["FI", "AX"],
		"359": ["BG"],
		"370": ["LT"],
		"371": ["LV"],
		"372": ["EE"],
		"373": ["MD"],
		"374": ["AM"],
		"375": ["BY"],
		"376": ["AD"],
		"377": ["MC"],
		"378": ["SM"],
		"380": ["UA"],
		"381": ["RS"],
		"382": ["ME"],
		"383": ["XK"],
		"385": ["HR"],
		"386": ["SI"],
		"387": ["BA"],
		"389": ["MK"],
		"420": ["CZ"],
		"421": ["SK"],
		"423": ["LI"],
		"500": ["FK"],
		"501": ["BZ"],
		"502": ["GT"],
		"503": ["SV"],
		"504": ["HN"],
		"505": ["NI"],
		"506": ["CR"],
		"507": ["PA"],
		"508": ["PM"],
		"509": ["HT"],
		"590": [
			"GP",
			"BL",
			"MF"
		],
		"591": ["BO"],
		"592": ["GY"],
		"593": ["EC"],
		"594": ["GF"],
		"595": ["PY"],
		"596": ["MQ"],
		"597": ["SR"],
		"598": ["UY"],
		"599": ["CW", "BQ"],
		"670": ["TL"],
		"672": ["NF"],
		"673": ["BN"],
		"674": ["NR"],
		"675": ["PG"],
		"676": ["TO"],
		"677": ["SB"],
		"678": ["VU"],
		"679": ["FJ"],
		"680": ["PW"],
		"681": ["WF"],
		"682": ["CK"],
		"683": ["NU"],
		"685": ["WS"],
		"686": ["KI"],
		"687": ["NC"],
		"688": ["TV"],
		"689": ["PF"],
		"690": ["TK"],
		"691": ["FM"],
		"692": ["MH"],
		"850": ["KP"],
		"852": ["HK"],
		"853": ["MO"],
		"855": ["KH"],
		"856": ["LA"],
		"880": ["BD"],
		"886": ["TW"],
		"960": ["MV"],
		"961": ["LB"],
		"962": ["JO"],
		"963": ["SY"],
		"964": ["IQ"],
		"965": ["KW"],
		"966": ["SA"],
		"967": ["YE"],
		"968": ["OM"],
		"970": ["PS"],
		"971": ["AE"],
		"972": ["IL"],
		"973": ["BH"],
		"974": ["QA"],
		"975": ["BT"],
		"976": ["MN"],
		"977": ["NP"],
		"992": ["TJ"],
		"993": ["TM"],
		"994": ["AZ"],
		"995": ["GE"],
		"996": ["KG"],
		"998": ["UZ"]
	},
	"countries": {
		"AC": [
			"247",
			"00",
			"(?:[01589]\\d|[2-467])\\d{4}",
			[5, 6]
		],
		"AD": [
			"376",
			"00",
			"(?:1|6\\d)\\d{7}|[135-9]\\d{5}",
			[
				6,
				8,
				9
			],
			[
				[
					"(\\d{3})(\\d{3})",
					"$1 $2",
					["[135-9]"]
				],
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["1"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["6"]
				]
			]
		],
		"AE": [
			"971",
			"00",
			"(?:[4-7]\\d|9[0-689])\\d{7}|800\\d{2,9}|[2-4679]\\d{7}",
			[
				5,
				6,
				7,
				8,
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{3})(\\d{2,9})",
					"$1 $2",
					["60|8"]
				],
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[236]|[479][2-8]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d)(\\d{5})",
					"$1 $2 $3",
					["[479]"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["5"],
					"0$1"
				]
			],
			"0"
		],
		"AF": [
			"93",
			"00",
			"[2-7]\\d{8}",
			[9],
			[[
				"(\\d{2})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["[2-7]"],
				"0$1"
			]],
			"0"
		],
		"AG": [
			"1",
			"011",
			"(?:268|[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([457]\\d{6})$|1",
			"268$1",
			0,
			"268"
		],
		"AI": [
			"1",
			"011",
			"(?:264|[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2457]\\d{6})$|1",
			"264$1",
			0,
			"264"
		],
		"AL": [
			"355",
			"00",
			"(?:700\\d\\d|900)\\d{3}|8\\d{5,7}|(?:[2-5]|6\\d)\\d{7}",
			[
				6,
				7,
				8,
				9
			],
			[
				[
					"(\\d{3})(\\d{3,4})",
					"$1 $2",
					["80|9"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["4[2-6]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[2358][2-5]|4"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{5})",
					"$1 $2",
					["[23578]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["6"],
					"0$1"
				]
			],
			"0"
		],
		"AM": [
			"374",
			"00",
			"(?:[1-489]\\d|55|60|77)\\d{6}",
			[8],
			[
				[
					"(\\d{3})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["[89]0"],
					"0 $1"
				],
				[
					"(\\d{3})(\\d{5})",
					"$1 $2",
					["2|3[12]"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{6})",
					"$1 $2",
					["1|47"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{6})",
					"$1 $2",
					["[3-9]"],
					"0$1"
				]
			],
			"0"
		],
		"AO": [
			"244",
			"00",
			"[29]\\d{8}",
			[9],
			[[
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[29]"]
			]]
		],
		"AR": [
			"54",
			"00",
			"(?:11|[89]\\d\\d)\\d{8}|[2368]\\d{9}",
			[10, 11],
			[
				[
					"(\\d{4})(\\d{2})(\\d{4})",
					"$1 $2-$3",
					[
						"2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9])",
						"2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8]))|2(?:2[24-9]|3[1-59]|47)",
						"2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5[56][46]|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]",
						"2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|58|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|54(?:4|5[13-7]|6[89])|86[3-6]))|2(?:2[24-9]|3[1-59]|47)|38(?:[58][78]|7[378])|3(?:454|85[56])[46]|3(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]"
					],
					"0$1",
					1
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2-$3",
					["1"],
					"0$1",
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1-$2-$3",
					["[68]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2-$3",
					["[23]"],
					"0$1",
					1
				],
				[
					"(\\d)(\\d{4})(\\d{2})(\\d{4})",
					"$2 15-$3-$4",
					[
						"9(?:2[2-469]|3[3-578])",
						"9(?:2(?:2[024-9]|3[0-59]|47|6[245]|9[02-8])|3(?:3[28]|4[03-9]|5[2-46-8]|7[1-578]|8[2-9]))",
						"9(?:2(?:[23]02|6(?:[25]|4[6-8])|9(?:[02356]|4[02568]|72|8[23]))|3(?:3[28]|4(?:[04679]|3[5-8]|5[4-68]|8[2379])|5(?:[2467]|3[237]|8[2-5])|7[1-578]|8(?:[2469]|3[2578]|5[4-8]|7[36-8]|8[5-8])))|92(?:2[24-9]|3[1-59]|47)",
						"9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3[78]|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8[23])|7[1-578]|8(?:[2469]|3[278]|5(?:[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4[35][56]|58[45]|8(?:[38]5|54|76))[4-6]",
						"9(?:2(?:[23]02|6(?:[25]|4(?:64|[78]))|9(?:[02356]|4(?:[0268]|5[2-6])|72|8[23]))|3(?:3[28]|4(?:[04679]|3(?:5(?:4[0-25689]|[56])|[78])|5(?:4[46]|8)|8[2379])|5(?:[2467]|3[237]|8(?:[23]|4(?:[45]|60)|5(?:4[0-39]|5|64)))|7[1-578]|8(?:[2469]|3[278]|5(?:4(?:4|5[13-7]|6[89])|[56][46]|[78])|7[378]|8(?:6[3-6]|[78]))))|92(?:2[24-9]|3[1-59]|47)|93(?:4(?:36|5[56])|8(?:[38]5|76))[4-6]"
					],
					"0$1",
					0,
					"$1 $2 $3-$4"
				],
				[
					"(\\d)(\\d{2})(\\d{4})(\\d{4})",
					"$2 15-$3-$4",
					["91"],
					"0$1",
					0,
					"$1 $2 $3-$4"
				],
				[
					"(\\d{3})(\\d{3})(\\d{5})",
					"$1-$2-$3",
					["8"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{3})(\\d{4})",
					"$2 15-$3-$4",
					["9"],
					"0$1",
					0,
					"$1 $2 $3-$4"
				]
			],
			"0",
			0,
			"0?(?:(11|2(?:2(?:02?|[13]|2[13-79]|4[1-6]|5[2457]|6[124-8]|7[1-4]|8[13-6]|9[1267])|3(?:02?|1[467]|2[03-6]|3[13-8]|[49][2-6]|5[2-8]|[67])|4(?:7[3-578]|9)|6(?:[0136]|2[24-6]|4[6-8]?|5[15-8])|80|9(?:0[1-3]|[19]|2\\d|3[1-6]|4[02568]?|5[2-4]|6[2-46]|72?|8[23]?))|3(?:3(?:2[79]|6|8[2578])|4(?:0[0-24-9]|[12]|3[5-8]?|4[24-7]|5[4-68]?|6[02-9]|7[126]|8[2379]?|9[1-36-8])|5(?:1|2[1245]|3[237]?|4[1-46-9]|6[2-4]|7[1-6]|8[2-5]?)|6[24]|7(?:[069]|1[1568]|2[15]|3[145]|4[13]|5[14-8]|7[2-57]|8[126])|8(?:[01]|2[15-7]|3[2578]?|4[13-6]|5[4-8]?|6[1-357-9]|7[36-8]?|8[5-8]?|9[124])))15)?",
			"9$1"
		],
		"AS": [
			"1",
			"011",
			"(?:[58]\\d\\d|684|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([267]\\d{6})$|1",
			"684$1",
			0,
			"684"
		],
		"AT": [
			"43",
			"00",
			"1\\d{3,12}|2\\d{6,12}|43(?:(?:0\\d|5[02-9])\\d{3,9}|2\\d{4,5}|[3467]\\d{4}|8\\d{4,6}|9\\d{4,7})|5\\d{4,12}|8\\d{7,12}|9\\d{8,12}|(?:[367]\\d|4[0-24-9])\\d{4,11}",
			[
				4,
				5,
				6,
				7,
				8,
				9,
				10,
				11,
				12,
				13
			],
			[
				[
					"(\\d)(\\d{3,12})",
					"$1 $2",
					["1(?:11|[2-9])"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})",
					"$1 $2",
					["517"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3,5})",
					"$1 $2",
					["5[079]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3,10})",
					"$1 $2",
					["(?:31|4)6|51|6(?:48|5[0-3579]|[6-9])|7(?:20|32|8)|[89]", "(?:31|4)6|51|6(?:485|5[0-3579]|[6-9])|7(?:20|32|8)|[89]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{3,9})",
					"$1 $2",
					["[2-467]|5[2-6]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["5"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4})(\\d{4,7})",
					"$1 $2 $3",
					["5"],
					"0$1"
				]
			],
			"0"
		],
		"AU": [
			"61",
			"001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011",
			"1(?:[0-79]\\d{7}(?:\\d(?:\\d{2})?)?|8[0-24-9]\\d{7})|[2-478]\\d{8}|1\\d{4,7}",
			[
				5,
				6,
				7,
				8,
				9,
				10,
				12
			],
			[
				[
					"(\\d{2})(\\d{3,4})",
					"$1 $2",
					["16"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2,4})",
					"$1 $2 $3",
					["16"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["14|4"],
					"0$1"
				],
				[
					"(\\d)(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["[2378]"],
					"(0$1)"
				],
				[
					"(\\d{4})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["1(?:30|[89])"]
				]
			],
			"0",
			0,
			"(183[12])|0",
			0,
			0,
			0,
			[
				["(?:(?:241|349)0\\d\\d|8(?:51(?:0(?:0[03-9]|[12479]\\d|3[2-9]|5[0-8]|6[1-9]|8[0-7])|1(?:[0235689]\\d|1[0-69]|4[0-589]|7[0-47-9])|2(?:0[0-79]|[18][13579]|2[14-9]|3[0-46-9]|[4-6]\\d|7[89]|9[0-4])|[34]\\d\\d)|91(?:(?:[0-58]\\d|6[0135-9])\\d|7(?:0[0-24-9]|[1-9]\\d)|9(?:[0-46-9]\\d|5[0-79]))))\\d{3}|(?:2(?:[0-26-9]\\d|3[0-8]|4[02-9]|5[0135-9])|3(?:[0-3589]\\d|4[0-578]|6[1-9]|7[0-35-9])|7(?:[013-57-9]\\d|2[0-8])|8(?:55|6[0-8]|[78]\\d|9[02-9]))\\d{6}", [9]],
				["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]],
				["180(?:0\\d{3}|2)\\d{3}", [7, 10]],
				["190[0-26]\\d{6}", [10]],
				0,
				0,
				0,
				["163\\d{2,6}", [
					5,
					6,
					7,
					8,
					9
				]],
				["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]],
				["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [
					6,
					8,
					10,
					12
				]]
			],
			"0011"
		],
		"AW": [
			"297",
			"00",
			"(?:[25-79]\\d\\d|800)\\d{4}",
			[7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[25-9]"]
			]]
		],
		"AX": [
			"358",
			"00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))",
			"2\\d{4,9}|35\\d{4,5}|(?:60\\d\\d|800)\\d{4,6}|7\\d{5,11}|(?:[14]\\d|3[0-46-9]|50)\\d{4,8}",
			[
				5,
				6,
				7,
				8,
				9,
				10,
				11,
				12
			],
			0,
			"0",
			0,
			0,
			0,
			0,
			"18",
			0,
			"00"
		],
		"AZ": [
			"994",
			"00",
			"365\\d{6}|(?:[124579]\\d|60|88)\\d{7}",
			[9],
			[
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["90"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					[
						"1[28]|2|365|46",
						"1[28]|2|365[45]|46",
						"1[28]|2|365(?:4|5[02])|46"
					],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[13-9]"],
					"0$1"
				]
			],
			"0"
		],
		"BA": [
			"387",
			"00",
			"6\\d{8}|(?:[35689]\\d|49|70)\\d{6}",
			[8, 9],
			[
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["6[1-3]|[7-9]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2-$3",
					["[3-5]|6[56]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{3})",
					"$1 $2 $3 $4",
					["6"],
					"0$1"
				]
			],
			"0"
		],
		"BB": [
			"1",
			"011",
			"(?:246|[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-9]\\d{6})$|1",
			"246$1",
			0,
			"246"
		],
		"BD": [
			"880",
			"00",
			"[1-469]\\d{9}|8[0-79]\\d{7,8}|[2-79]\\d{8}|[2-9]\\d{7}|[3-9]\\d{6}|[57-9]\\d{5}",
			[
				6,
				7,
				8,
				9,
				10
			],
			[
				[
					"(\\d{2})(\\d{4,6})",
					"$1-$2",
					["31[5-8]|[459]1"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3,7})",
					"$1-$2",
					["3(?:[67]|8[013-9])|4(?:6[168]|7|[89][18])|5(?:6[128]|9)|6(?:[15]|28)|7[2-589]|8(?:0[014-9]|[12])|9[358]|(?:3[2-5]|4[235]|5[2-578]|6[0389]|76|8[3-7]|9[24])1|(?:44|66)[01346-9]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{3,6})",
					"$1-$2",
					["[13-9]|2[23]"],
					"0$1"
				],
				[
					"(\\d)(\\d{7,8})",
					"$1-$2",
					["2"],
					"0$1"
				]
			],
			"0"
		],
		"BE": [
			"32",
			"00",
			"4\\d{8}|[1-9]\\d{7}",
			[8, 9],
			[
				[
					"(\\d{3})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["(?:80|9)0"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[239]|4[23]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[15-8]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["4"],
					"0$1"
				]
			],
			"0"
		],
		"BF": [
			"226",
			"00",
			"[024-7]\\d{7}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[024-7]"]
			]]
		],
		"BG": [
			"359",
			"00",
			"00800\\d{7}|[2-7]\\d{6,7}|[89]\\d{6,8}|2\\d{5}",
			[
				6,
				7,
				8,
				9,
				12
			],
			[
				[
					"(\\d)(\\d)(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["2"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					["43[1-6]|70[1-9]"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["2"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2,3})",
					"$1 $2 $3",
					["[356]|4[124-7]|7[1-9]|8[1-6]|9[1-7]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["(?:70|8)0"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{2})",
					"$1 $2 $3",
					["43[1-7]|7"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[48]|9[08]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["9"],
					"0$1"
				]
			],
			"0"
		],
		"BH": [
			"973",
			"00",
			"[136-9]\\d{7}",
			[8],
			[[
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[13679]|8[02-4679]"]
			]]
		],
		"BI": [
			"257",
			"00",
			"(?:[267]\\d|31)\\d{6}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[2367]"]
			]]
		],
		"BJ": [
			"229",
			"00",
			"01\\d{8}",
			[10],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4 $5",
				["0"]
			]]
		],
		"BL": [
			"590",
			"00",
			"7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
			[9],
			0,
			"0",
			0,
			0,
			0,
			0,
			0,
			[
				["(?:59(?:0(?:2[7-9]|3[3-7]|5[12]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"],
				["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"],
				["80[0-5]\\d{6}"],
				["8[129]\\d{7}"],
				0,
				0,
				0,
				0,
				["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]
			]
		],
		"BM": [
			"1",
			"011",
			"(?:441|[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-9]\\d{6})$|1",
			"441$1",
			0,
			"441"
		],
		"BN": [
			"673",
			"00",
			"[2-578]\\d{6}",
			[7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[2-578]"]
			]]
		],
		"BO": [
			"591",
			"00(?:1\\d)?",
			"(?:[2-7]\\d\\d|8001)\\d{5}",
			[8, 9],
			[
				[
					"(\\d)(\\d{7})",
					"$1 $2",
					["[23]|4[46]|50"]
				],
				[
					"(\\d{8})",
					"$1",
					["[5-7]"]
				],
				[
					"(\\d{3})(\\d{2})(\\d{4})",
					"$1 $2 $3",
					["8"]
				]
			],
			"0",
			0,
			"0(1\\d)?"
		],
		"BQ": [
			"599",
			"00",
			"(?:[34]1|7\\d)\\d{5}",
			[7],
			0,
			0,
			0,
			0,
			0,
			0,
			"[347]"
		],
		"BR": [
			"55",
			"00(?:1[245]|2[1-35]|31|4[13]|[56]5|99)",
			"[1-467]\\d{9,10}|55[0-46-9]\\d{8}|[34]\\d{7}|55\\d{7,8}|(?:5[0-46-9]|[89]\\d)\\d{7,9}",
			[
				8,
				9,
				10,
				11
			],
			[
				[
					"(\\d{4})(\\d{4})",
					"$1-$2",
					["300|4(?:0[02]|37|86)", "300|4(?:0(?:0|20)|370|864)"]
				],
				[
					"(\\d{3})(\\d{2,3})(\\d{4})",
					"$1 $2 $3",
					["(?:[358]|90)0"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2-$3",
					["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])[2-57]"],
					"($1)"
				],
				[
					"(\\d{2})(\\d{5})(\\d{4})",
					"$1 $2-$3",
					["[16][1-9]|[2-57-9]"],
					"($1)"
				]
			],
			"0",
			0,
			"(?:0|90)(?:(1[245]|2[1-35]|31|4[13]|[56]5|99)(\\d{10,11}))?",
			"$2"
		],
		"BS": [
			"1",
			"011",
			"(?:242|[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([3-8]\\d{6})$|1",
			"242$1",
			0,
			"242"
		],
		"BT": [
			"975",
			"00",
			"[178]\\d{7}|[2-8]\\d{6}",
			[7, 8],
			[[
				"(\\d)(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[2-6]|7[246]|8[2-4]"]
			], [
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["1[67]|[78]"]
			]]
		],
		"BW": [
			"267",
			"00",
			"90\\d{5}|(?:0800|[2-6]|(?:7|800)\\d)\\d{6}",
			[
				7,
				8,
				10
			],
			[
				[
					"(\\d{2})(\\d{5})",
					"$1 $2",
					["90"]
				],
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					["[2-6]"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["7"]
				],
				[
					"(\\d{4})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["0"]
				],
				[
					"(\\d{3})(\\d{4})(\\d{3})",
					"$1 $2 $3",
					["8"]
				]
			]
		],
		"BY": [
			"375",
			"810",
			"(?:[12]\\d|33|44|902)\\d{7}|8(?:0[0-79]\\d{5,7}|[1-7]\\d{9})|8(?:1[0-489]|[5-79]\\d)\\d{7}|8[1-79]\\d{6,7}|8[0-79]\\d{5}|8\\d{5}",
			[
				6,
				7,
				8,
				9,
				10,
				11
			],
			[
				[
					"(\\d{3})(\\d{3})",
					"$1 $2",
					["800"],
					"8 $1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2,4})",
					"$1 $2 $3",
					["800"],
					"8 $1"
				],
				[
					"(\\d{4})(\\d{2})(\\d{3})",
					"$1 $2-$3",
					["1(?:5[169]|6[3-5]|7[179])|2(?:1[35]|2[34]|3[3-5])", "1(?:5[169]|6(?:3[1-3]|4|5[125])|7(?:1[3-9]|7[0-24-6]|9[2-7]))|2(?:1[35]|2[34]|3[3-5])"],
					"8 0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2-$3-$4",
					["1(?:[56]|7[467])|2[1-3]"],
					"8 0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2-$3-$4",
					["[1-4]"],
					"8 0$1"
				],
				[
					"(\\d{3})(\\d{3,4})(\\d{4})",
					"$1 $2 $3",
					["[89]"],
					"8 $1"
				]
			],
			"8",
			0,
			"0|80?",
			0,
			0,
			0,
			0,
			"8~10"
		],
		"BZ": [
			"501",
			"00",
			"(?:0800\\d|[2-8])\\d{6}",
			[7, 11],
			[[
				"(\\d{3})(\\d{4})",
				"$1-$2",
				["[2-8]"]
			], [
				"(\\d)(\\d{3})(\\d{4})(\\d{3})",
				"$1-$2-$3-$4",
				["0"]
			]]
		],
		"CA": [
			"1",
			"011",
			"[2-9]\\d{9}|3\\d{6}",
			[7, 10],
			0,
			"1",
			0,
			0,
			0,
			0,
			0,
			[
				["(?:2(?:04|[23]6|[48]9|5[07]|[67]3)|3(?:06|43|54|6[578]|82)|4(?:03|1[68]|[26]8|3[178]|50|74)|5(?:06|1[49]|48|79|8[147])|6(?:04|[18]3|39|47|72)|7(?:0[59]|42|53|78|8[02])|8(?:[06]7|19|25|7[39])|9(?:0[25]|42))[2-9]\\d{6}", [10]],
				["", [10]],
				["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}", [10]],
				["900[2-9]\\d{6}", [10]],
				["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|(?:5(?:2[125-9]|3[23]|44|66|77|88)|6(?:22|33))[2-9]\\d{6}", [10]],
				0,
				["310\\d{4}", [7]],
				0,
				["600[2-9]\\d{6}", [10]]
			]
		],
		"CC": [
			"61",
			"001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011",
			"1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",
			[
				6,
				7,
				8,
				9,
				10,
				12
			],
			0,
			"0",
			0,
			"([59]\\d{7})$|0",
			"8$1",
			0,
			0,
			[
				["8(?:51(?:0(?:02|31|60|89)|1(?:18|76)|223)|91(?:0(?:1[0-2]|29)|1(?:[28]2|50|79)|2(?:10|64)|3(?:[06]8|22)|4[29]8|62\\d|70[23]|959))\\d{3}", [9]],
				["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]],
				["180(?:0\\d{3}|2)\\d{3}", [7, 10]],
				["190[0-26]\\d{6}", [10]],
				0,
				0,
				0,
				0,
				["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]],
				["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [
					6,
					8,
					10,
					12
				]]
			],
			"0011"
		],
		"CD": [
			"243",
			"00",
			"(?:(?:[189]|5\\d)\\d|2)\\d{7}|[1-68]\\d{6}",
			[
				7,
				8,
				9,
				10
			],
			[
				[
					"(\\d{2})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["88"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{5})",
					"$1 $2",
					["[1-6]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{4})",
					"$1 $2 $3",
					["2"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["1"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[89]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["5"],
					"0$1"
				]
			],
			"0"
		],
		"CF": [
			"236",
			"00",
			"8776\\d{4}|(?:[27]\\d|61)\\d{6}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[26-8]"]
			]]
		],
		"CG": [
			"242",
			"00",
			"222\\d{6}|(?:0\\d|80)\\d{7}",
			[9],
			[[
				"(\\d)(\\d{4})(\\d{4})",
				"$1 $2 $3",
				["8"]
			], [
				"(\\d{2})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["[02]"]
			]]
		],
		"CH": [
			"41",
			"00",
			"8\\d{11}|[2-9]\\d{8}",
			[9, 12],
			[
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["8[047]|90"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[2-79]|81"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4 $5",
					["8"],
					"0$1"
				]
			],
			"0"
		],
		"CI": [
			"225",
			"00",
			"[02]\\d{9}",
			[10],
			[[
				"(\\d{2})(\\d{2})(\\d)(\\d{5})",
				"$1 $2 $3 $4",
				["2"]
			], [
				"(\\d{2})(\\d{2})(\\d{2})(\\d{4})",
				"$1 $2 $3 $4",
				["0"]
			]]
		],
		"CK": [
			"682",
			"00",
			"[2-578]\\d{4}",
			[5],
			[[
				"(\\d{2})(\\d{3})",
				"$1 $2",
				["[2-578]"]
			]]
		],
		"CL": [
			"56",
			"(?:0|1(?:1[0-69]|2[02-5]|5[13-58]|69|7[0167]|8[018]))0",
			"12300\\d{6}|6\\d{9,10}|[2-9]\\d{8}",
			[
				9,
				10,
				11
			],
			[
				[
					"(\\d{5})(\\d{4})",
					"$1 $2",
					["219", "2196"],
					"($1)"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["60|809"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["44"]
				],
				[
					"(\\d)(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["2[1-36]"],
					"($1)"
				],
				[
					"(\\d)(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["9(?:10|[2-9])"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["3[2-5]|[47]|5[1-3578]|6[13-57]|8(?:0[1-8]|[1-9])"],
					"($1)"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["60|8"]
				],
				[
					"(\\d{4})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["1"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{2})(\\d{3})",
					"$1 $2 $3 $4",
					["60"]
				]
			]
		],
		"CM": [
			"237",
			"00",
			"[26]\\d{8}|88\\d{6,7}",
			[8, 9],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["88"]
			], [
				"(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4 $5",
				["[26]|88"]
			]]
		],
		"CN": [
			"86",
			"00|1(?:[12]\\d|79)\\d\\d00",
			"(?:(?:1[03-689]|2\\d)\\d\\d|6)\\d{8}|1\\d{10}|[126]\\d{6}(?:\\d(?:\\d{2})?)?|86\\d{5,6}|(?:[3-579]\\d|8[0-57-9])\\d{5,9}",
			[
				7,
				8,
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{2})(\\d{5})",
					"$1 $2",
					[
						"101",
						"1010",
						"10100"
					],
					"0$1"
				],
				[
					"(\\d{2})(\\d{5,6})",
					"$1 $2",
					[
						"(?:10|2[0-57-9])[19]|3(?:[15]|35|49|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3|4[13]|5[1-5]|9[0-35-9])|[39]7[0-79]",
						"10(?:12|9[56])|2[0-57-9](?:1[02]|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))1",
						"10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))12",
						"10(?:123|9[56])|2[0-57-9](?:1(?:00|23)|9[56])|(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))123"
					],
					"0$1"
				],
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["101", "1010"]
				],
				[
					"(\\d{3})(\\d{5,6})",
					"$1 $2",
					[
						"3(?:[15]|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7|8[23])|5(?:[1357]|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]|4[13]|5[1-5])",
						"(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))[19]",
						"(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:10|9[56])",
						"(?:3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))(?:100|9[56])"
					],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[48]0"]
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					[
						"10|2(?:[02-57-9]|1[1-9])",
						"10|2(?:[02-57-9]|1[1-9])",
						"10[0-79]|2(?:[02-57-9]|1[1-79])|(?:10|21)8(?:0[1-9]|[1-9])"
					],
					"0$1",
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["3(?:[3-59]|7[02-6])|4(?:1[25-9]|[26-8]|3[3-9]|5[2-9])|5(?:3[03-9]|[468]|7[028]|9[2-46-9])|6|7(?:[0-247]|3[04-9]|5[0-4689]|6[2368])|8(?:[1-358]|9[1-7])|9(?:[013479]|5[1-5])|(?:31|55|79|87)[02-9]"],
					"0$1",
					1
				],
				[
					"(\\d{3})(\\d{7,8})",
					"$1 $2",
					["9"]
				],
				[
					"(\\d{3})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["[3-578]"],
					"0$1",
					1
				],
				[
					"(\\d{3})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["1[3-9]"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3 $4",
					["[12]"],
					"0$1",
					1
				]
			],
			"0",
			0,
			"(1(?:[12]\\d|79)\\d\\d)|0",
			0,
			0,
			0,
			0,
			"00"
		],
		"CO": [
			"57",
			"00(?:4(?:[14]4|56)|[579])",
			"(?:46|60\\d\\d)\\d{6}|(?:1\\d|[39])\\d{9}",
			[
				8,
				10,
				11
			],
			[
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["46"]
				],
				[
					"(\\d{3})(\\d{7})",
					"$1 $2",
					["6|90"],
					"($1)"
				],
				[
					"(\\d{3})(\\d{7})",
					"$1 $2",
					["3[0-357]|94"]
				],
				[
					"(\\d)(\\d{3})(\\d{7})",
					"$1-$2-$3",
					["1"],
					"0$1",
					0,
					"$1 $2 $3"
				]
			],
			"0",
			0,
			"0([3579]|4(?:[14]4|56))?"
		],
		"CR": [
			"506",
			"00",
			"(?:8\\d|90)\\d{8}|(?:[24-8]\\d{3}|3005)\\d{4}",
			[8, 10],
			[[
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[2-7]|8[3-9]"]
			], [
				"(\\d{3})(\\d{3})(\\d{4})",
				"$1-$2-$3",
				["[89]"]
			]],
			0,
			0,
			"(19(?:0[0-2468]|1[09]|20|66|77|99))"
		],
		"CU": [
			"53",
			"119",
			"(?:[2-7]|8\\d\\d)\\d{7}|[2-47]\\d{6}|[34]\\d{5}",
			[
				6,
				7,
				8,
				10
			],
			[
				[
					"(\\d{2})(\\d{4,6})",
					"$1 $2",
					["2[1-4]|[34]"],
					"(0$1)"
				],
				[
					"(\\d)(\\d{6,7})",
					"$1 $2",
					["7"],
					"(0$1)"
				],
				[
					"(\\d)(\\d{7})",
					"$1 $2",
					["[56]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{7})",
					"$1 $2",
					["8"],
					"0$1"
				]
			],
			"0"
		],
		"CV": [
			"238",
			"0",
			"(?:[2-59]\\d\\d|800)\\d{4}",
			[7],
			[[
				"(\\d{3})(\\d{2})(\\d{2})",
				"$1 $2 $3",
				["[2-589]"]
			]]
		],
		"CW": [
			"599",
			"00",
			"(?:[34]1|60|(?:7|9\\d)\\d)\\d{5}",
			[7, 8],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[3467]"]
			], [
				"(\\d)(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["9[4-8]"]
			]],
			0,
			0,
			0,
			0,
			0,
			"[69]"
		],
		"CX": [
			"61",
			"001[14-689]|14(?:1[14]|34|4[17]|[56]6|7[47]|88)0011",
			"1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",
			[
				6,
				7,
				8,
				9,
				10,
				12
			],
			0,
			"0",
			0,
			"([59]\\d{7})$|0",
			"8$1",
			0,
			0,
			[
				["8(?:51(?:0(?:01|30|59|88)|1(?:17|46|75)|2(?:22|35))|91(?:00[6-9]|1(?:[28]1|49|78)|2(?:09|63)|3(?:12|26|75)|4(?:56|97)|64\\d|7(?:0[01]|1[0-2])|958))\\d{3}", [9]],
				["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}", [9]],
				["180(?:0\\d{3}|2)\\d{3}", [7, 10]],
				["190[0-26]\\d{6}", [10]],
				0,
				0,
				0,
				0,
				["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}", [9]],
				["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}", [
					6,
					8,
					10,
					12
				]]
			],
			"0011"
		],
		"CY": [
			"357",
			"00",
			"(?:[279]\\d|[58]0)\\d{6}",
			[8],
			[[
				"(\\d{2})(\\d{6})",
				"$1 $2",
				["[257-9]"]
			]]
		],
		"CZ": [
			"420",
			"00",
			"(?:[2-578]\\d|60)\\d{7}|9\\d{8,11}",
			[
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[2-8]|9[015-7]"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})(\\d{2})",
					"$1 $2 $3 $4",
					["96"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["9"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["9"]
				]
			]
		],
		"DE": [
			"49",
			"00",
			"[2579]\\d{5,14}|49(?:[34]0|69|8\\d)\\d\\d?|49(?:37|49|60|7[089]|9\\d)\\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\\d{1,8}|(?:1|[368]\\d|4[0-8])\\d{3,13}|49(?:[015]\\d|2[13]|31|[46][1-8])\\d{1,9}",
			[
				4,
				5,
				6,
				7,
				8,
				9,
				10,
				11,
				12,
				13,
				14,
				15
			],
			[
				[
					"(\\d{2})(\\d{3,13})",
					"$1 $2",
					["3[02]|40|[68]9"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3,12})",
					"$1 $2",
					["2(?:0[1-389]|1[124]|2[18]|3[14])|3(?:[35-9][15]|4[015])|906|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1", "2(?:0[1-389]|12[0-8])|3(?:[35-9][15]|4[015])|906|2(?:[13][14]|2[18])|(?:2[4-9]|4[2-9]|[579][1-9]|[68][1-8])1"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{2,11})",
					"$1 $2",
					["[24-6]|3(?:[3569][02-46-9]|4[2-4679]|7[2-467]|8[2-46-8])|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]", "[24-6]|3(?:3(?:0[1-467]|2[127-9]|3[124578]|7[1257-9]|8[1256]|9[145])|4(?:2[135]|4[13578]|9[1346])|5(?:0[14]|2[1-3589]|6[1-4]|7[13468]|8[13568])|6(?:2[1-489]|3[124-6]|6[13]|7[12579]|8[1-356]|9[135])|7(?:2[1-7]|4[145]|6[1-5]|7[1-4])|8(?:21|3[1468]|6|7[1467]|8[136])|9(?:0[12479]|2[1358]|4[134679]|6[1-9]|7[136]|8[147]|9[1468]))|70[2-8]|8(?:0[2-9]|[1-8])|90[7-9]|[79][1-9]|3[68]4[1347]|3(?:47|60)[1356]|3(?:3[46]|46|5[49])[1246]|3[4579]3[1357]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					["138"],
					"0$1"
				],
				[
					"(\\d{5})(\\d{2,10})",
					"$1 $2",
					["3"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{5,11})",
					"$1 $2",
					["181"],
					"0$1"
				],
				[
					"(\\d{3})(\\d)(\\d{4,10})",
					"$1 $2 $3",
					["1(?:3|80)|9"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{7,8})",
					"$1 $2",
					["1[67]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{7,12})",
					"$1 $2",
					["8"],
					"0$1"
				],
				[
					"(\\d{5})(\\d{6})",
					"$1 $2",
					[
						"185",
						"1850",
						"18500"
					],
					"0$1"
				],
				[
					"(\\d{3})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["7"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{7})",
					"$1 $2",
					["18[68]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{7})",
					"$1 $2",
					["15[1279]"],
					"0$1"
				],
				[
					"(\\d{5})(\\d{6})",
					"$1 $2",
					["15[03-68]", "15(?:[0568]|3[13]|41)"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{8})",
					"$1 $2",
					["18"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{7,8})",
					"$1 $2 $3",
					["1(?:6[023]|7)"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{2})(\\d{7})",
					"$1 $2 $3",
					["15[279]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{8})",
					"$1 $2 $3",
					["15"],
					"0$1"
				]
			],
			"0"
		],
		"DJ": [
			"253",
			"00",
			"(?:2\\d|77)\\d{6}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[27]"]
			]]
		],
		"DK": [
			"45",
			"00",
			"[2-9]\\d{7}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[2-9]"]
			]]
		],
		"DM": [
			"1",
			"011",
			"(?:[58]\\d\\d|767|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-7]\\d{6})$|1",
			"767$1",
			0,
			"767"
		],
		"DO": [
			"1",
			"011",
			"(?:[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			0,
			0,
			0,
			"8001|8[024]9"
		],
		"DZ": [
			"213",
			"00",
			"(?:[1-4]|[5-79]\\d|80)\\d{7}",
			[8, 9],
			[
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[1-4]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["9"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[5-8]"],
					"0$1"
				]
			],
			"0"
		],
		"EC": [
			"593",
			"00",
			"1\\d{9,10}|(?:[2-7]|9\\d)\\d{7}",
			[
				8,
				9,
				10,
				11
			],
			[
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2-$3",
					["[2-7]"],
					"(0$1)",
					0,
					"$1-$2-$3"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["9"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["1"]
				]
			],
			"0"
		],
		"EE": [
			"372",
			"00",
			"8\\d{9}|[4578]\\d{7}|(?:[3-8]\\d|90)\\d{5}",
			[
				7,
				8,
				10
			],
			[
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					["[369]|4[3-8]|5(?:[0-2]|5[0-478]|6[45])|7[1-9]|88", "[369]|4[3-8]|5(?:[02]|1(?:[0-8]|95)|5[0-478]|6(?:4[0-4]|5[1-589]))|7[1-9]|88"]
				],
				[
					"(\\d{4})(\\d{3,4})",
					"$1 $2",
					["[45]|8(?:00|[1-49])", "[45]|8(?:00[1-9]|[1-49])"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{4})",
					"$1 $2 $3",
					["7"]
				],
				[
					"(\\d{4})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["8"]
				]
			]
		],
		"EG": [
			"20",
			"00",
			"[189]\\d{8,9}|[24-6]\\d{8}|[135]\\d{7}",
			[
				8,
				9,
				10
			],
			[
				[
					"(\\d)(\\d{7,8})",
					"$1 $2",
					["[23]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{6,7})",
					"$1 $2",
					["1[35]|[4-6]|8[2468]|9[235-7]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[89]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{8})",
					"$1 $2",
					["1"],
					"0$1"
				]
			],
			"0"
		],
		"EH": [
			"212",
			"00",
			"[5-8]\\d{8}",
			[9],
			0,
			"0",
			0,
			0,
			0,
			0,
			0,
			[
				["528[89]\\d{5}"],
				["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}"],
				["80[0-7]\\d{6}"],
				["89\\d{7}"],
				0,
				0,
				0,
				0,
				["(?:592(?:4[0-2]|93)|80[89]\\d\\d)\\d{4}"]
			]
		],
		"ER": [
			"291",
			"00",
			"[178]\\d{6}",
			[7],
			[[
				"(\\d)(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[178]"],
				"0$1"
			]],
			"0"
		],
		"ES": [
			"34",
			"00",
			"400\\d{6}|(?:51|[6-9]\\d)\\d{7}",
			[9],
			[[
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[89]00"]
			], [
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[4-9]"]
			]]
		],
		"ET": [
			"251",
			"00",
			"(?:11|[2-57-9]\\d)\\d{7}",
			[9],
			[[
				"(\\d{2})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["[1-57-9]"],
				"0$1"
			]],
			"0"
		],
		"FI": [
			"358",
			"00|99(?:[01469]|5(?:[14]1|3[23]|5[59]|77|88|9[09]))",
			"[1-35689]\\d{4}|7\\d{10,11}|(?:[124-7]\\d|3[0-46-9])\\d{8}|[1-9]\\d{5,8}",
			[
				5,
				6,
				7,
				8,
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{5})",
					"$1",
					["20[2-59]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3,7})",
					"$1 $2",
					["(?:[1-3]0|[68])0|70[07-9]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4,8})",
					"$1 $2",
					["[14]|2[09]|50|7[135]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{6,10})",
					"$1 $2",
					["7"],
					"0$1"
				],
				[
					"(\\d)(\\d{4,9})",
					"$1 $2",
					["(?:19|[2568])[1-8]|3(?:0[1-9]|[1-9])|9"],
					"0$1"
				]
			],
			"0",
			0,
			0,
			0,
			0,
			"1[03-79]|[2-9]",
			0,
			"00"
		],
		"FJ": [
			"679",
			"0(?:0|52)",
			"45\\d{5}|(?:0800\\d|[235-9])\\d{6}",
			[7, 11],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[235-9]|45"]
			], [
				"(\\d{4})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["0"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"FK": [
			"500",
			"00",
			"[2-7]\\d{4}",
			[5]
		],
		"FM": [
			"691",
			"00",
			"(?:[39]\\d\\d|820)\\d{4}",
			[7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[389]"]
			]]
		],
		"FO": [
			"298",
			"00",
			"[2-9]\\d{5}",
			[6],
			[[
				"(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3",
				["[2-9]"]
			]],
			0,
			0,
			"(10(?:01|[12]0|88))"
		],
		"FR": [
			"33",
			"00",
			"[1-9]\\d{8}",
			[9],
			[[
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["8"],
				"0 $1"
			], [
				"(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4 $5",
				["[1-79]"],
				"0$1"
			]],
			"0"
		],
		"GA": [
			"241",
			"00",
			"(?:[067]\\d|11)\\d{6}|[2-7]\\d{6}",
			[7, 8],
			[
				[
					"(\\d)(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[2-7]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["0"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["11|[67]"],
					"0$1"
				]
			],
			0,
			0,
			"0(11\\d{6}|60\\d{6}|61\\d{6}|6[256]\\d{6}|7[467]\\d{6})",
			"$1"
		],
		"GB": [
			"44",
			"00",
			"[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6}",
			[
				7,
				9,
				10
			],
			[
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					[
						"800",
						"8001",
						"80011",
						"800111",
						"8001111"
					],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3",
					[
						"845",
						"8454",
						"84546",
						"845464"
					],
					"0$1"
				],
				[
					"(\\d{3})(\\d{6})",
					"$1 $2",
					["800"],
					"0$1"
				],
				[
					"(\\d{5})(\\d{4,5})",
					"$1 $2",
					[
						"1(?:38|5[23]|69|76|94)",
						"1(?:(?:38|69)7|5(?:24|39)|768|946)",
						"1(?:3873|5(?:242|39[4-6])|(?:697|768)[347]|9467)"
					],
					"0$1"
				],
				[
					"(\\d{4})(\\d{5,6})",
					"$1 $2",
					["1(?:[2-69][02-9]|[78])"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["[25]|7(?:0|6[02-9])", "[25]|7(?:0|6(?:[03-9]|2[356]))"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{6})",
					"$1 $2",
					["7"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[1389]"],
					"0$1"
				]
			],
			"0",
			0,
			"0|180020",
			0,
			0,
			0,
			[
				["(?:1(?:1(?:3(?:[0-58]\\d\\d|73[0-5])|4(?:(?:[0-5]\\d|70)\\d|69[7-9])|(?:(?:5[0-26-9]|[78][0-49])\\d|6(?:[0-4]\\d|5[01]))\\d)|(?:2(?:(?:0[024-9]|2[3-9]|3[3-79]|4[1-689]|[58][02-9]|6[0-47-9]|7[013-9]|9\\d)\\d|1(?:[0-7]\\d|8[0-3]))|(?:3(?:0\\d|1[0-8]|[25][02-9]|3[02-579]|[468][0-46-9]|7[1-35-79]|9[2-578])|4(?:0[03-9]|[137]\\d|[28][02-57-9]|4[02-69]|5[0-8]|[69][0-79])|5(?:0[1-35-9]|[16]\\d|2[024-9]|3[015689]|4[02-9]|5[03-9]|7[0-35-9]|8[0-468]|9[0-57-9])|6(?:0[034689]|1\\d|2[0-35689]|[38][013-9]|4[1-467]|5[0-69]|6[13-9]|7[0-8]|9[0-24578])|7(?:0[0246-9]|2\\d|3[0236-8]|4[03-9]|5[0-46-9]|6[013-9]|7[0-35-9]|8[024-9]|9[02-9])|8(?:0[35-9]|2[1-57-9]|3[02-578]|4[0-578]|5[124-9]|6[2-69]|7\\d|8[02-9]|9[02569])|9(?:0[02-589]|[18]\\d|2[02-689]|3[1-57-9]|4[2-9]|5[0-579]|6[2-47-9]|7[0-24578]|9[2-57]))\\d)\\d)|2(?:0[013478]|3[0189]|4[017]|8[0-46-9]|9[0-2])\\d{3})\\d{4}|1(?:2(?:0(?:46[1-4]|87[2-9])|545[1-79]|76(?:2\\d|3[1-8]|6[1-6])|9(?:7(?:2[0-4]|3[2-5])|8(?:2[2-8]|7[0-47-9]|8[3-5])))|3(?:6(?:38[2-5]|47[23])|8(?:47[04-9]|64[0157-9]))|4(?:044[1-7]|20(?:2[23]|8\\d)|6(?:0(?:30|5[2-57]|6[1-8]|7[2-8])|140)|8(?:052|87[1-3]))|5(?:2(?:4(?:3[2-79]|6\\d)|76\\d)|6(?:26[06-9]|686))|6(?:06(?:4\\d|7[4-79])|295[5-7]|35[34]\\d|47(?:24|61)|59(?:5[08]|6[67]|74)|9(?:55[0-4]|77[23]))|7(?:26(?:6[13-9]|7[0-7])|(?:442|688)\\d|50(?:2[0-3]|[3-68]2|76))|8(?:27[56]\\d|37(?:5[2-5]|8[239])|843[2-58])|9(?:0(?:0(?:6[1-8]|85)|52\\d)|3583|4(?:66[1-8]|9(?:2[01]|81))|63(?:23|3[1-4])|9561))\\d{3}", [9, 10]],
				["7(?:457[0-57-9]|700[01]|911[028])\\d{5}|7(?:[1-3]\\d\\d|4(?:[0-46-9]\\d|5[0-689])|5(?:0[0-8]|[13-9]\\d|2[0-35-9])|7(?:0[1-9]|[1-7]\\d|8[02-9]|9[0-689])|8(?:[014-9]\\d|[23][0-8])|9(?:[024-9]\\d|1[02-9]|3[0-689]))\\d{6}", [10]],
				["80[08]\\d{7}|800\\d{6}|8001111"],
				["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[2-49]))\\d{7}|845464\\d", [7, 10]],
				["70\\d{8}", [10]],
				0,
				["(?:3[0347]|55)\\d{8}", [10]],
				["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}", [10]],
				["56\\d{8}", [10]]
			],
			0,
			" x"
		],
		"GD": [
			"1",
			"011",
			"(?:473|[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-9]\\d{6})$|1",
			"473$1",
			0,
			"473"
		],
		"GE": [
			"995",
			"00",
			"(?:[3-57]\\d\\d|800)\\d{6}",
			[9],
			[
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["70"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["32"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[57]"]
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[348]"],
					"0$1"
				]
			],
			"0"
		],
		"GF": [
			"594",
			"00",
			"(?:694\\d|7093)\\d{5}|(?:59|[89]\\d)\\d{7}",
			[9],
			[[
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[5-7]|80[6-9]|9[47]"],
				"0$1"
			], [
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[89]"],
				"0$1"
			]],
			"0"
		],
		"GG": [
			"44",
			"00",
			"(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?",
			[
				7,
				9,
				10
			],
			0,
			"0",
			0,
			"([25-9]\\d{5})$|0|180020",
			"1481$1",
			0,
			0,
			[
				["1481[25-9]\\d{5}", [10]],
				["7(?:(?:781|839)\\d|911[17])\\d{5}", [10]],
				["80[08]\\d{7}|800\\d{6}|8001111"],
				["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[0-3]))\\d{7}|845464\\d", [7, 10]],
				["70\\d{8}", [10]],
				0,
				["(?:3[0347]|55)\\d{8}", [10]],
				["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}", [10]],
				["56\\d{8}", [10]]
			]
		],
		"GH": [
			"233",
			"00",
			"[235]\\d{8}|800\\d{5,6}",
			[8, 9],
			[[
				"(\\d{3})(\\d{5})",
				"$1 $2",
				["8"],
				"0$1"
			], [
				"(\\d{2})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["[2358]"],
				"0$1"
			]],
			"0"
		],
		"GI": [
			"350",
			"00",
			"(?:[25]\\d|60)\\d{6}",
			[8],
			[[
				"(\\d{3})(\\d{5})",
				"$1 $2",
				["2"]
			]]
		],
		"GL": [
			"299",
			"00",
			"(?:19|[2-689]\\d|70)\\d{4}",
			[6],
			[[
				"(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3",
				["19|[2-9]"]
			]]
		],
		"GM": [
			"220",
			"00",
			"[48]\\d{8}|[2-9]\\d{6}",
			[7, 9],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[235-9]|4(?:[0-35]|4[16-9])"]
			], [
				"(\\d{2})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["[48]"]
			]]
		],
		"GN": [
			"224",
			"00",
			"722\\d{6}|(?:3|6\\d)\\d{7}",
			[8, 9],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["3"]
			], [
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[67]"]
			]]
		],
		"GP": [
			"590",
			"00",
			"7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
			[9],
			[[
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[5-79]|80[6-9]"],
				"0$1"
			], [
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["8"],
				"0$1"
			]],
			"0",
			0,
			0,
			0,
			0,
			0,
			[
				["(?:59(?:0(?:0[1-68]|[14][0-24-9]|2[0-68]|3[1-9]|5[3-579]|[68][0-689]|7[08]|9\\d)|87\\d)|80[6-9]\\d\\d)\\d{4}"],
				["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"],
				["80[0-5]\\d{6}"],
				["8[129]\\d{7}"],
				0,
				0,
				0,
				0,
				["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]
			]
		],
		"GQ": [
			"240",
			"00",
			"222\\d{6}|(?:3\\d|55|[89]0)\\d{7}",
			[9],
			[[
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[235]"]
			], [
				"(\\d{3})(\\d{6})",
				"$1 $2",
				["[89]"]
			]]
		],
		"GR": [
			"30",
			"00",
			"5005000\\d{3}|8\\d{9,11}|(?:[269]\\d|70)\\d{8}",
			[
				10,
				11,
				12
			],
			[
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["21|7"]
				],
				[
					"(\\d{4})(\\d{6})",
					"$1 $2",
					["2(?:2|3[2-57-9]|4[2-469]|5[2-59]|6[2-9]|7[2-69]|8[2-49])|5"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[2689]"]
				],
				[
					"(\\d{3})(\\d{3,4})(\\d{5})",
					"$1 $2 $3",
					["8"]
				]
			]
		],
		"GT": [
			"502",
			"00",
			"80\\d{6}|(?:1\\d{3}|[2-7])\\d{7}",
			[8, 11],
			[[
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[2-8]"]
			], [
				"(\\d{4})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["1"]
			]]
		],
		"GU": [
			"1",
			"011",
			"(?:[58]\\d\\d|671|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-9]\\d{6})$|1",
			"671$1",
			0,
			"671"
		],
		"GW": [
			"245",
			"00",
			"[49]\\d{8}|4\\d{6}",
			[7, 9],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["40"]
			], [
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[49]"]
			]]
		],
		"GY": [
			"592",
			"001",
			"(?:[2-8]\\d{3}|9008)\\d{3}",
			[7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[2-9]"]
			]]
		],
		"HK": [
			"852",
			"00(?:30|5[09]|[126-9]?)",
			"8[0-46-9]\\d{6,7}|9\\d{4,7}|(?:[2-7]|9\\d{3})\\d{7}",
			[
				5,
				6,
				7,
				8,
				9,
				11
			],
			[
				[
					"(\\d{3})(\\d{2,5})",
					"$1 $2",
					["900", "9003"]
				],
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["[2-7]|8[1-4]|9(?:0[1-9]|[1-8])"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["8"]
				],
				[
					"(\\d{3})(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["9"]
				]
			],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"HN": [
			"504",
			"00",
			"8\\d{10}|[237-9]\\d{7}",
			[8, 11],
			[[
				"(\\d{4})(\\d{4})",
				"$1-$2",
				["[237-9]"]
			]]
		],
		"HR": [
			"385",
			"00",
			"[2-69]\\d{8}|80\\d{5,7}|[1-79]\\d{7}|6\\d{6}",
			[
				7,
				8,
				9
			],
			[
				[
					"(\\d{2})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["6[01]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2,3})",
					"$1 $2 $3",
					["8"],
					"0$1"
				],
				[
					"(\\d)(\\d{4})(\\d{3})",
					"$1 $2 $3",
					["1"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["6|7[245]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["9"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[2-57]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["8"],
					"0$1"
				]
			],
			"0"
		],
		"HT": [
			"509",
			"00",
			"[2-589]\\d{7}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{4})",
				"$1 $2 $3",
				["[2-589]"]
			]]
		],
		"HU": [
			"36",
			"00",
			"[235-7]\\d{8}|[1-9]\\d{7}",
			[8, 9],
			[
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["1"],
					"(06 $1)"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[27][2-9]|3[2-7]|4[24-9]|5[2-79]|6|8[2-57-9]|9[2-69]"],
					"(06 $1)"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[2-9]"],
					"06 $1"
				]
			],
			"06"
		],
		"ID": [
			"62",
			"00[89]",
			"00[1-9]\\d{9,14}|(?:[1-36]|8\\d{5})\\d{6}|00\\d{9}|[1-9]\\d{8,10}|[2-9]\\d{7}",
			[
				7,
				8,
				9,
				10,
				11,
				12,
				13,
				14,
				15,
				16,
				17
			],
			[
				[
					"(\\d)(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["15"]
				],
				[
					"(\\d{2})(\\d{5,9})",
					"$1 $2",
					["2[124]|[36]1"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{5,7})",
					"$1 $2",
					["800"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{5,8})",
					"$1 $2",
					["[2-79]"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{3,4})(\\d{3})",
					"$1-$2-$3",
					["8[1-35-9]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{6,8})",
					"$1 $2",
					["1"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["804"],
					"0$1"
				],
				[
					"(\\d{3})(\\d)(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["80"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{4})(\\d{4,5})",
					"$1-$2-$3",
					["8"],
					"0$1"
				]
			],
			"0"
		],
		"IE": [
			"353",
			"00",
			"(?:1\\d|[2569])\\d{6,8}|4\\d{6,9}|7\\d{8}|8\\d{8,9}",
			[
				7,
				8,
				9,
				10
			],
			[
				[
					"(\\d{2})(\\d{5})",
					"$1 $2",
					["2[24-9]|47|58|6[237-9]|9[35-9]"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{5})",
					"$1 $2",
					["[45]0"],
					"(0$1)"
				],
				[
					"(\\d)(\\d{3,4})(\\d{4})",
					"$1 $2 $3",
					["1"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[2569]|4[1-69]|7[14]"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["70"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["81"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[78]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["1"]
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["4"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3 $4",
					["8"],
					"0$1"
				]
			],
			"0"
		],
		"IL": [
			"972",
			"0(?:0|1(?:05|[2-9]))",
			"1\\d{6}(?:\\d{3,5})?|[57]\\d{8}|[1-489]\\d{7}",
			[
				7,
				8,
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{4})(\\d{3})",
					"$1-$2",
					["125"]
				],
				[
					"(\\d{4})(\\d{2})(\\d{2})",
					"$1-$2-$3",
					["121"]
				],
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1-$2-$3",
					["[2-489]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1-$2-$3",
					["[57]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{3})(\\d{3})",
					"$1-$2-$3",
					["12"]
				],
				[
					"(\\d{4})(\\d{6})",
					"$1-$2",
					["159"]
				],
				[
					"(\\d)(\\d{3})(\\d{3})(\\d{3})",
					"$1-$2-$3-$4",
					["1[7-9]"]
				],
				[
					"(\\d{3})(\\d{1,2})(\\d{3})(\\d{4})",
					"$1-$2 $3-$4",
					["15"]
				]
			],
			"0"
		],
		"IM": [
			"44",
			"00",
			"1624\\d{6}|(?:[3578]\\d|90)\\d{8}",
			[10],
			0,
			"0",
			0,
			"([25-8]\\d{5})$|0|180020",
			"1624$1",
			0,
			"74576|(?:16|7[56])24"
		],
		"IN": [
			"91",
			"00",
			"(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}",
			[
				8,
				9,
				10,
				11,
				12,
				13
			],
			[
				[
					"(\\d{8})",
					"$1",
					[
						"5(?:0|2[23]|3[03]|[67]1|88)",
						"5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|888)",
						"5(?:0|2(?:21|3)|3(?:0|3[23])|616|717|8888)"
					],
					0,
					1
				],
				[
					"(\\d{4})(\\d{4,5})",
					"$1 $2",
					["180", "1800"],
					0,
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["140"],
					0,
					1
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					[
						"11|2[02]|33|4[04]|79[1-5]|80[2-46]",
						"11|2[02]|33|4[04]|79[1-5]|80(?:[2-4]|6[0-589])",
						"11|2[02]|33|4[04]|79(?:[1245]|3(?:[02-9]|1[0-24-9]))|80(?:[2-4]|6[0-589])"
					],
					"0$1",
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					[
						"1(?:2[0-249]|3[0-25]|4[145]|[68]|7[1257])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|5[12]|[78]1)|6(?:12|[2-4]1|5[17]|6[13]|80)|7(?:12|3[134]|61|88)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91)|(?:43|59|75)[15]|(?:1[59]|29|67)[14]",
						"1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|674|7(?:(?:3[34]|5[15])[2-6]|61[346]|88[0-8])|8(?:70[2-6]|84[235-7]|91[3-7])|(?:1(?:29|60|8[06])|261|552|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|31)|8(?:16|2[014]|3[126]|6[136]|7[78]|83))[2-7]",
						"1(?:2[0-24]|3[0-25]|4[145]|[59][14]|6[1-9]|7[1257]|8[1-57-9])|2(?:1[257]|3[013]|4[01]|5[0137]|6[058]|78|8[1568]|9[14])|3(?:26|4[1-3]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[0-24-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12(?:[2-6]|7[0-8])|74[2-7])|7(?:3171|5[15][2-6]|61[346]|88(?:[2-7]|82))|8(?:70[2-6]|84(?:[2356]|7[19])|91(?:[3-6]|7[19]))|73[134][2-6]|8(?:16|2[014]|3[126]|6[136]|7[78]|83)(?:[2-6]|7[19])|(?:1(?:29|60|8[06])|261|552|6(?:[2-4]1|5[17]|6[13]|7(?:1|4[0189])|80)|7(?:12|88[01]))[2-7]"
					],
					"0$1",
					1
				],
				[
					"(\\d{4})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					[
						"1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2[2457-9]|3[2-5]|4[235-7]|5[2-689]|6[24578]|7[235689]|8[1-6])|7(?:1[013-9]|3[129]|5[29]|6[02-5]|70)|807",
						"1(?:[2-479]|5[0235-9])|[2-5]|6(?:1[1358]|2(?:[2457]|84|95)|3(?:[2-4]|55)|4[235-7]|5[2-689]|6[24578]|7(?:[23569]|8[0-57-9])|8[1-6])|7(?:1(?:[013-8]|9[6-9])|3(?:17|2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4|5[0-367])|70[13-7])|807[19]",
						"1(?:[2-479]|5(?:[0236-9]|5[013-9]))|[2-5]|6(?:2(?:84|95)|355|8(?:28[235-7]|3))|73179|807(?:1|9[1-3])|(?:1552|6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\\d|7(?:[23569]\\d|8[0-57-9])|8(?:[14-6]\\d|2[0-79]))|7(?:1(?:[013-8]\\d|9[6-9])|3(?:2[0-49]|9[2-57])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\\d|5[0-367])|70[13-7]))[2-7]"
					],
					"0$1",
					1
				],
				[
					"(\\d{5})(\\d{5})",
					"$1 $2",
					["16|[6-9]"],
					"0$1",
					1
				],
				[
					"(\\d{4})(\\d{2,4})(\\d{4})",
					"$1 $2 $3",
					["18[06]", "18[06]0"],
					0,
					1
				],
				[
					"(\\d{4})(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["18"],
					0,
					1
				]
			],
			"0"
		],
		"IO": [
			"246",
			"00",
			"3\\d{6}",
			[7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["3"]
			]]
		],
		"IQ": [
			"964",
			"00",
			"(?:1|7\\d\\d)\\d{7}|[2-6]\\d{7,8}",
			[
				8,
				9,
				10
			],
			[
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["1"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[2-6]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["7"],
					"0$1"
				]
			],
			"0"
		],
		"IR": [
			"98",
			"00",
			"[1-9]\\d{9}|(?:[1-8]\\d\\d|9)\\d{3,4}",
			[
				4,
				5,
				6,
				7,
				10
			],
			[
				[
					"(\\d{4,5})",
					"$1",
					["96"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4,5})",
					"$1 $2",
					["(?:1[137]|2[13-68]|3[1458]|4[145]|5[1468]|6[16]|7[1467]|8[13467])[12689]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["9"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["[1-8]"],
					"0$1"
				]
			],
			"0"
		],
		"IS": [
			"354",
			"00|1(?:0(?:01|[12]0)|100)",
			"(?:38\\d|[4-9])\\d{6}",
			[7, 9],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[4-9]"]
			], [
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["3"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"IT": [
			"39",
			"00",
			"0\\d{5,11}|1\\d{8,10}|3(?:[0-8]\\d{7,10}|9\\d{7,8})|(?:43|55|70)\\d{8}|8\\d{5}(?:\\d{2,4})?",
			[
				6,
				7,
				8,
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{2})(\\d{4,6})",
					"$1 $2",
					["0[26]"]
				],
				[
					"(\\d{3})(\\d{3,6})",
					"$1 $2",
					["0[13-57-9][0159]|8(?:03|4[17]|9[2-5])", "0[13-57-9][0159]|8(?:03|4[17]|9(?:2|3[04]|[45][0-4]))"]
				],
				[
					"(\\d{4})(\\d{2,6})",
					"$1 $2",
					["0(?:[13-579][2-46-8]|8[236-8])"]
				],
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["894"]
				],
				[
					"(\\d{2})(\\d{3,4})(\\d{4})",
					"$1 $2 $3",
					["0[26]|5"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["1(?:44|[679])|[378]|43"]
				],
				[
					"(\\d{3})(\\d{3,4})(\\d{4})",
					"$1 $2 $3",
					["0[13-57-9][0159]|14"]
				],
				[
					"(\\d{2})(\\d{4})(\\d{5})",
					"$1 $2 $3",
					["0[26]"]
				],
				[
					"(\\d{4})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["0"]
				],
				[
					"(\\d{3})(\\d{4})(\\d{4,5})",
					"$1 $2 $3",
					["[03]"]
				]
			],
			0,
			0,
			0,
			0,
			0,
			0,
			[
				["0(?:669[0-79]\\d{1,6}|831\\d{2,8})|0(?:1(?:[0159]\\d|[27][1-5]|31|4[1-4]|6[1356]|8[2-57])|2\\d\\d|3(?:[0159]\\d|2[1-4]|3[12]|[48][1-6]|6[2-59]|7[1-7])|4(?:[0159]\\d|[23][1-9]|4[245]|6[1-5]|7[1-4]|81)|5(?:[0159]\\d|2[1-5]|3[2-6]|4[1-79]|6[4-6]|7[1-578]|8[3-8])|6(?:[0-57-9]\\d|6[0-8])|7(?:[0159]\\d|2[12]|3[1-7]|4[2-46]|6[13569]|7[13-6]|8[1-59])|8(?:[0159]\\d|2[3-578]|3[2356]|[6-8][1-5])|9(?:[0159]\\d|[238][1-5]|4[12]|6[1-8]|7[1-6]))\\d{2,7}"],
				["3[2-9]\\d{7,8}|(?:31|43)\\d{8}", [9, 10]],
				["80(?:0\\d{3}|3)\\d{3}", [6, 9]],
				["(?:0878\\d{3}|89(?:2\\d|3[04]|4(?:[0-4]|[5-9]\\d\\d)|5[0-4]))\\d\\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\\d{6}", [
					6,
					8,
					9,
					10
				]],
				["1(?:78\\d|99)\\d{6}", [9, 10]],
				["3[2-8]\\d{9,10}", [11, 12]],
				0,
				0,
				["55\\d{8}", [10]],
				["84(?:[08]\\d{3}|[17])\\d{3}", [6, 9]]
			]
		],
		"JE": [
			"44",
			"00",
			"1534\\d{6}|(?:[3578]\\d|90)\\d{8}",
			[10],
			0,
			"0",
			0,
			"([0-24-8]\\d{5})$|0|180020",
			"1534$1",
			0,
			0,
			[
				["1534[0-24-8]\\d{5}"],
				["7(?:(?:(?:50|82)9|937)\\d|7(?:00[378]|97\\d))\\d{5}"],
				["80(?:07(?:35|81)|8901)\\d{4}"],
				["(?:8(?:4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|90(?:066[59]|1810|71(?:07|55)))\\d{4}"],
				["701511\\d{4}"],
				0,
				["(?:3(?:0(?:07(?:35|81)|8901)|3\\d{4}|4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|55\\d{4})\\d{4}"],
				["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}"],
				["56\\d{8}"]
			]
		],
		"JM": [
			"1",
			"011",
			"(?:[58]\\d\\d|658|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			0,
			0,
			0,
			"658|876"
		],
		"JO": [
			"962",
			"00",
			"(?:(?:[2689]|7\\d)\\d|32|427|53)\\d{6}",
			[8, 9],
			[
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[2356]|87"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{5,6})",
					"$1 $2",
					["[89]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{7})",
					"$1 $2",
					["70"],
					"0$1"
				],
				[
					"(\\d)(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["[47]"],
					"0$1"
				]
			],
			"0"
		],
		"JP": [
			"81",
			"010",
			"00[1-9]\\d{6,14}|[25-9]\\d{9}|(?:00|[1-9]\\d\\d)\\d{6}",
			[
				8,
				9,
				10,
				11,
				12,
				13,
				14,
				15,
				16,
				17
			],
			[
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1-$2-$3",
					["(?:12|57|99)0"],
					"0$1"
				],
				[
					"(\\d{4})(\\d)(\\d{4})",
					"$1-$2-$3",
					[
						"1(?:26|3[79]|4[56]|5[4-68]|6[3-5])|499|5(?:76|97)|746|8(?:3[89]|47|51)|9(?:80|9[16])",
						"1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:76|97)9|7468|8(?:3(?:8[7-9]|96)|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]",
						"1(?:267|3(?:7[247]|9[278])|466|5(?:47|58|64)|6(?:3[245]|48|5[4-68]))|499[2468]|5(?:769|979[2-69])|7468|8(?:3(?:8[7-9]|96[2457-9])|477|51[2-9])|9(?:802|9(?:1[23]|69))|1(?:45|58)[67]"
					],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1-$2-$3",
					["60"],
					"0$1"
				],
				[
					"(\\d)(\\d{4})(\\d{4})",
					"$1-$2-$3",
					["3|4(?:2[09]|7[01])|6[1-9]", "3|4(?:2(?:0|9[02-69])|7(?:0[019]|1))|6[1-9]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1-$2-$3",
					[
						"1(?:1|5[45]|77|88|9[69])|2(?:2[1-37]|3[0-269]|4[59]|5|6[24]|7[1-358]|8[1369]|9[0-38])|4(?:[28][1-9]|3[0-57]|[45]|6[248]|7[2-579]|9[29])|5(?:2|3[0459]|4[0-369]|5[29]|8[02389]|9[0-389])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9[2-6])|8(?:2[124589]|3[26-9]|49|51|6|7[0-468]|8[68]|9[019])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9[1-489])",
						"1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2(?:[127]|3[014-9])|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9[19])|62|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|8[1-9]|9[29])|5(?:2|3(?:[045]|9[0-8])|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0-2469])|3(?:[29]|60)|49|51|6(?:[0-24]|36|5[0-3589]|7[23]|9[01459])|7[0-468]|8[68])|9(?:[23][1-9]|4[15]|5[138]|6[1-3]|7[156]|8[189]|9(?:[1289]|3[34]|4[0178]))|(?:264|837)[016-9]|2(?:57|93)[015-9]|(?:25[0468]|422|838)[01]|(?:47[59]|59[89]|8(?:6[68]|9))[019]",
						"1(?:1|5(?:4[018]|5[017])|77|88|9[69])|2(?:2[127]|3[0-269]|4[59]|5(?:[1-3]|5[0-69]|9(?:17|99))|6(?:2|4[016-9])|7(?:[1-35]|8[0189])|8(?:[16]|3[0134]|9[0-5])|9(?:[028]|17))|4(?:2(?:[13-79]|8[014-6])|3[0-57]|[45]|6[248]|7[2-47]|9[29])|5(?:2|3(?:[045]|9(?:[0-58]|6[4-9]|7[0-35689]))|4[0-369]|5[29]|8[02389]|9[0-3])|7(?:2[02-46-9]|34|[58]|6[0249]|7[57]|9(?:[23]|4[0-59]|5[01569]|6[0167]))|8(?:2(?:[1258]|4[0-39]|9[0169])|3(?:[29]|60|7(?:[017-9]|6[6-8]))|49|51|6(?:[0-24]|36[2-57-9]|5(?:[0-389]|5[23])|6(?:[01]|9[178])|7(?:2[2-468]|3[78])|9[0145])|7[0-468]|8[68])|9(?:4[15]|5[138]|7[156]|8[189]|9(?:[1289]|3(?:31|4[357])|4[0178]))|(?:8294|96)[1-3]|2(?:57|93)[015-9]|(?:223|8699)[014-9]|(?:25[0468]|422|838)[01]|(?:48|8292|9[23])[1-9]|(?:47[59]|59[89]|8(?:68|9))[019]"
					],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{4})",
					"$1-$2-$3",
					["[14]|[289][2-9]|5[3-9]|7[2-4679]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1-$2-$3",
					["800"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1-$2-$3",
					["[25-9]"],
					"0$1"
				]
			],
			"0",
			0,
			"(000[2569]\\d{4,6})$|(?:(?:003768)0?)|0",
			"$1"
		],
		"KE": [
			"254",
			"000",
			"(?:[17]\\d\\d|900)\\d{6}|(?:2|80)0\\d{6,7}|[4-6]\\d{6,8}",
			[
				7,
				8,
				9,
				10
			],
			[
				[
					"(\\d{2})(\\d{5,7})",
					"$1 $2",
					["[24-6]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{6})",
					"$1 $2",
					["[17]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[89]"],
					"0$1"
				]
			],
			"0"
		],
		"KG": [
			"996",
			"00",
			"8\\d{9}|[235-9]\\d{8}",
			[9, 10],
			[
				[
					"(\\d{4})(\\d{5})",
					"$1 $2",
					["3(?:1[346]|[24-79])"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[235-79]|88"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d)(\\d{2,3})",
					"$1 $2 $3 $4",
					["8"],
					"0$1"
				]
			],
			"0"
		],
		"KH": [
			"855",
			"00[14-9]",
			"1\\d{9}|[1-9]\\d{7,8}",
			[
				8,
				9,
				10
			],
			[[
				"(\\d{2})(\\d{3})(\\d{3,4})",
				"$1 $2 $3",
				["[1-9]"],
				"0$1"
			], [
				"(\\d{4})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["1"]
			]],
			"0"
		],
		"KI": [
			"686",
			"00",
			"(?:[37]\\d|6[0-79])\\d{6}|(?:[2-48]\\d|50)\\d{3}",
			[5, 8],
			0,
			"0"
		],
		"KM": [
			"269",
			"00",
			"[3478]\\d{6}",
			[7],
			[[
				"(\\d{3})(\\d{2})(\\d{2})",
				"$1 $2 $3",
				["[3478]"]
			]]
		],
		"KN": [
			"1",
			"011",
			"(?:[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-7]\\d{6})$|1",
			"869$1",
			0,
			"869"
		],
		"KP": [
			"850",
			"00|99",
			"85\\d{6}|(?:19\\d|[2-7])\\d{7}",
			[8, 10],
			[
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["8"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[2-7]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["1"],
					"0$1"
				]
			],
			"0"
		],
		"KR": [
			"82",
			"00(?:[125689]|3(?:[46]5|91)|7(?:00|27|3|55|6[126]))",
			"00[1-9]\\d{8,11}|(?:[12]|5\\d{3})\\d{7}|[13-6]\\d{9}|(?:[1-6]\\d|80)\\d{7}|[3-6]\\d{4,5}|(?:00|7)0\\d{8}",
			[
				5,
				6,
				8,
				9,
				10,
				11,
				12,
				13,
				14
			],
			[
				[
					"(\\d{2})(\\d{3,4})",
					"$1-$2",
					["(?:3[1-3]|[46][1-4]|5[1-5])1"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{4})",
					"$1-$2",
					["1"]
				],
				[
					"(\\d)(\\d{3,4})(\\d{4})",
					"$1-$2-$3",
					["2"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1-$2-$3",
					["[36]0|8"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3,4})(\\d{4})",
					"$1-$2-$3",
					["[1346]|5[1-5]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1-$2-$3",
					["[57]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{5})(\\d{4})",
					"$1-$2-$3",
					["5"],
					"0$1"
				]
			],
			"0",
			0,
			"0(8(?:[1-46-8]|5\\d\\d))?"
		],
		"KW": [
			"965",
			"00",
			"18\\d{5}|(?:[2569]\\d|41)\\d{6}",
			[7, 8],
			[[
				"(\\d{4})(\\d{3,4})",
				"$1 $2",
				["[169]|2(?:[235]|4[1-35-9])|52"]
			], [
				"(\\d{3})(\\d{5})",
				"$1 $2",
				["[245]"]
			]]
		],
		"KY": [
			"1",
			"011",
			"(?:345|[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-9]\\d{6})$|1",
			"345$1",
			0,
			"345"
		],
		"KZ": [
			"7",
			"810",
			"8\\d{13}|[78]\\d{9}",
			[10, 14],
			0,
			"8",
			0,
			0,
			0,
			0,
			"7",
			0,
			"8~10"
		],
		"LA": [
			"856",
			"00",
			"(?:2\\d|3)\\d{8}|(?:[235-8]\\d|41)\\d{6}",
			[
				8,
				9,
				10
			],
			[
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["2[13]|3[14]|[4-8]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{3})",
					"$1 $2 $3 $4",
					["3"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["2"],
					"0$1"
				]
			],
			"0"
		],
		"LB": [
			"961",
			"00",
			"[27-9]\\d{7}|[13-9]\\d{6}",
			[7, 8],
			[[
				"(\\d)(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[13-69]|7(?:[2-57]|62|8[0-6]|9[04-9])|8[02-9]"],
				"0$1"
			], [
				"(\\d{2})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[27-9]"]
			]],
			"0"
		],
		"LC": [
			"1",
			"011",
			"(?:[58]\\d\\d|758|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-8]\\d{6})$|1",
			"758$1",
			0,
			"758"
		],
		"LI": [
			"423",
			"00",
			"[68]\\d{8}|(?:[2378]\\d|90)\\d{5}",
			[7, 9],
			[
				[
					"(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3",
					["[2379]|8(?:0[09]|7)", "[2379]|8(?:0(?:02|9)|7)"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["8"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["69"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["6"]
				]
			],
			"0",
			0,
			"(1001)|0"
		],
		"LK": [
			"94",
			"00",
			"[1-9]\\d{8}",
			[9],
			[[
				"(\\d{2})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["7"],
				"0$1"
			], [
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[1-689]"],
				"0$1"
			]],
			"0"
		],
		"LR": [
			"231",
			"00",
			"(?:[2457]\\d|33|88)\\d{7}|(?:2\\d|[4-6])\\d{6}",
			[
				7,
				8,
				9
			],
			[
				[
					"(\\d)(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["4[67]|[56]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["2"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[2-578]"],
					"0$1"
				]
			],
			"0"
		],
		"LS": [
			"266",
			"00",
			"(?:[256]\\d\\d|800)\\d{5}",
			[8],
			[[
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[2568]"]
			]]
		],
		"LT": [
			"370",
			"00",
			"(?:[3469]\\d|52|[78]0)\\d{6}",
			[8],
			[
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["52[0-7]"],
					"(0-$1)",
					1
				],
				[
					"(\\d{3})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["[7-9]"],
					"0 $1",
					1
				],
				[
					"(\\d{2})(\\d{6})",
					"$1 $2",
					["37|4(?:[15]|6[1-8])"],
					"(0-$1)",
					1
				],
				[
					"(\\d{3})(\\d{5})",
					"$1 $2",
					["[3-6]"],
					"(0-$1)",
					1
				]
			],
			"0",
			0,
			"[08]"
		],
		"LU": [
			"352",
			"00",
			"35[013-9]\\d{4,8}|6\\d{8}|35\\d{2,4}|(?:[2457-9]\\d|3[0-46-9])\\d{2,9}",
			[
				4,
				5,
				6,
				7,
				8,
				9,
				10,
				11
			],
			[
				[
					"(\\d{2})(\\d{3})",
					"$1 $2",
					["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3",
					["2(?:0[2-689]|[2-9])|[3-57]|8(?:0[2-9]|[13-9])|9(?:0[89]|[2-579])"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["20[2-689]"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})",
					"$1 $2 $3 $4",
					["20"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{1,5})",
					"$1 $2 $3 $4",
					["[3-57]|8[13-9]|9(?:0[89]|[2-579])|(?:2|80)[2-9]"]
				],
				[
					"(\\d{3})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["80[01]|90[015]"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{3})",
					"$1 $2 $3 $4",
					["20"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["6"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{1,2})",
					"$1 $2 $3 $4 $5",
					["20"]
				]
			],
			0,
			0,
			"(15(?:0[06]|1[12]|[35]5|4[04]|6[26]|77|88|99)\\d)"
		],
		"LV": [
			"371",
			"00",
			"(?:[268]\\d|78|90)\\d{6}",
			[8],
			[[
				"(\\d{2})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[2679]|8[01]"]
			]]
		],
		"LY": [
			"218",
			"00",
			"[2-9]\\d{8}",
			[9],
			[[
				"(\\d{2})(\\d{7})",
				"$1-$2",
				["[2-9]"],
				"0$1"
			]],
			"0"
		],
		"MA": [
			"212",
			"00",
			"[5-8]\\d{8}",
			[9],
			[
				[
					"(\\d{4})(\\d{5})",
					"$1-$2",
					["892"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{7})",
					"$1-$2",
					["8(?:0[0-7]|9)"],
					"0$1"
				],
				[
					"(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4 $5",
					["[5-8]"],
					"0$1"
				]
			],
			"0",
			0,
			0,
			0,
			0,
			"[5-8]"
		],
		"MC": [
			"377",
			"00",
			"(?:[3489]|[67]\\d)\\d{7}",
			[8, 9],
			[
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["4"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[389]"]
				],
				[
					"(\\d)(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4 $5",
					["[67]"],
					"0$1"
				]
			],
			"0"
		],
		"MD": [
			"373",
			"00",
			"(?:[235-7]\\d|[89]0)\\d{6}",
			[8],
			[
				[
					"(\\d{3})(\\d{5})",
					"$1 $2",
					["[89]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["22|3"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["[25-7]"],
					"0$1"
				]
			],
			"0"
		],
		"ME": [
			"382",
			"00",
			"(?:20|[3-79]\\d)\\d{6}|80\\d{6,7}",
			[8, 9],
			[[
				"(\\d{2})(\\d{3})(\\d{3,4})",
				"$1 $2 $3",
				["[2-9]"],
				"0$1"
			]],
			"0"
		],
		"MF": [
			"590",
			"00",
			"7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
			[9],
			0,
			"0",
			0,
			0,
			0,
			0,
			0,
			[
				["(?:59(?:0(?:0[079]|[14]3|[27][79]|3[03-7]|5[0-268]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}"],
				["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}"],
				["80[0-5]\\d{6}"],
				["8[129]\\d{7}"],
				0,
				0,
				0,
				0,
				["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}"]
			]
		],
		"MG": [
			"261",
			"00",
			"[23]\\d{8}",
			[9],
			[[
				"(\\d{2})(\\d{2})(\\d{3})(\\d{2})",
				"$1 $2 $3 $4",
				["[23]"],
				"0$1"
			]],
			"0",
			0,
			"([24-9]\\d{6})$|0",
			"20$1"
		],
		"MH": [
			"692",
			"011",
			"329\\d{4}|(?:[256]\\d|45)\\d{5}",
			[7],
			[[
				"(\\d{3})(\\d{4})",
				"$1-$2",
				["[2-6]"]
			]],
			"1"
		],
		"MK": [
			"389",
			"00",
			"[2-578]\\d{7}",
			[8],
			[
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["2|34[47]|4(?:[37]7|5[47]|64)"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[347]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d)(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[58]"],
					"0$1"
				]
			],
			"0"
		],
		"ML": [
			"223",
			"00",
			"[24-9]\\d{7}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[24-9]"]
			]]
		],
		"MM": [
			"95",
			"00",
			"1\\d{5,7}|95\\d{6}|(?:[4-7]|9[0-46-9])\\d{6,8}|(?:2|8\\d)\\d{5,8}",
			[
				6,
				7,
				8,
				9,
				10
			],
			[
				[
					"(\\d)(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["16|2"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["4(?:[2-46]|5[3-5])|5|6(?:[1-689]|7[235-7])|7(?:[0-4]|5[2-7])|8[1-5]|(?:60|86)[23]"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[12]|452|678|86", "[12]|452|6788|86"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[4-7]|8[1-35]"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{4,6})",
					"$1 $2 $3",
					["9(?:2[0-4]|[35-9]|4[137-9])"],
					"0$1"
				],
				[
					"(\\d)(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["2"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["8"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["92"],
					"0$1"
				],
				[
					"(\\d)(\\d{5})(\\d{4})",
					"$1 $2 $3",
					["9"],
					"0$1"
				]
			],
			"0"
		],
		"MN": [
			"976",
			"001",
			"[12]\\d{7,9}|[5-9]\\d{7}",
			[
				8,
				9,
				10
			],
			[
				[
					"(\\d{2})(\\d{2})(\\d{4})",
					"$1 $2 $3",
					["11|2[16]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["[5-9]"]
				],
				[
					"(\\d{3})(\\d{5,6})",
					"$1 $2",
					["[12]2[1-3]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{5,6})",
					"$1 $2",
					["[12](?:27|3[2-8]|4[2-68]|5[1-4689])", "[12](?:27|3[2-8]|4[2-68]|5[1-4689])[0-3]"],
					"0$1"
				],
				[
					"(\\d{5})(\\d{4,5})",
					"$1 $2",
					["[12]"],
					"0$1"
				]
			],
			"0"
		],
		"MO": [
			"853",
			"00",
			"0800\\d{3}|(?:28|[68]\\d)\\d{6}",
			[7, 8],
			[[
				"(\\d{4})(\\d{3})",
				"$1 $2",
				["0"]
			], [
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[268]"]
			]]
		],
		"MP": [
			"1",
			"011",
			"[58]\\d{9}|(?:67|90)0\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-9]\\d{6})$|1",
			"670$1",
			0,
			"670"
		],
		"MQ": [
			"596",
			"00",
			"7091\\d{5}|(?:[56]9|[89]\\d)\\d{7}",
			[9],
			[[
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[5-79]|8(?:0[6-9]|[36])"],
				"0$1"
			], [
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["8"],
				"0$1"
			]],
			"0"
		],
		"MR": [
			"222",
			"00",
			"(?:[2-4]\\d\\d|800)\\d{5}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[2-48]"]
			]]
		],
		"MS": [
			"1",
			"011",
			"(?:[58]\\d\\d|664|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([34]\\d{6})$|1",
			"664$1",
			0,
			"664"
		],
		"MT": [
			"356",
			"00",
			"3550\\d{4}|(?:[2579]\\d\\d|800)\\d{5}",
			[8],
			[[
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[2357-9]"]
			]]
		],
		"MU": [
			"230",
			"0(?:0|[24-7]0|3[03])",
			"(?:[57]|8\\d\\d)\\d{7}|[2-468]\\d{6}",
			[
				7,
				8,
				10
			],
			[
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					["[2-46]|8[013]"]
				],
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["[57]"]
				],
				[
					"(\\d{5})(\\d{5})",
					"$1 $2",
					["8"]
				]
			],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"020"
		],
		"MV": [
			"960",
			"0(?:0|19)",
			"(?:800|9[0-57-9]\\d)\\d{7}|[34679]\\d{6}",
			[7, 10],
			[[
				"(\\d{3})(\\d{4})",
				"$1-$2",
				["[34679]"]
			], [
				"(\\d{3})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["[89]"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"MW": [
			"265",
			"00",
			"(?:[1289]\\d|31|77)\\d{7}|1\\d{6}",
			[7, 9],
			[[
				"(\\d)(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["1[2-9]"],
				"0$1"
			], [
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[1-37-9]"],
				"0$1"
			]],
			"0"
		],
		"MX": [
			"52",
			"0[09]",
			"[2-9]\\d{9}",
			[10],
			[[
				"(\\d{2})(\\d{4})(\\d{4})",
				"$1 $2 $3",
				["33|5[56]|81"]
			], [
				"(\\d{3})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["[2-9]"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"MY": [
			"60",
			"00",
			"1\\d{8,9}|(?:3\\d|[4-9])\\d{7}",
			[
				8,
				9,
				10
			],
			[
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1-$2 $3",
					["[4-79]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1-$2 $3",
					["1(?:[02469]|[378][1-9]|53)|8", "1(?:[02469]|[37][1-9]|53|8(?:[1-46-9]|5[7-9]))|8"],
					"0$1"
				],
				[
					"(\\d)(\\d{4})(\\d{4})",
					"$1-$2 $3",
					["3"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{2})(\\d{4})",
					"$1-$2-$3-$4",
					["1(?:[367]|80)"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1-$2 $3",
					["15"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1-$2 $3",
					["1"],
					"0$1"
				]
			],
			"0"
		],
		"MZ": [
			"258",
			"00",
			"(?:2|8\\d)\\d{7}",
			[8, 9],
			[[
				"(\\d{2})(\\d{3})(\\d{3,4})",
				"$1 $2 $3",
				["2|8[2-9]"]
			], [
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["8"]
			]]
		],
		"NA": [
			"264",
			"00",
			"[68]\\d{7,8}",
			[8, 9],
			[
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["88"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["6"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["87"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["8"],
					"0$1"
				]
			],
			"0"
		],
		"NC": [
			"687",
			"00",
			"(?:050|[2-57-9]\\d\\d)\\d{3}",
			[6],
			[[
				"(\\d{2})(\\d{2})(\\d{2})",
				"$1.$2.$3",
				["[02-57-9]"]
			]]
		],
		"NE": [
			"227",
			"00",
			"[027-9]\\d{7}",
			[8],
			[[
				"(\\d{2})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["08"]
			], [
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[089]|2[013]|7[0467]"]
			]]
		],
		"NF": [
			"672",
			"00",
			"[13]\\d{5}",
			[6],
			[[
				"(\\d{2})(\\d{4})",
				"$1 $2",
				["1[0-3]"]
			], [
				"(\\d)(\\d{5})",
				"$1 $2",
				["[13]"]
			]],
			0,
			0,
			"([0-258]\\d{4})$",
			"3$1"
		],
		"NG": [
			"234",
			"009",
			"(?:20|9\\d)\\d{8}|[78]\\d{9,13}",
			[
				10,
				11,
				12,
				13,
				14
			],
			[
				[
					"(\\d{3})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[7-9]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["20[129]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{2})(\\d{4})",
					"$1 $2 $3",
					["2"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{4})(\\d{4,5})",
					"$1 $2 $3",
					["[78]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{5})(\\d{5,6})",
					"$1 $2 $3",
					["[78]"],
					"0$1"
				]
			],
			"0"
		],
		"NI": [
			"505",
			"00",
			"(?:1800|[25-8]\\d{3})\\d{4}",
			[8],
			[[
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[125-8]"]
			]]
		],
		"NL": [
			"31",
			"00",
			"(?:[124-7]\\d\\d|3(?:[02-9]\\d|1[0-8]))\\d{6}|8\\d{6,9}|9\\d{6,10}|1\\d{4,5}",
			[
				5,
				6,
				7,
				8,
				9,
				10,
				11
			],
			[
				[
					"(\\d{3})(\\d{4,7})",
					"$1 $2",
					["[89]0"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{7})",
					"$1 $2",
					["66"],
					"0$1"
				],
				[
					"(\\d)(\\d{8})",
					"$1 $2",
					["6"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["1[16-8]|2[259]|3[124]|4[17-9]|5[124679]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[1-578]|91"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{5})",
					"$1 $2 $3",
					["9"],
					"0$1"
				]
			],
			"0"
		],
		"NO": [
			"47",
			"00",
			"(?:0|[2-9]\\d{3})\\d{4}",
			[5, 8],
			[[
				"(\\d{3})(\\d{2})(\\d{3})",
				"$1 $2 $3",
				["8"]
			], [
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[2-79]"]
			]],
			0,
			0,
			0,
			0,
			0,
			"[02-689]|7[0-8]"
		],
		"NP": [
			"977",
			"00",
			"(?:1\\d|9)\\d{9}|[1-9]\\d{7}",
			[
				8,
				10,
				11
			],
			[
				[
					"(\\d)(\\d{7})",
					"$1-$2",
					["1[2-6]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{6})",
					"$1-$2",
					["1[01]|[2-8]|9(?:[1-59]|[67][2-6])"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{7})",
					"$1-$2",
					["9"]
				]
			],
			"0"
		],
		"NR": [
			"674",
			"00",
			"(?:222|444|(?:55|8\\d)\\d|666|777|999)\\d{4}",
			[7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[24-9]"]
			]]
		],
		"NU": [
			"683",
			"00",
			"(?:[4-7]|888\\d)\\d{3}",
			[4, 7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["8"]
			]]
		],
		"NZ": [
			"64",
			"0(?:0|161)",
			"[1289]\\d{9}|50\\d{5}(?:\\d{2,3})?|[27-9]\\d{7,8}|(?:[34]\\d|6[0-35-9])\\d{6}|8\\d{4,6}",
			[
				5,
				6,
				7,
				8,
				9,
				10
			],
			[
				[
					"(\\d{2})(\\d{3,8})",
					"$1 $2",
					["8[1-79]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2,3})",
					"$1 $2 $3",
					["50[036-8]|8|90", "50(?:[0367]|88)|8|90"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["24|[346]|7[2-57-9]|9[2-9]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["2(?:10|74)|[589]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3,4})(\\d{4})",
					"$1 $2 $3",
					["1|2[028]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,5})",
					"$1 $2 $3",
					["2(?:[169]|7[0-35-9])|7"],
					"0$1"
				]
			],
			"0",
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"OM": [
			"968",
			"00",
			"(?:1505|[279]\\d{3}|500)\\d{4}|800\\d{5,6}",
			[
				7,
				8,
				9
			],
			[
				[
					"(\\d{3})(\\d{4,6})",
					"$1 $2",
					["[58]"]
				],
				[
					"(\\d{2})(\\d{6})",
					"$1 $2",
					["2"]
				],
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["[179]"]
				]
			]
		],
		"PA": [
			"507",
			"00",
			"(?:00800|8\\d{3})\\d{6}|[68]\\d{7}|[1-57-9]\\d{6}",
			[
				7,
				8,
				10,
				11
			],
			[
				[
					"(\\d{3})(\\d{4})",
					"$1-$2",
					["[1-57-9]"]
				],
				[
					"(\\d{4})(\\d{4})",
					"$1-$2",
					["[68]"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["8"]
				]
			]
		],
		"PE": [
			"51",
			"00|19(?:1[124]|77|90)00",
			"(?:[14-8]|9\\d)\\d{7}",
			[8, 9],
			[
				[
					"(\\d{3})(\\d{5})",
					"$1 $2",
					["80"],
					"(0$1)"
				],
				[
					"(\\d)(\\d{7})",
					"$1 $2",
					["1"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{6})",
					"$1 $2",
					["[4-8]"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["9"]
				]
			],
			"0",
			0,
			0,
			0,
			0,
			0,
			0,
			"00",
			" Anexo "
		],
		"PF": [
			"689",
			"00",
			"4\\d{5}(?:\\d{2})?|8\\d{7,8}",
			[
				6,
				8,
				9
			],
			[
				[
					"(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3",
					["44"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["4|8[7-9]"]
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["8"]
				]
			]
		],
		"PG": [
			"675",
			"00|140[1-3]",
			"(?:180|[78]\\d{3})\\d{4}|(?:[2-589]\\d|64)\\d{5}",
			[7, 8],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["18|[2-69]|85[02-46-9]"]
			], [
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[78]"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"PH": [
			"63",
			"00",
			"(?:[2-7]|9\\d)\\d{8}|2\\d{5}|(?:1800|8)\\d{7,9}",
			[
				6,
				8,
				9,
				10,
				11,
				12,
				13
			],
			[
				[
					"(\\d)(\\d{5})",
					"$1 $2",
					["2"],
					"(0$1)"
				],
				[
					"(\\d{4})(\\d{4,6})",
					"$1 $2",
					["3(?:23|39|46)|4(?:2[3-6]|[35]9|4[26]|76)|544|88[245]|(?:52|64|86)2", "3(?:230|397|461)|4(?:2(?:35|[46]4|51)|396|4(?:22|63)|59[347]|76[15])|5(?:221|446)|642[23]|8(?:622|8(?:[24]2|5[13]))"],
					"(0$1)"
				],
				[
					"(\\d{5})(\\d{4})",
					"$1 $2",
					["346|4(?:27|9[35])|883", "3469|4(?:279|9(?:30|56))|8834"],
					"(0$1)"
				],
				[
					"(\\d)(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["2"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[3-7]|8[2-8]"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[89]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["1"]
				],
				[
					"(\\d{4})(\\d{1,2})(\\d{3})(\\d{4})",
					"$1 $2 $3 $4",
					["1"]
				]
			],
			"0"
		],
		"PK": [
			"92",
			"00",
			"122\\d{6}|[24-8]\\d{10,11}|9(?:[013-9]\\d{8,10}|2(?:[01]\\d\\d|2(?:[06-8]\\d|1[01]))\\d{7})|(?:[2-8]\\d{3}|92(?:[0-7]\\d|8[1-9]))\\d{6}|[24-9]\\d{8}|[89]\\d{7}",
			[
				8,
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{3})(\\d{3})(\\d{2,7})",
					"$1 $2 $3",
					["[89]0"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{5})",
					"$1 $2",
					["1"]
				],
				[
					"(\\d{3})(\\d{6,7})",
					"$1 $2",
					["2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:2[2-8]|3[27-9]|4[2-6]|6[3569]|9[25-8])", "9(?:2[3-8]|98)|(?:2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:22|3[27-9]|4[2-6]|6[3569]|9[25-7]))[2-9]"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{7,8})",
					"$1 $2",
					["(?:2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91)[2-9]"],
					"(0$1)"
				],
				[
					"(\\d{5})(\\d{5})",
					"$1 $2",
					["58"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{7})",
					"$1 $2",
					["3"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["2[125]|4[0-246-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["[24-9]"],
					"(0$1)"
				]
			],
			"0"
		],
		"PL": [
			"48",
			"00",
			"(?:6|8\\d\\d)\\d{7}|[1-9]\\d{6}(?:\\d{2})?|[26]\\d{5}",
			[
				6,
				7,
				8,
				9,
				10
			],
			[
				[
					"(\\d{5})",
					"$1",
					["19"]
				],
				[
					"(\\d{3})(\\d{3})",
					"$1 $2",
					["11|20|64"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])1", "30|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])19"]
				],
				[
					"(\\d{3})(\\d{2})(\\d{2,3})",
					"$1 $2 $3",
					["64"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["21|39|45|5[0137]|6[0469]|7[02389]|8(?:0[14]|8)"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["1[2-8]|[2-7]|8[1-79]|9[145]"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["8"]
				]
			]
		],
		"PM": [
			"508",
			"00",
			"[78]\\d{8}|[2-9]\\d{5}",
			[6, 9],
			[
				[
					"(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3",
					["[2-9]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["7"]
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["8"],
					"0$1"
				]
			],
			"0"
		],
		"PR": [
			"1",
			"011",
			"(?:[589]\\d\\d|787)\\d{7}",
			[10],
			0,
			"1",
			0,
			0,
			0,
			0,
			"787|939"
		],
		"PS": [
			"970",
			"00",
			"[2489]2\\d{6}|(?:1\\d|5)\\d{8}",
			[
				8,
				9,
				10
			],
			[
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[2489]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["5"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["1"]
				]
			],
			"0"
		],
		"PT": [
			"351",
			"00",
			"1693\\d{5}|(?:[26-9]\\d|30)\\d{7}",
			[9],
			[[
				"(\\d{2})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["2[12]"]
			], [
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["16|[236-9]"]
			]]
		],
		"PW": [
			"680",
			"01[12]",
			"(?:[24-8]\\d\\d|345|900)\\d{4}",
			[7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[2-9]"]
			]]
		],
		"PY": [
			"595",
			"00",
			"[36-8]\\d{5,8}|4\\d{6,8}|59\\d{6}|9\\d{5,10}|(?:2\\d|5[0-8])\\d{6,7}",
			[
				6,
				7,
				8,
				9,
				10,
				11
			],
			[
				[
					"(\\d{3})(\\d{3,6})",
					"$1 $2",
					["[2-9]0"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{5})",
					"$1 $2",
					["3[289]|4[246-8]|61|7[1-3]|8[1-36]"],
					"(0$1)"
				],
				[
					"(\\d{3})(\\d{4,5})",
					"$1 $2",
					["2[279]|3[13-5]|4[359]|5|6(?:[34]|7[1-46-8])|7[46-8]|85"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["2[14-68]|3[26-9]|4[1246-8]|6(?:1|75)|7[1-35]|8[1-36]"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["87"]
				],
				[
					"(\\d{3})(\\d{6})",
					"$1 $2",
					["9(?:[5-79]|8[1-8])"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[2-8]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["9"]
				]
			],
			"0"
		],
		"QA": [
			"974",
			"00",
			"800\\d{4}|(?:2|800)\\d{6}|(?:0080|[3-7])\\d{7}",
			[
				7,
				8,
				9,
				11
			],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["2[136]|8"]
			], [
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[3-7]"]
			]]
		],
		"RE": [
			"262",
			"00",
			"709\\d{6}|(?:26|[689]\\d)\\d{7}",
			[9],
			[[
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[26-9]"],
				"0$1"
			]],
			"0",
			0,
			0,
			0,
			0,
			0,
			[
				["2631[0-6]\\d{4}|26(?:2\\d|30|88)\\d{5}"],
				["(?:69(?:2\\d\\d|3(?:[06][0-6]|1[0-3]|2[0-2]|3[0-39]|4\\d|5[0-5]|7[0-37]|8[0-8]|9[0-479]))|7092[0-3])\\d{4}"],
				["80\\d{7}"],
				["89[1-37-9]\\d{6}"],
				0,
				0,
				0,
				0,
				["9(?:399[0-3]|479[0-6]|76(?:2[278]|3[0-37]))\\d{4}"],
				["8(?:1[019]|2[0156]|84|90)\\d{6}"]
			]
		],
		"RO": [
			"40",
			"00",
			"(?:[2378]\\d|90)\\d{7}|[23]\\d{5}",
			[6, 9],
			[
				[
					"(\\d{3})(\\d{3})",
					"$1 $2",
					["2[3-6]", "2[3-6]\\d9"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4})",
					"$1 $2",
					["219|31"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[23]1"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[237-9]"],
					"0$1"
				]
			],
			"0",
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			" int "
		],
		"RS": [
			"381",
			"00",
			"38[02-9]\\d{6,9}|6\\d{7,9}|90\\d{4,8}|38\\d{5,6}|(?:7\\d\\d|800)\\d{3,9}|(?:[12]\\d|3[0-79])\\d{5,10}",
			[
				6,
				7,
				8,
				9,
				10,
				11,
				12
			],
			[[
				"(\\d{3})(\\d{3,9})",
				"$1 $2",
				["(?:2[389]|39)0|[7-9]"],
				"0$1"
			], [
				"(\\d{2})(\\d{5,10})",
				"$1 $2",
				["[1-36]"],
				"0$1"
			]],
			"0"
		],
		"RU": [
			"7",
			"810",
			"8\\d{13}|[347-9]\\d{9}",
			[10, 14],
			[
				[
					"(\\d{4})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					[
						"7(?:1[0-8]|2[1-9])",
						"7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:1[23]|[2-9]2))",
						"7(?:1(?:[0-356]2|4[29]|7|8[27])|2(?:13[03-69]|62[013-9]))|72[1-57-9]2"
					],
					"8 ($1)",
					1
				],
				[
					"(\\d{5})(\\d)(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					[
						"7(?:1[0-68]|2[1-9])",
						"7(?:1(?:[06][3-6]|[18]|2[35]|[3-5][3-5])|2(?:[13][3-5]|[24-689]|7[457]))",
						"7(?:1(?:0(?:[356]|4[023])|[18]|2(?:3[013-9]|5)|3[45]|43[013-79]|5(?:3[1-8]|4[1-7]|5)|6(?:3[0-35-9]|[4-6]))|2(?:1(?:3[178]|[45])|[24-689]|3[35]|7[457]))|7(?:14|23)4[0-8]|71(?:33|45)[1-79]"
					],
					"8 ($1)",
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["7"],
					"8 ($1)",
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2-$3-$4",
					["[349]|8(?:[02-7]|1[1-8])"],
					"8 ($1)",
					1
				],
				[
					"(\\d{4})(\\d{4})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["8"],
					"8 ($1)"
				]
			],
			"8",
			0,
			0,
			0,
			0,
			"[3489]",
			0,
			"8~10"
		],
		"RW": [
			"250",
			"00",
			"(?:06|[27]\\d\\d|[89]00)\\d{6}",
			[8, 9],
			[
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["0"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["2"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[7-9]"],
					"0$1"
				]
			],
			"0"
		],
		"SA": [
			"966",
			"00",
			"(?:[15]\\d|800|92)\\d{7}",
			[9, 10],
			[
				[
					"(\\d{4})(\\d{5})",
					"$1 $2",
					["9"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["1"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["5"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["8"]
				]
			],
			"0"
		],
		"SB": [
			"677",
			"0[01]",
			"[6-9]\\d{6}|[1-6]\\d{4}",
			[5, 7],
			[[
				"(\\d{2})(\\d{5})",
				"$1 $2",
				["6[89]|7|8[4-9]|9(?:[0-8]|9[0-8])"]
			]]
		],
		"SC": [
			"248",
			"010|0[0-2]",
			"(?:[2489]\\d|64)\\d{5}",
			[7],
			[[
				"(\\d)(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[246]|9[57]"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"SD": [
			"249",
			"00",
			"[19]\\d{8}",
			[9],
			[[
				"(\\d{2})(\\d{3})(\\d{4})",
				"$1 $2 $3",
				["[19]"],
				"0$1"
			]],
			"0"
		],
		"SE": [
			"46",
			"00",
			"(?:[26]\\d\\d|9)\\d{9}|[1-9]\\d{8}|[1-689]\\d{7}|[1-4689]\\d{6}|2\\d{5}",
			[
				6,
				7,
				8,
				9,
				10,
				12
			],
			[
				[
					"(\\d{2})(\\d{2,3})(\\d{2})",
					"$1-$2 $3",
					["20"],
					"0$1",
					0,
					"$1 $2 $3"
				],
				[
					"(\\d{3})(\\d{4})",
					"$1-$2",
					["9(?:00|39|44|9)"],
					"0$1",
					0,
					"$1 $2"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})",
					"$1-$2 $3",
					["[12][136]|3[356]|4[0246]|6[03]|90[1-9]"],
					"0$1",
					0,
					"$1 $2 $3"
				],
				[
					"(\\d)(\\d{2,3})(\\d{2})(\\d{2})",
					"$1-$2 $3 $4",
					["8"],
					"0$1",
					0,
					"$1 $2 $3 $4"
				],
				[
					"(\\d{3})(\\d{2,3})(\\d{2})",
					"$1-$2 $3",
					["1[2457]|2(?:[247-9]|5[0138])|3[0247-9]|4[1357-9]|5[0-35-9]|6(?:[125689]|4[02-57]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])"],
					"0$1",
					0,
					"$1 $2 $3"
				],
				[
					"(\\d{3})(\\d{2,3})(\\d{3})",
					"$1-$2 $3",
					["9(?:00|39|44)"],
					"0$1",
					0,
					"$1 $2 $3"
				],
				[
					"(\\d{2})(\\d{2,3})(\\d{2})(\\d{2})",
					"$1-$2 $3 $4",
					["1[13689]|2[0136]|3[1356]|4[0246]|54|6[03]|90[1-9]"],
					"0$1",
					0,
					"$1 $2 $3 $4"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1-$2 $3 $4",
					["10|7"],
					"0$1",
					0,
					"$1 $2 $3 $4"
				],
				[
					"(\\d)(\\d{3})(\\d{3})(\\d{2})",
					"$1-$2 $3 $4",
					["8"],
					"0$1",
					0,
					"$1 $2 $3 $4"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
					"$1-$2 $3 $4",
					["[13-5]|2(?:[247-9]|5[0138])|6(?:[124-689]|7[0-2])|9(?:[125-8]|3[02-5]|4[0-3])"],
					"0$1",
					0,
					"$1 $2 $3 $4"
				],
				[
					"(\\d{3})(\\d{2})(\\d{2})(\\d{3})",
					"$1-$2 $3 $4",
					["9"],
					"0$1",
					0,
					"$1 $2 $3 $4"
				],
				[
					"(\\d{3})(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1-$2 $3 $4 $5",
					["[26]"],
					"0$1",
					0,
					"$1 $2 $3 $4 $5"
				]
			],
			"0"
		],
		"SG": [
			"65",
			"0[0-3]\\d",
			"(?:(?:1\\d|8)\\d\\d|7000)\\d{7}|[3689]\\d{7}",
			[
				8,
				10,
				11
			],
			[
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["[369]|8(?:0[1-9]|[1-9])"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["8"]
				],
				[
					"(\\d{4})(\\d{4})(\\d{3})",
					"$1 $2 $3",
					["7"]
				],
				[
					"(\\d{4})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["1"]
				]
			]
		],
		"SH": [
			"290",
			"00",
			"(?:[2569]\\d|8)\\d{3}",
			[4, 5],
			0,
			0,
			0,
			0,
			0,
			0,
			"[2569]"
		],
		"SI": [
			"386",
			"00|10(?:22|66|88|99)",
			"[1-7]\\d{7}|8\\d{4,7}|90\\d{4,6}",
			[
				5,
				6,
				7,
				8
			],
			[
				[
					"(\\d{2})(\\d{3,6})",
					"$1 $2",
					["8[09]|9"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{5})",
					"$1 $2",
					["59|8"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[37][01]|4[013]|51|6"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[1-57]"],
					"(0$1)"
				]
			],
			"0",
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"SJ": [
			"47",
			"00",
			"0\\d{4}|(?:[489]\\d|79)\\d{6}",
			[5, 8],
			0,
			0,
			0,
			0,
			0,
			0,
			"79"
		],
		"SK": [
			"421",
			"00",
			"[2-689]\\d{8}|[2-59]\\d{6}|[2-5]\\d{5}",
			[
				6,
				7,
				9
			],
			[
				[
					"(\\d)(\\d{2})(\\d{3,4})",
					"$1 $2 $3",
					["21"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{2,3})",
					"$1 $2 $3",
					["[3-5][1-8]1", "[3-5][1-8]1[67]"],
					"0$1"
				],
				[
					"(\\d)(\\d{3})(\\d{3})(\\d{2})",
					"$1 $2 $3 $4",
					["2"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[689]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[3-5]"],
					"0$1"
				]
			],
			"0"
		],
		"SL": [
			"232",
			"00",
			"(?:[237-9]\\d|66)\\d{6}",
			[8],
			[[
				"(\\d{2})(\\d{6})",
				"$1 $2",
				["[236-9]"],
				"(0$1)"
			]],
			"0"
		],
		"SM": [
			"378",
			"00",
			"(?:0549|[5-7]\\d)\\d{6}",
			[8, 10],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[5-7]"]
			], [
				"(\\d{4})(\\d{6})",
				"$1 $2",
				["0"]
			]],
			0,
			0,
			"([89]\\d{5})$",
			"0549$1"
		],
		"SN": [
			"221",
			"00",
			"(?:[378]\\d|93)\\d{7}",
			[9],
			[[
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["8"]
			], [
				"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[379]"]
			]]
		],
		"SO": [
			"252",
			"00",
			"[346-9]\\d{8}|[12679]\\d{7}|[1-5]\\d{6}|[1348]\\d{5}",
			[
				6,
				7,
				8,
				9
			],
			[
				[
					"(\\d{2})(\\d{4})",
					"$1 $2",
					["8[125]"]
				],
				[
					"(\\d{6})",
					"$1",
					["[134]"]
				],
				[
					"(\\d)(\\d{6})",
					"$1 $2",
					["[15]|2[0-79]|3[0-46-8]|4[0-7]"]
				],
				[
					"(\\d{2})(\\d{5,7})",
					"$1 $2",
					["1|28|9[2-9]"]
				],
				[
					"(\\d)(\\d{7})",
					"$1 $2",
					["[267]|904"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[346-9]"]
				]
			],
			"0"
		],
		"SR": [
			"597",
			"00",
			"(?:[2-5]|[6-9]\\d)\\d{5}",
			[6, 7],
			[
				[
					"(\\d{2})(\\d{2})(\\d{2})",
					"$1-$2-$3",
					["56"]
				],
				[
					"(\\d{3})(\\d{3})",
					"$1-$2",
					["[2-5]"]
				],
				[
					"(\\d{3})(\\d{4})",
					"$1-$2",
					["[6-9]"]
				]
			]
		],
		"SS": [
			"211",
			"00",
			"[19]\\d{8}",
			[9],
			[[
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[19]"],
				"0$1"
			]],
			"0"
		],
		"ST": [
			"239",
			"00",
			"(?:22|9\\d)\\d{5}",
			[7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[29]"]
			]]
		],
		"SV": [
			"503",
			"00",
			"[25-7]\\d{7}|(?:80\\d|900)\\d{4}(?:\\d{4})?",
			[
				7,
				8,
				11
			],
			[
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					["[89]"]
				],
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["[25-7]"]
				],
				[
					"(\\d{3})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["[89]"]
				]
			]
		],
		"SX": [
			"1",
			"011",
			"7215\\d{6}|(?:[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"(5\\d{6})$|1",
			"721$1",
			0,
			"721"
		],
		"SY": [
			"963",
			"00",
			"[1-359]\\d{8}|[1-5]\\d{7}",
			[8, 9],
			[[
				"(\\d{2})(\\d{3})(\\d{3,4})",
				"$1 $2 $3",
				["[1-4]|5[1-3]"],
				"0$1",
				1
			], [
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[59]"],
				"0$1",
				1
			]],
			"0"
		],
		"SZ": [
			"268",
			"00",
			"0800\\d{4}|(?:[237]\\d|900)\\d{6}",
			[8, 9],
			[[
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[0237]"]
			], [
				"(\\d{5})(\\d{4})",
				"$1 $2",
				["9"]
			]]
		],
		"TA": [
			"290",
			"00",
			"8\\d{3}",
			[4],
			0,
			0,
			0,
			0,
			0,
			0,
			"8"
		],
		"TC": [
			"1",
			"011",
			"(?:[58]\\d\\d|649|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-479]\\d{6})$|1",
			"649$1",
			0,
			"649"
		],
		"TD": [
			"235",
			"00|16",
			"(?:22|[3689]\\d|77)\\d{6}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[236-9]"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"00"
		],
		"TG": [
			"228",
			"00",
			"[279]\\d{7}",
			[8],
			[[
				"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[279]"]
			]]
		],
		"TH": [
			"66",
			"00[1-9]",
			"(?:001800|[2-57]|[689]\\d)\\d{7}|1\\d{7,9}",
			[
				8,
				9,
				10,
				13
			],
			[
				[
					"(\\d)(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["2"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[13-9]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["1"]
				]
			],
			"0"
		],
		"TJ": [
			"992",
			"810",
			"(?:[0-57-9]\\d|66)\\d{7}",
			[9],
			[
				[
					"(\\d{6})(\\d)(\\d{2})",
					"$1 $2 $3",
					["331", "3317"]
				],
				[
					"(\\d{3})(\\d{2})(\\d{4})",
					"$1 $2 $3",
					["44[02-479]|[34]7"]
				],
				[
					"(\\d{4})(\\d)(\\d{4})",
					"$1 $2 $3",
					["3(?:[1245]|3[12])"]
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["\\d"]
				]
			],
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"8~10"
		],
		"TK": [
			"690",
			"00",
			"[2-47]\\d{3,6}",
			[
				4,
				5,
				6,
				7
			]
		],
		"TL": [
			"670",
			"00",
			"7\\d{7}|(?:[2-47]\\d|[89]0)\\d{5}",
			[7, 8],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[2-489]|70"]
			], [
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["7"]
			]]
		],
		"TM": [
			"993",
			"810",
			"[1-7]\\d{7}",
			[8],
			[
				[
					"(\\d{2})(\\d{2})(\\d{2})(\\d{2})",
					"$1 $2-$3-$4",
					["12"],
					"(8 $1)"
				],
				[
					"(\\d{3})(\\d)(\\d{2})(\\d{2})",
					"$1 $2-$3-$4",
					["[1-5]"],
					"(8 $1)"
				],
				[
					"(\\d{2})(\\d{6})",
					"$1 $2",
					["[67]"],
					"8 $1"
				]
			],
			"8",
			0,
			0,
			0,
			0,
			0,
			0,
			"8~10"
		],
		"TN": [
			"216",
			"00",
			"[2-57-9]\\d{7}",
			[8],
			[[
				"(\\d{2})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[2-57-9]"]
			]]
		],
		"TO": [
			"676",
			"00",
			"(?:0800|(?:[5-8]\\d\\d|999)\\d)\\d{3}|[2-8]\\d{4}",
			[5, 7],
			[
				[
					"(\\d{2})(\\d{3})",
					"$1-$2",
					["[2-4]|50|6[09]|7[0-24-69]|8[05]"]
				],
				[
					"(\\d{4})(\\d{3})",
					"$1 $2",
					["0"]
				],
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					["[5-9]"]
				]
			]
		],
		"TR": [
			"90",
			"00",
			"4\\d{6}|8\\d{11,12}|(?:[2-58]\\d\\d|900)\\d{7}",
			[
				7,
				10,
				12,
				13
			],
			[
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["512|8[01589]|90"],
					"0$1",
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["5"],
					"0$1",
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["[24][1-8]|3[1-9]"],
					"(0$1)",
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{6,7})",
					"$1 $2 $3",
					["80"],
					"0$1",
					1
				]
			],
			"0"
		],
		"TT": [
			"1",
			"011",
			"(?:[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-46-8]\\d{6})$|1",
			"868$1",
			0,
			"868"
		],
		"TV": [
			"688",
			"00",
			"(?:2|7\\d\\d|90)\\d{4}",
			[
				5,
				6,
				7
			],
			[
				[
					"(\\d{2})(\\d{3})",
					"$1 $2",
					["2"]
				],
				[
					"(\\d{2})(\\d{4})",
					"$1 $2",
					["90"]
				],
				[
					"(\\d{2})(\\d{5})",
					"$1 $2",
					["7"]
				]
			]
		],
		"TW": [
			"886",
			"0(?:0[25-79]|19)",
			"[2-689]\\d{8}|7\\d{9,10}|[2-8]\\d{7}|2\\d{6}",
			[
				7,
				8,
				9,
				10,
				11
			],
			[
				[
					"(\\d{2})(\\d)(\\d{4})",
					"$1 $2 $3",
					["202"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{5})",
					"$1 $2",
					["826"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{2})(\\d{3})",
					"$1 $2 $3",
					["83"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{2})(\\d{4})",
					"$1 $2 $3",
					["82"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[25]0|37|49|8[09]"],
					"0$1"
				],
				[
					"(\\d)(\\d{3,4})(\\d{4})",
					"$1 $2 $3",
					["[23568]|4(?:0[02-48]|[1-478])|7[1-9]", "[23568]|4(?:0[2-48]|[1-478])|(?:400|7)[1-9]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[49]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{4})(\\d{4,5})",
					"$1 $2 $3",
					["7"],
					"0$1"
				]
			],
			"0",
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			"#"
		],
		"TZ": [
			"255",
			"00[056]",
			"(?:[25-8]\\d|41|90)\\d{7}",
			[9],
			[
				[
					"(\\d{3})(\\d{2})(\\d{4})",
					"$1 $2 $3",
					["[89]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[24]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{7})",
					"$1 $2",
					["5"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[67]"],
					"0$1"
				]
			],
			"0"
		],
		"UA": [
			"380",
			"00",
			"[89]\\d{9}|[3-9]\\d{8}",
			[9, 10],
			[
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["6[12][29]|(?:3[1-8]|4[136-8]|5[12457]|6[49])2|(?:56|65)[24]", "6[12][29]|(?:35|4[1378]|5[12457]|6[49])2|(?:56|65)[24]|(?:3[1-46-8]|46)2[013-9]"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{5})",
					"$1 $2",
					["3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6[0135689]|7[4-6])|6(?:[12][3-7]|[459])", "3[1-8]|4(?:[1367]|[45][6-9]|8[4-6])|5(?:[1-5]|6(?:[015689]|3[02389])|7[4-6])|6(?:[12][3-7]|[459])"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[3-7]|89|9[1-9]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["[89]"],
					"0$1"
				]
			],
			"0",
			0,
			0,
			0,
			0,
			0,
			0,
			"0~0"
		],
		"UG": [
			"256",
			"00[057]",
			"800\\d{6}|(?:[29]0|[347]\\d)\\d{7}",
			[9],
			[
				[
					"(\\d{4})(\\d{5})",
					"$1 $2",
					[
						"202",
						"2024",
						"20240"
					],
					"0$1"
				],
				[
					"(\\d{3})(\\d{6})",
					"$1 $2",
					["20[0-35-7]|4(?:6[45]|[7-9])|[7-9]", "20(?:[0135-7]|2[5-9])|4(?:6[45]|[7-9])|[7-9]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{7})",
					"$1 $2",
					["[2-4]"],
					"0$1"
				]
			],
			"0"
		],
		"US": [
			"1",
			"011",
			"[2-9]\\d{9}|3\\d{6}",
			[10],
			[[
				"(\\d{3})(\\d{4})",
				"$1-$2",
				["310"],
				0,
				1
			], [
				"(\\d{3})(\\d{3})(\\d{4})",
				"($1) $2-$3",
				["[2-9]"],
				0,
				1,
				"$1-$2-$3"
			]],
			"1",
			0,
			0,
			0,
			0,
			0,
			[
				["983[2-57-9]\\d{6}|(?:2(?:0[1-35-9]|1[02-9]|2[03-57-9]|3[1459]|4[08]|5[1-46]|6[0279]|7[02469]|8[13])|3(?:0[1-57-9]|1[02-9]|2[013-79]|3[0-24679]|4[167]|5[0-3]|6[01349]|8[056])|4(?:0[124-9]|1[02-579]|2[3-5]|3[0245]|4[023578]|58|6[349]|7[02589]|8[04])|5(?:0[1-57-9]|1[0235-8]|20|3[0149]|4[01]|5[179]|6[1-47]|7[0-5]|8[0256])|6(?:0[1-35-9]|1[024-9]|2[03689]|3[016]|4[0156]|5[01679]|6[0-279]|78|8[0-269])|7(?:0[1-46-8]|1[2-9]|2[04-8]|3[0-2478]|4[0378]|5[47]|6[02359]|7[0-59]|8[156])|8(?:0[1-68]|1[02-8]|2[0168]|3[0-2589]|4[03578]|5[046-9]|6[02-5]|7[028])|9(?:0[1346-9]|1[02-9]|2[0589]|3[0146-8]|4[01357-9]|5[12469]|7[0-3589]|8[04-69]))[2-9]\\d{6}"],
				[""],
				["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}"],
				["900[2-9]\\d{6}"],
				["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}"]
			]
		],
		"UY": [
			"598",
			"0(?:0|1[3-9]\\d)",
			"0004\\d{2,9}|[1249]\\d{7}|2\\d{3,4}|(?:[49]\\d|80)\\d{5}",
			[
				4,
				5,
				6,
				7,
				8,
				9,
				10,
				11,
				12,
				13
			],
			[
				[
					"(\\d{4,5})",
					"$1",
					["21"]
				],
				[
					"(\\d{3})(\\d{3,4})",
					"$1 $2",
					["0"]
				],
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					["[49]0|8"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["9"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{4})",
					"$1 $2",
					["[124]"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{2,4})",
					"$1 $2 $3",
					["0"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})(\\d{2,4})",
					"$1 $2 $3 $4",
					["0"]
				]
			],
			"0",
			0,
			0,
			0,
			0,
			0,
			0,
			"00",
			" int. "
		],
		"UZ": [
			"998",
			"00",
			"(?:20|33|[5-9]\\d)\\d{7}",
			[9],
			[[
				"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["[235-9]"]
			]]
		],
		"VA": [
			"39",
			"00",
			"0\\d{5,10}|3[0-8]\\d{7,10}|55\\d{8}|8\\d{5}(?:\\d{2,4})?|(?:1\\d|39)\\d{7,8}",
			[
				6,
				7,
				8,
				9,
				10,
				11,
				12
			],
			0,
			0,
			0,
			0,
			0,
			0,
			"06698"
		],
		"VC": [
			"1",
			"011",
			"(?:[58]\\d\\d|784|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-7]\\d{6})$|1",
			"784$1",
			0,
			"784"
		],
		"VE": [
			"58",
			"00",
			"[68]00\\d{7}|(?:[24]\\d|[59]0)\\d{8}",
			[10],
			[[
				"(\\d{3})(\\d{7})",
				"$1-$2",
				["[24-689]"],
				"0$1"
			]],
			"0"
		],
		"VG": [
			"1",
			"011",
			"(?:284|[58]\\d\\d|900)\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-578]\\d{6})$|1",
			"284$1",
			0,
			"284"
		],
		"VI": [
			"1",
			"011",
			"[58]\\d{9}|(?:34|90)0\\d{7}",
			[10],
			0,
			"1",
			0,
			"([2-9]\\d{6})$|1",
			"340$1",
			0,
			"340"
		],
		"VN": [
			"84",
			"00",
			"[12]\\d{9}|[135-9]\\d{8}|[16]\\d{6,7}|7\\d{6}",
			[
				7,
				8,
				9,
				10
			],
			[
				[
					"(\\d{4})(\\d{4,6})",
					"$1 $2",
					["1(?:2[02]|[89])"],
					0,
					1
				],
				[
					"(\\d{2})(\\d{3})(\\d{2})(\\d{2})",
					"$1 $2 $3 $4",
					["1[26]|6"],
					"0$1",
					1
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[1357-9]"],
					"0$1",
					1
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["2[48]"],
					"0$1",
					1
				],
				[
					"(\\d{3})(\\d{4})(\\d{3})",
					"$1 $2 $3",
					["2"],
					"0$1",
					1
				]
			],
			"0"
		],
		"VU": [
			"678",
			"00",
			"[57-9]\\d{6}|(?:[238]\\d|48)\\d{3}",
			[5, 7],
			[[
				"(\\d{3})(\\d{4})",
				"$1 $2",
				["[57-9]"]
			]]
		],
		"WF": [
			"681",
			"00",
			"(?:40|72|8\\d{4})\\d{4}|[89]\\d{5}",
			[6, 9],
			[[
				"(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3",
				["[47-9]"]
			], [
				"(\\d{3})(\\d{2})(\\d{2})(\\d{2})",
				"$1 $2 $3 $4",
				["8"]
			]]
		],
		"WS": [
			"685",
			"0",
			"(?:[2-6]|8\\d{5})\\d{4}|[78]\\d{6}|[68]\\d{5}",
			[
				5,
				6,
				7,
				10
			],
			[
				[
					"(\\d{5})",
					"$1",
					["[2-5]|6[1-9]"]
				],
				[
					"(\\d{3})(\\d{3,7})",
					"$1 $2",
					["[68]"]
				],
				[
					"(\\d{2})(\\d{5})",
					"$1 $2",
					["7"]
				]
			]
		],
		"XK": [
			"383",
			"00",
			"2\\d{7,8}|3\\d{7,11}|(?:4\\d\\d|[89]00)\\d{5}",
			[
				8,
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{3})(\\d{5})",
					"$1 $2",
					["[89]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["[2-4]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["2|39"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{7,10})",
					"$1 $2",
					["3"],
					"0$1"
				]
			],
			"0"
		],
		"YE": [
			"967",
			"00",
			"(?:1|7\\d)\\d{7}|[1-7]\\d{6}",
			[
				7,
				8,
				9
			],
			[[
				"(\\d)(\\d{3})(\\d{3,4})",
				"$1 $2 $3",
				["[1-6]|7(?:[24-6]|8[0-7])"],
				"0$1"
			], [
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["7"],
				"0$1"
			]],
			"0"
		],
		"YT": [
			"262",
			"00",
			"(?:639\\d|7093)\\d{5}|(?:26|80|9\\d)\\d{7}",
			[9],
			0,
			"0",
			0,
			0,
			0,
			0,
			0,
			[
				["26(?:89\\d|9(?:0[0-467]|15|5[0-4]|6\\d|[78]0))\\d{4}"],
				["(?:639(?:0[0-79]|1[019]|[267]\\d|3[09]|40|5[05-9]|9[04-79])|7093[5-7])\\d{4}"],
				["80\\d{7}"],
				0,
				0,
				0,
				0,
				0,
				["9(?:(?:39|47)8[01]|769\\d)\\d{4}"]
			]
		],
		"ZA": [
			"27",
			"00",
			"[1-79]\\d{8}|8\\d{4,9}",
			[
				5,
				6,
				7,
				8,
				9,
				10
			],
			[
				[
					"(\\d{2})(\\d{3,4})",
					"$1 $2",
					["8[1-4]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{2,3})",
					"$1 $2 $3",
					["8[1-4]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["860"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["[1-9]"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["8"],
					"0$1"
				]
			],
			"0"
		],
		"ZM": [
			"260",
			"00",
			"800\\d{6}|(?:21|[579]\\d|63)\\d{7}",
			[9],
			[[
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[28]"],
				"0$1"
			], [
				"(\\d{2})(\\d{7})",
				"$1 $2",
				["[579]"],
				"0$1"
			]],
			"0"
		],
		"ZW": [
			"263",
			"00",
			"8\\d{6}(?:\\d{3})?|[235-8]\\d{8}",
			[
				7,
				9,
				10
			],
			[
				[
					"(\\d{3})(\\d{4})",
					"$1 $2",
					["80"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["29[013-9]"],
					"0$1"
				],
				[
					"(\\d{2})(\\d{7})",
					"$1 $2",
					["[256]|39|8[13-59]"],
					"(0$1)"
				],
				[
					"(\\d{2})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["7"],
					"0$1"
				],
				[
					"(\\d{3})(\\d{3})(\\d{3,4})",
					"$1 $2 $3",
					["3"],
					"0$1"
				],
				[
					"(\\d{4})(\\d{6})",
					"$1 $2",
					["8"],
					"0$1"
				]
			],
			"0"
		]
	},
	"nonGeographic": {
		"800": [
			"800",
			0,
			"(?:00|[1-9]\\d)\\d{6}",
			[8],
			[[
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["\\d"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			[
				0,
				0,
				["(?:00|[1-9]\\d)\\d{6}"]
			]
		],
		"808": [
			"808",
			0,
			"[1-9]\\d{7}",
			[8],
			[[
				"(\\d{4})(\\d{4})",
				"$1 $2",
				["[1-9]"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			[
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				["[1-9]\\d{7}"]
			]
		],
		"870": [
			"870",
			0,
			"7\\d{11}|[235-7]\\d{8}",
			[9, 12],
			[[
				"(\\d{3})(\\d{3})(\\d{3})",
				"$1 $2 $3",
				["[235-7]"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			[
				0,
				["(?:[356]|774[45])\\d{8}|7[6-8]\\d{7}"],
				0,
				0,
				0,
				0,
				0,
				0,
				["2\\d{8}", [9]]
			]
		],
		"878": [
			"878",
			0,
			"10\\d{10}",
			[12],
			[[
				"(\\d{2})(\\d{5})(\\d{5})",
				"$1 $2 $3",
				["1"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			[
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				["10\\d{10}"]
			]
		],
		"881": [
			"881",
			0,
			"6\\d{9}|[0-36-9]\\d{8}",
			[9, 10],
			[[
				"(\\d)(\\d{3})(\\d{5})",
				"$1 $2 $3",
				["[0-37-9]"]
			], [
				"(\\d)(\\d{3})(\\d{5,6})",
				"$1 $2 $3",
				["6"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			[0, ["6\\d{9}|[0-36-9]\\d{8}"]]
		],
		"882": [
			"882",
			0,
			"[13]\\d{6}(?:\\d{2,5})?|[19]\\d{7}|(?:[25]\\d\\d|4)\\d{7}(?:\\d{2})?",
			[
				7,
				8,
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{2})(\\d{5})",
					"$1 $2",
					["16|342"]
				],
				[
					"(\\d{2})(\\d{6})",
					"$1 $2",
					["49"]
				],
				[
					"(\\d{2})(\\d{2})(\\d{4})",
					"$1 $2 $3",
					["1[36]|9"]
				],
				[
					"(\\d{2})(\\d{4})(\\d{3})",
					"$1 $2 $3",
					["3[23]"]
				],
				[
					"(\\d{2})(\\d{3,4})(\\d{4})",
					"$1 $2 $3",
					["16"]
				],
				[
					"(\\d{2})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["10|23|3(?:[15]|4[57])|4|5[12]"]
				],
				[
					"(\\d{3})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["34"]
				],
				[
					"(\\d{2})(\\d{4,5})(\\d{5})",
					"$1 $2 $3",
					["[1-35]"]
				]
			],
			0,
			0,
			0,
			0,
			0,
			0,
			[
				0,
				["342\\d{4}|(?:337|49)\\d{6}|(?:3(?:2|47|7\\d{3})|5(?:0\\d{3}|2[0-2]))\\d{7}", [
					7,
					8,
					9,
					10,
					12
				]],
				0,
				0,
				0,
				["348[57]\\d{7}", [11]],
				0,
				0,
				["1(?:3(?:0[0347]|[13][0139]|2[035]|4[013568]|6[0459]|7[06]|8[15-8]|9[0689])\\d{4}|6\\d{5,10})|(?:345\\d|9[89])\\d{6}|(?:10|2(?:3|85\\d)|3(?:[15]|[69]\\d\\d)|4[15-8]|51)\\d{8}"]
			]
		],
		"883": [
			"883",
			0,
			"(?:[1-4]\\d|51)\\d{6,10}",
			[
				8,
				9,
				10,
				11,
				12
			],
			[
				[
					"(\\d{3})(\\d{3})(\\d{2,8})",
					"$1 $2 $3",
					["[14]|2[24-689]|3[02-689]|51[24-9]"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3",
					["510"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{4})",
					"$1 $2 $3",
					["21"]
				],
				[
					"(\\d{4})(\\d{4})(\\d{4})",
					"$1 $2 $3",
					["51[13]"]
				],
				[
					"(\\d{3})(\\d{3})(\\d{3})(\\d{3})",
					"$1 $2 $3 $4",
					["[235]"]
				]
			],
			0,
			0,
			0,
			0,
			0,
			0,
			[
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				0,
				["(?:2(?:00\\d\\d|10)|(?:370[1-9]|51\\d0)\\d)\\d{7}|51(?:00\\d{5}|[24-9]0\\d{4,7})|(?:1[0-79]|2[24-689]|3[02-689]|4[0-4])0\\d{5,9}"]
			]
		],
		"888": [
			"888",
			0,
			"\\d{11}",
			[11],
			[["(\\d{3})(\\d{3})(\\d{5})", "$1 $2 $3"]],
			0,
			0,
			0,
			0,
			0,
			0,
			[
				0,
				0,
				0,
				0,
				0,
				0,
				["\\d{11}"]
			]
		],
		"979": [
			"979",
			0,
			"[1359]\\d{8}",
			[9],
			[[
				"(\\d)(\\d{4})(\\d{4})",
				"$1 $2 $3",
				["[1359]"]
			]],
			0,
			0,
			0,
			0,
			0,
			0,
			[
				0,
				0,
				0,
				["[1359]\\d{8}"]
			]
		]
	}
};
// node_modules/libphonenumber-js/min/exports/withMetadataArgument.js
function withMetadataArgument(func, _arguments) {
	var args = Array.prototype.slice.call(_arguments);
	args.push(metadata_min_json_default);
	return func.apply(this, args);
}
// node_modules/libphonenumber-js/es6/tools/semver-compare.js
function semver_compare_default(a, b) {
	a = a.split("-");
	b = b.split("-");
	var pa = a[0].split(".");
	var pb = b[0].split(".");
	for (var i = 0; i < 3; i++) {
		var na = Number(pa[i]);
		var nb = Number(pb[i]);
		if (na > nb) return 1;
		if (nb > na) return -1;
		if (!isNaN(na) && isNaN(nb)) return 1;
		if (isNaN(na) && !isNaN(nb)) return -1;
	}
	if (a[1] && b[1]) return a[1] > b[1] ? 1 : a[1] < b[1] ? -1 : 0;
	return !a[1] && b[1] ? 1 : a[1] && !b[1] ? -1 : 0;
}
// node_modules/libphonenumber-js/es6/helpers/isObject.js
var objectConstructor = {}.constructor;
function isObject(object) {
	return object !== void 0 && object !== null && object.constructor === objectConstructor;
}
// node_modules/libphonenumber-js/es6/helpers/isCallingCode.js
var CALLING_CODE_REG_EXP = /^\d+$/;
function isCallingCode(string) {
	return CALLING_CODE_REG_EXP.test(string);
}
// node_modules/libphonenumber-js/es6/metadata.js
function _typeof$5(o) {
	"@babel/helpers - typeof";
	return _typeof$5 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$5(o);
}
function _classCallCheck$2(a, n) {
	if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties$2(e, r) {
	for (var t = 0; t < r.length; t++) {
		var o = r[t];
		o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, _toPropertyKey$5(o.key), o);
	}
}
function _createClass$2(e, r, t) {
	return r && _defineProperties$2(e.prototype, r), t && _defineProperties$2(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e;
}
function _toPropertyKey$5(t) {
	var i = _toPrimitive$5(t, "string");
	return "symbol" == _typeof$5(i) ? i : i + "";
}
function _toPrimitive$5(t, r) {
	if ("object" != _typeof$5(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof$5(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
var V3 = "1.2.0";
var V4 = "1.7.35";
var DEFAULT_EXT_PREFIX = " ext. ";
/**
* See: https://gitlab.com/catamphetamine/libphonenumber-js/blob/master/METADATA.md
*/
var Metadata = /*#__PURE__*/ function() {
	/**
	* @param {object} metadata — Metadata JSON.
	*/
	function Metadata(metadata) {
		_classCallCheck$2(this, Metadata);
		validateMetadata(metadata);
		this.metadata = metadata;
		setVersion.call(this, metadata);
	}
	return _createClass$2(Metadata, [
		{
			key: "getCountries",
			value: function getCountries() {
				return Object.keys(this.metadata.countries).filter(function(_) {
					return _ !== "001";
				});
			}
		},
		{
			key: "getCountryMetadata",
			value: function getCountryMetadata(countryCode) {
				return this.metadata.countries[countryCode];
			}
		},
		{
			key: "nonGeographic",
			value: function nonGeographic() {
				if (this.v1 || this.v2 || this.v3) return;
				return this.metadata.nonGeographic || this.metadata.nonGeographical;
			}
		},
		{
			key: "hasCountry",
			value: function hasCountry(country) {
				return this.getCountryMetadata(country) !== void 0;
			}
		},
		{
			key: "hasCallingCode",
			value: function hasCallingCode(callingCode) {
				if (this.getCountryCodesForCallingCode(callingCode)) return true;
				if (this.nonGeographic()) {
					if (this.nonGeographic()[callingCode]) return true;
				} else {
					var countryCodes = this.countryCallingCodes()[callingCode];
					if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") return true;
				}
			}
		},
		{
			key: "isNonGeographicCallingCode",
			value: function isNonGeographicCallingCode(callingCode) {
				if (this.nonGeographic()) return this.nonGeographic()[callingCode] ? true : false;
				else return this.getCountryCodesForCallingCode(callingCode) ? false : true;
			}
		},
		{
			key: "country",
			value: function country(countryCode) {
				return this.selectNumberingPlan(countryCode);
			}
		},
		{
			key: "selectNumberingPlan",
			value: function selectNumberingPlan(argument, legacyArgumentCallingCode) {
				var countryCode;
				var callingCode;
				if (argument) {
					if (isCallingCode(argument)) callingCode = argument;
					else countryCode = argument;
				}
				if (legacyArgumentCallingCode) callingCode = legacyArgumentCallingCode;
				if (countryCode && countryCode !== "001") {
					var countryMetadata = this.getCountryMetadata(countryCode);
					if (!countryMetadata) throw new Error("Unknown country: ".concat(countryCode));
					this.numberingPlan = new NumberingPlan(countryMetadata, this);
				} else if (callingCode) {
					if (!this.hasCallingCode(callingCode)) throw new Error("Unknown calling code: ".concat(callingCode));
					this.numberingPlan = new NumberingPlan(this.getNumberingPlanMetadata(callingCode), this);
				} else this.numberingPlan = void 0;
				return this;
			}
		},
		{
			key: "getCountryCodesForCallingCode",
			value: function getCountryCodesForCallingCode(callingCode) {
				var countryCodes = this.countryCallingCodes()[callingCode];
				if (countryCodes) {
					if (countryCodes.length === 1 && countryCodes[0].length === 3) return;
					return countryCodes;
				}
			}
		},
		{
			key: "getCountryCodeForCallingCode",
			value: function getCountryCodeForCallingCode(callingCode) {
				var countryCodes = this.getCountryCodesForCallingCode(callingCode);
				if (countryCodes) return countryCodes[0];
			}
		},
		{
			key: "getNumberingPlanMetadata",
			value: function getNumberingPlanMetadata(callingCode) {
				var countryCode = this.getCountryCodeForCallingCode(callingCode);
				if (countryCode) return this.getCountryMetadata(countryCode);
				if (this.nonGeographic()) {
					var metadata = this.nonGeographic()[callingCode];
					if (metadata) return metadata;
				} else {
					var countryCodes = this.countryCallingCodes()[callingCode];
					if (countryCodes && countryCodes.length === 1 && countryCodes[0] === "001") return this.metadata.countries["001"];
				}
			}
		},
		{
			key: "countryCallingCode",
			value: function countryCallingCode() {
				return this.numberingPlan.callingCode();
			}
		},
		{
			key: "IDDPrefix",
			value: function IDDPrefix() {
				return this.numberingPlan.IDDPrefix();
			}
		},
		{
			key: "defaultIDDPrefix",
			value: function defaultIDDPrefix() {
				return this.numberingPlan.defaultIDDPrefix();
			}
		},
		{
			key: "nationalNumberPattern",
			value: function nationalNumberPattern() {
				return this.numberingPlan.nationalNumberPattern();
			}
		},
		{
			key: "possibleLengths",
			value: function possibleLengths() {
				return this.numberingPlan.possibleLengths();
			}
		},
		{
			key: "formats",
			value: function formats() {
				return this.numberingPlan.formats();
			}
		},
		{
			key: "nationalPrefixForParsing",
			value: function nationalPrefixForParsing() {
				return this.numberingPlan.nationalPrefixForParsing();
			}
		},
		{
			key: "nationalPrefixTransformRule",
			value: function nationalPrefixTransformRule() {
				return this.numberingPlan.nationalPrefixTransformRule();
			}
		},
		{
			key: "leadingDigits",
			value: function leadingDigits() {
				return this.numberingPlan.leadingDigits();
			}
		},
		{
			key: "hasTypes",
			value: function hasTypes() {
				return this.numberingPlan.hasTypes();
			}
		},
		{
			key: "type",
			value: function type(_type) {
				return this.numberingPlan.type(_type);
			}
		},
		{
			key: "ext",
			value: function ext() {
				return this.numberingPlan.ext();
			}
		},
		{
			key: "countryCallingCodes",
			value: function countryCallingCodes() {
				if (this.v1) return this.metadata.country_phone_code_to_countries;
				return this.metadata.country_calling_codes;
			}
		},
		{
			key: "chooseCountryByCountryCallingCode",
			value: function chooseCountryByCountryCallingCode(callingCode) {
				return this.selectNumberingPlan(callingCode);
			}
		},
		{
			key: "hasSelectedNumberingPlan",
			value: function hasSelectedNumberingPlan() {
				return this.numberingPlan !== void 0;
			}
		}
	]);
}();
var NumberingPlan = /*#__PURE__*/ function() {
	function NumberingPlan(metadata, globalMetadataObject) {
		_classCallCheck$2(this, NumberingPlan);
		this.globalMetadataObject = globalMetadataObject;
		this.metadata = metadata;
		setVersion.call(this, globalMetadataObject.metadata);
	}
	return _createClass$2(NumberingPlan, [
		{
			key: "callingCode",
			value: function callingCode() {
				return this.metadata[0];
			}
		},
		{
			key: "_getDefaultCountryMetadataForThisCallingCode",
			value: function _getDefaultCountryMetadataForThisCallingCode() {
				return this.globalMetadataObject.getNumberingPlanMetadata(this.callingCode());
			}
		},
		{
			key: "getDefaultCountryMetadataForRegion",
			value: function getDefaultCountryMetadataForRegion() {
				return this._getDefaultCountryMetadataForThisCallingCode();
			}
		},
		{
			key: "IDDPrefix",
			value: function IDDPrefix() {
				if (this.v1 || this.v2) return;
				return this.metadata[1];
			}
		},
		{
			key: "defaultIDDPrefix",
			value: function defaultIDDPrefix() {
				if (this.v1 || this.v2) return;
				return this.metadata[12];
			}
		},
		{
			key: "nationalNumberPattern",
			value: function nationalNumberPattern() {
				if (this.v1 || this.v2) return this.metadata[1];
				return this.metadata[2];
			}
		},
		{
			key: "possibleLengths",
			value: function possibleLengths() {
				if (this.v1) return;
				return this.metadata[this.v2 ? 2 : 3];
			}
		},
		{
			key: "_getFormats",
			value: function _getFormats(metadata) {
				return metadata[this.v1 ? 2 : this.v2 ? 3 : 4];
			}
		},
		{
			key: "formats",
			value: function formats() {
				var _this = this;
				return (this._getFormats(this.metadata) || this._getFormats(this._getDefaultCountryMetadataForThisCallingCode()) || []).map(function(_) {
					return new Format(_, _this);
				});
			}
		},
		{
			key: "nationalPrefix",
			value: function nationalPrefix() {
				return this.metadata[this.v1 ? 3 : this.v2 ? 4 : 5];
			}
		},
		{
			key: "_getNationalPrefixFormattingRule",
			value: function _getNationalPrefixFormattingRule(metadata) {
				return metadata[this.v1 ? 4 : this.v2 ? 5 : 6];
			}
		},
		{
			key: "nationalPrefixFormattingRule",
			value: function nationalPrefixFormattingRule() {
				return this._getNationalPrefixFormattingRule(this.metadata) || this._getNationalPrefixFormattingRule(this._getDefaultCountryMetadataForThisCallingCode());
			}
		},
		{
			key: "_nationalPrefixForParsing",
			value: function _nationalPrefixForParsing() {
				return this.metadata[this.v1 ? 5 : this.v2 ? 6 : 7];
			}
		},
		{
			key: "nationalPrefixForParsing",
			value: function nationalPrefixForParsing() {
				return this._nationalPrefixForParsing() || this.nationalPrefix();
			}
		},
		{
			key: "nationalPrefixTransformRule",
			value: function nationalPrefixTransformRule() {
				return this.metadata[this.v1 ? 6 : this.v2 ? 7 : 8];
			}
		},
		{
			key: "_getNationalPrefixIsOptionalWhenFormatting",
			value: function _getNationalPrefixIsOptionalWhenFormatting() {
				return !!this.metadata[this.v1 ? 7 : this.v2 ? 8 : 9];
			}
		},
		{
			key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
			value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
				return this._getNationalPrefixIsOptionalWhenFormatting(this.metadata) || this._getNationalPrefixIsOptionalWhenFormatting(this._getDefaultCountryMetadataForThisCallingCode());
			}
		},
		{
			key: "leadingDigits",
			value: function leadingDigits() {
				return this.metadata[this.v1 ? 8 : this.v2 ? 9 : 10];
			}
		},
		{
			key: "types",
			value: function types() {
				return this.metadata[this.v1 ? 9 : this.v2 ? 10 : 11];
			}
		},
		{
			key: "hasTypes",
			value: function hasTypes() {
				/* istanbul ignore next */
				if (this.types() && this.types().length === 0) return false;
				return !!this.types();
			}
		},
		{
			key: "type",
			value: function type(_type2) {
				if (this.hasTypes() && getType(this.types(), _type2)) return new Type(getType(this.types(), _type2), this);
			}
		},
		{
			key: "ext",
			value: function ext() {
				if (this.v1 || this.v2) return DEFAULT_EXT_PREFIX;
				return this.metadata[13] || DEFAULT_EXT_PREFIX;
			}
		}
	]);
}();
var Format = /*#__PURE__*/ function() {
	function Format(format, metadata) {
		_classCallCheck$2(this, Format);
		this._format = format;
		this.metadata = metadata;
	}
	return _createClass$2(Format, [
		{
			key: "pattern",
			value: function pattern() {
				return this._format[0];
			}
		},
		{
			key: "format",
			value: function format() {
				return this._format[1];
			}
		},
		{
			key: "leadingDigitsPatterns",
			value: function leadingDigitsPatterns() {
				return this._format[2] || [];
			}
		},
		{
			key: "nationalPrefixFormattingRule",
			value: function nationalPrefixFormattingRule() {
				return this._format[3] || this.metadata.nationalPrefixFormattingRule();
			}
		},
		{
			key: "nationalPrefixIsOptionalWhenFormattingInNationalFormat",
			value: function nationalPrefixIsOptionalWhenFormattingInNationalFormat() {
				return !!this._format[4] || this.metadata.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
			}
		},
		{
			key: "nationalPrefixIsMandatoryWhenFormattingInNationalFormat",
			value: function nationalPrefixIsMandatoryWhenFormattingInNationalFormat() {
				return this.usesNationalPrefix() && !this.nationalPrefixIsOptionalWhenFormattingInNationalFormat();
			}
		},
		{
			key: "usesNationalPrefix",
			value: function usesNationalPrefix() {
				return this.nationalPrefixFormattingRule() && !FIRST_GROUP_ONLY_PREFIX_PATTERN.test(this.nationalPrefixFormattingRule()) ? true : false;
			}
		},
		{
			key: "internationalFormat",
			value: function internationalFormat() {
				return this._format[5] || this.format();
			}
		}
	]);
}();
/**
* A pattern that is used to determine if the national prefix formatting rule
* has the first group only, i.e., does not start with the national prefix.
* Note that the pattern explicitly allows for unbalanced parentheses.
*/
var FIRST_GROUP_ONLY_PREFIX_PATTERN = /^\(?\$1\)?$/;
var Type = /*#__PURE__*/ function() {
	function Type(type, metadata) {
		_classCallCheck$2(this, Type);
		this.type = type;
		this.metadata = metadata;
	}
	return _createClass$2(Type, [{
		key: "pattern",
		value: function pattern() {
			if (this.metadata.v1) return this.type;
			return this.type[0];
		}
	}, {
		key: "possibleLengths",
		value: function possibleLengths() {
			if (this.metadata.v1) return;
			return this.type[1] || this.metadata.possibleLengths();
		}
	}]);
}();
function getType(types, type) {
	switch (type) {
		case "FIXED_LINE": return types[0];
		case "MOBILE": return types[1];
		case "TOLL_FREE": return types[2];
		case "PREMIUM_RATE": return types[3];
		case "PERSONAL_NUMBER": return types[4];
		case "VOICEMAIL": return types[5];
		case "UAN": return types[6];
		case "PAGER": return types[7];
		case "VOIP": return types[8];
		case "SHARED_COST": return types[9];
	}
}
function validateMetadata(metadata) {
	if (!metadata) throw new Error("[libphonenumber-js] `metadata` argument not passed. Check your arguments.");
	if (!isObject(metadata) || !isObject(metadata.countries)) throw new Error("[libphonenumber-js] `metadata` argument was passed but it's not a valid metadata. Must be an object having `.countries` child object property. Got ".concat(isObject(metadata) ? "an object of shape: { " + Object.keys(metadata).join(", ") + " }" : "a " + typeOf(metadata) + ": " + metadata, "."));
}
/* istanbul ignore next */
var typeOf = function typeOf(_) {
	return _typeof$5(_);
};
/**
* Returns "country calling code" for a country.
* Throws an error if the country doesn't exist or isn't supported by this library.
* @param  {string} country
* @param  {object} metadataJson
* @return {string}
* @example
* // Returns "44"
* getCountryCallingCode("GB")
*/
function getCountryCallingCode(country, metadataJson) {
	var metadata = new Metadata(metadataJson);
	if (metadata.hasCountry(country)) return metadata.selectNumberingPlan(country).countryCallingCode();
	throw new Error("Unknown country: ".concat(country));
}
/**
* Tells if a country code is supported.
* @param  {string} country
* @param  {object} metadataJson
* @return {boolean}
* @example
* // Returns `true`
* isSupportedCountry("GB")
*/
function isSupportedCountry(country, metadataJson) {
	return metadataJson.countries.hasOwnProperty(country);
}
/**
* Sets `v1`/`v2`/`v3`/`v4` properties on `this` object.
* @param {object} metadata — Metadata JSON
*/
function setVersion(metadata) {
	var version = metadata.version;
	if (typeof version === "number") {
		this.v1 = version === 1;
		this.v2 = version === 2;
		this.v3 = version === 3;
		this.v4 = version === 4;
	} else if (!version) this.v1 = true;
	else if (semver_compare_default(version, V3) === -1) this.v2 = true;
	else if (semver_compare_default(version, V4) === -1) this.v3 = true;
	else this.v4 = true;
}
// node_modules/libphonenumber-js/es6/helpers/mergeArrays.js
function _createForOfIteratorHelperLoose$3(r, e) {
	var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
	if (t) return (t = t.call(r)).next.bind(t);
	if (Array.isArray(r) || (t = _unsupportedIterableToArray$4(r)) || e && r && "number" == typeof r.length) {
		t && (r = t);
		var o = 0;
		return function() {
			return o >= r.length ? { done: !0 } : {
				done: !1,
				value: r[o++]
			};
		};
	}
	throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray$4(r, a) {
	if (r) {
		if ("string" == typeof r) return _arrayLikeToArray$4(r, a);
		var t = {}.toString.call(r).slice(8, -1);
		return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray$4(r, a) : void 0;
	}
}
function _arrayLikeToArray$4(r, a) {
	(null == a || a > r.length) && (a = r.length);
	for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
	return n;
}
/**
* Merges two arrays.
* @param  {*} a
* @param  {*} b
* @return {*}
*/
function mergeArrays(a, b) {
	var merged = a.slice();
	for (var _iterator = _createForOfIteratorHelperLoose$3(b), _step; !(_step = _iterator()).done;) {
		var element = _step.value;
		if (a.indexOf(element) < 0) merged.push(element);
	}
	return merged.sort(function(a, b) {
		return a - b;
	});
}
// node_modules/libphonenumber-js/es6/helpers/checkNumberLength.js
/**
* Checks phone number length against the phone numbering plan selected in metadata.
* Optionally, it could be restrained by a specific country.
* @param {string} nationalNumber
* @param {string?} country — Specific country to use rather than the one that is pre-selected in the metadata instance.
* @param {Metadata} metadata — Metadata instance with a selected numbering plan.
* @returns {string}
*/
function checkNumberLength(nationalNumber, country, metadata) {
	return checkNumberLengthForType(nationalNumber, void 0, country, metadata);
}
/**
* Checks phone number length against the phone numbering plan selected in metadata.
* Optionally, it could be restrained by a specific phone number type or a specific country.
* @param {string} nationalNumber
* @param {string?} type — Specific phone number type.
* @param {string?} country — Specific country to use instead of the one that is pre-selected in the metadata instance.
* @param {Metadata} metadata — Metadata instance with a selected numbering plan.
* @returns {string} See the README on `validatePhoneNumberLength()` function, with an addition of a special case: when phone numbers of type `type` aren't possible in the telephone numbering plan, it will return "INVALID_LENGTH".
*/
function checkNumberLengthForType(nationalNumber, type, country, metadata) {
	if (country) {
		metadata = new Metadata(metadata.metadata);
		metadata.selectNumberingPlan(country);
	}
	var type_info = metadata.type(type);
	var possible_lengths = type_info && type_info.possibleLengths() || metadata.possibleLengths();
	if (!possible_lengths) return "IS_POSSIBLE";
	if (type === "FIXED_LINE_OR_MOBILE") {
		/* istanbul ignore next */
		if (!metadata.type("FIXED_LINE")) return checkNumberLengthForType(nationalNumber, "MOBILE", country, metadata);
		var mobile_type = metadata.type("MOBILE");
		if (mobile_type) possible_lengths = mergeArrays(possible_lengths, mobile_type.possibleLengths());
	} else if (type && !type_info) return "INVALID_LENGTH";
	var actual_length = nationalNumber.length;
	var minimum_length = possible_lengths[0];
	if (minimum_length === actual_length) return "IS_POSSIBLE";
	if (minimum_length > actual_length) return "TOO_SHORT";
	if (possible_lengths[possible_lengths.length - 1] < actual_length) return "TOO_LONG";
	return possible_lengths.indexOf(actual_length, 1) >= 0 ? "IS_POSSIBLE" : "INVALID_LENGTH";
}
// node_modules/libphonenumber-js/es6/isPossible.js
/**
* Checks if a phone number is "possible" (basically just checks its length).
*
* isPossible(phoneNumberInstance, { ..., v2: true }, metadata)
*
* isPossible({ phone: '8005553535', country: 'RU' }, { ... }, metadata)
* isPossible({ phone: '8005553535', country: 'RU' }, undefined, metadata)
*
* @param  {object|PhoneNumber} input — If `options.v2: true` flag is passed, the `input` should be a `PhoneNumber` instance. Otherwise, it should be an object of shape `{ phone: '...', country: '...' }`.
* @param  {object} [options]
* @param  {object} metadataJson
* @return {string}
*/
function isPossiblePhoneNumber(input, options, metadataJson) {
	/* istanbul ignore if */
	if (options === void 0) options = {};
	var metadata = new Metadata(metadataJson);
	if (options.v2) {
		if (!input.countryCallingCode) throw new Error("Invalid phone number object passed");
		metadata.selectNumberingPlan(input.country || input.countryCallingCode);
	} else {
		if (!input.phone) return false;
		if (input.country) {
			if (!metadata.hasCountry(input.country)) throw new Error("Unknown country: ".concat(input.country));
			metadata.selectNumberingPlan(input.country);
		} else {
			if (!input.countryCallingCode) throw new Error("Invalid phone number object passed");
			metadata.selectNumberingPlan(input.countryCallingCode);
		}
	}
	if (metadata.possibleLengths()) return isPossibleNumber(input.phone || input.nationalNumber, metadata);
	if (input.countryCallingCode && metadata.isNonGeographicCallingCode(input.countryCallingCode)) return true;
	throw new Error("Missing \"possibleLengths\" in metadata. Perhaps the metadata has been generated before v1.0.18.");
}
/**
* Tells if a given national (significant) number is possible
* @param {string} nationalNumber
* @param {Metadata} metadata = Metadata instance with a pre-selected telephone numbering plan.
* @returns {boolean}
*/
function isPossibleNumber(nationalNumber, metadata) {
	switch (checkNumberLength(nationalNumber, void 0, metadata)) {
		case "IS_POSSIBLE": return true;
		default: return false;
	}
}
// node_modules/libphonenumber-js/es6/helpers/matchesEntirely.js
/**
* Checks whether the entire input sequence can be matched
* against the regular expression.
* @return {boolean}
*/
function matchesEntirely(text, regularExpressionText) {
	text = text || "";
	return new RegExp("^(?:" + regularExpressionText + ")$").test(text);
}
// node_modules/libphonenumber-js/es6/helpers/getNumberType.js
function _createForOfIteratorHelperLoose$2(r, e) {
	var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
	if (t) return (t = t.call(r)).next.bind(t);
	if (Array.isArray(r) || (t = _unsupportedIterableToArray$3(r)) || e && r && "number" == typeof r.length) {
		t && (r = t);
		var o = 0;
		return function() {
			return o >= r.length ? { done: !0 } : {
				done: !1,
				value: r[o++]
			};
		};
	}
	throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray$3(r, a) {
	if (r) {
		if ("string" == typeof r) return _arrayLikeToArray$3(r, a);
		var t = {}.toString.call(r).slice(8, -1);
		return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray$3(r, a) : void 0;
	}
}
function _arrayLikeToArray$3(r, a) {
	(null == a || a > r.length) && (a = r.length);
	for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
	return n;
}
var NON_FIXED_LINE_PHONE_TYPES = [
	"MOBILE",
	"PREMIUM_RATE",
	"TOLL_FREE",
	"SHARED_COST",
	"VOIP",
	"PERSONAL_NUMBER",
	"PAGER",
	"UAN",
	"VOICEMAIL"
];
function getNumberType(input, options, metadataJson) {
	options = options || {};
	if (!input.country && !input.countryCallingCode) return;
	var metadata = new Metadata(metadataJson);
	metadata.selectNumberingPlan(input.country || input.countryCallingCode);
	var nationalNumber = options.v2 ? input.nationalNumber : input.phone;
	if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern())) return;
	if (isNumberTypeEqualTo(nationalNumber, "FIXED_LINE", metadata)) {
		if (metadata.type("MOBILE") && metadata.type("MOBILE").pattern() === "") return "FIXED_LINE_OR_MOBILE";
		if (!metadata.type("MOBILE")) return "FIXED_LINE_OR_MOBILE";
		/* istanbul ignore if */
		if (isNumberTypeEqualTo(nationalNumber, "MOBILE", metadata)) return "FIXED_LINE_OR_MOBILE";
		return "FIXED_LINE";
	}
	for (var _iterator = _createForOfIteratorHelperLoose$2(NON_FIXED_LINE_PHONE_TYPES), _step; !(_step = _iterator()).done;) {
		var type = _step.value;
		if (isNumberTypeEqualTo(nationalNumber, type, metadata)) return type;
	}
}
function isNumberTypeEqualTo(nationalNumber, type, metadata) {
	var typeDefinition = metadata.type(type);
	if (!typeDefinition || !typeDefinition.pattern()) return false;
	if (typeDefinition.possibleLengths() && typeDefinition.possibleLengths().indexOf(nationalNumber.length) < 0) return false;
	return matchesEntirely(nationalNumber, typeDefinition.pattern());
}
// node_modules/libphonenumber-js/es6/isValid.js
/**
* Checks if a given phone number is valid.
*
* isValid(phoneNumberInstance, { ..., v2: true }, metadata)
*
* isPossible({ phone: '8005553535', country: 'RU' }, { ... }, metadata)
* isPossible({ phone: '8005553535', country: 'RU' }, undefined, metadata)
*
* If the `number` is a string, it will be parsed to an object,
* but only if it contains only valid phone number characters (including punctuation).
* If the `number` is an object, it is used as is.
*
* The optional `defaultCountry` argument is the default country.
* I.e. it does not restrict to just that country,
* e.g. in those cases where several countries share
* the same phone numbering rules (NANPA, Britain, etc).
* For example, even though the number `07624 369230`
* belongs to the Isle of Man ("IM" country code)
* calling `isValidNumber('07624369230', 'GB', metadata)`
* still returns `true` because the country is not restricted to `GB`,
* it's just that `GB` is the default one for the phone numbering rules.
* For restricting the country see `isValidNumberForRegion()`
* though restricting a country might not be a good idea.
* https://github.com/googlei18n/libphonenumber/blob/master/FAQ.md#when-should-i-use-isvalidnumberforregion
*
* Examples:
*
* ```js
* isValidNumber('+78005553535', metadata)
* isValidNumber('8005553535', 'RU', metadata)
* isValidNumber('88005553535', 'RU', metadata)
* isValidNumber({ phone: '8005553535', country: 'RU' }, metadata)
* ```
*/
function isValidNumber(input, options, metadataJson) {
	options = options || {};
	var metadata = new Metadata(metadataJson);
	metadata.selectNumberingPlan(input.country || input.countryCallingCode);
	if (metadata.hasTypes()) return getNumberType(input, options, metadata.metadata) !== void 0;
	return matchesEntirely(options.v2 ? input.nationalNumber : input.phone, metadata.nationalNumberPattern());
}
// node_modules/libphonenumber-js/es6/helpers/isCountryCode.js
var COUNTRY_CODE_REG_EXP = /^[A-Z]{2}$/;
function isCountryCode(string) {
	return COUNTRY_CODE_REG_EXP.test(string);
}
// node_modules/libphonenumber-js/es6/helpers/getCountryAndCallingCodeFromOneOfThem.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE$2 = false;
function getCountryAndCallingCodeFromOneOfThem(countryOrCallingCode, metadataJson) {
	var country;
	var callingCode;
	var metadata = new Metadata(metadataJson);
	if (isCountryCode(countryOrCallingCode)) {
		country = countryOrCallingCode;
		metadata.selectNumberingPlan(country);
		callingCode = metadata.countryCallingCode();
	} else {
		callingCode = countryOrCallingCode;
		/* istanbul ignore if */
		if (USE_NON_GEOGRAPHIC_COUNTRY_CODE$2) {
			if (metadata.isNonGeographicCallingCode(callingCode)) country = "001";
		}
	}
	return {
		country,
		callingCode
	};
}
// node_modules/libphonenumber-js/es6/helpers/getPossibleCountriesForNumber.js
/**
* Returns a list of countries that the phone number could potentially belong to.
* @param  {string} callingCode — Calling code.
* @param  {string} nationalNumber — National (significant) number.
* @param  {object} metadata — Metadata.
* @return {string[]} A list of possible countries.
*/
function getPossibleCountriesForNumber(callingCode, nationalNumber, metadata) {
	var possibleCountries = new Metadata(metadata).getCountryCodesForCallingCode(callingCode);
	if (!possibleCountries) return [];
	return possibleCountries.filter(function(country) {
		return couldNationalNumberBelongToCountry(nationalNumber, country, metadata);
	});
}
function couldNationalNumberBelongToCountry(nationalNumber, country, metadataJson) {
	var metadata = new Metadata(metadataJson);
	metadata.selectNumberingPlan(country);
	return metadata.numberingPlan.possibleLengths().indexOf(nationalNumber.length) >= 0;
}
// node_modules/libphonenumber-js/es6/constants.js
var VALID_DIGITS = "0-9０-９٠-٩۰-۹";
var VALID_PUNCTUATION = "".concat("-‐-―−ー－").concat("／/").concat("．.").concat(" \xA0­​⁠　").concat("()（）［］\\[\\]").concat("~⁓∼～");
var PLUS_CHARS = "+＋";
// node_modules/libphonenumber-js/es6/helpers/stripIddPrefix.js
var CAPTURING_DIGIT_PATTERN = new RegExp("([" + VALID_DIGITS + "])");
function stripIddPrefix(number, country, callingCode, metadataJson) {
	if (!country) return;
	var metadata = new Metadata(metadataJson);
	metadata.selectNumberingPlan(country || callingCode);
	var IDDPrefixPattern = new RegExp(metadata.IDDPrefix());
	if (number.search(IDDPrefixPattern) !== 0) return;
	number = number.slice(number.match(IDDPrefixPattern)[0].length);
	var matchedGroups = number.match(CAPTURING_DIGIT_PATTERN);
	if (matchedGroups && matchedGroups[1] != null && matchedGroups[1].length > 0) {
		if (matchedGroups[1] === "0") return;
	}
	return number;
}
// node_modules/libphonenumber-js/es6/helpers/extractNationalNumberFromPossiblyIncompleteNumber.js
/**
* Strips any national prefix (such as 0, 1) present in a
* (possibly incomplete) number provided.
* Also strips a "carrier code", if it's present.
* "Carrier codes" are only used  in Colombia and Brazil,
* and only when dialing within those countries from a mobile phone to a fixed line number.
* Sometimes it won't actually strip national prefix
* and will instead prepend some digits to the `number`:
* for example, when number `2345678` is passed with `VI` country selected,
* it will return `{ number: "3402345678" }`, because `340` area code is prepended.
* @param {string} number — National number digits.
* @param {object} metadata — Metadata with country selected.
* @return {object} `{ nationalNumber: string, nationalPrefix: string? carrierCode: string? }`. Even if a national prefix was extracted, it's not necessarily present in the returned object, so don't rely on its presence in the returned object in order to find out whether a national prefix has been extracted or not.
*/
function extractNationalNumberFromPossiblyIncompleteNumber(number, metadata) {
	if (number && metadata.numberingPlan.nationalPrefixForParsing()) {
		var prefixPattern = new RegExp("^(?:" + metadata.numberingPlan.nationalPrefixForParsing() + ")");
		var prefixMatch = prefixPattern.exec(number);
		if (prefixMatch) {
			var nationalNumber;
			var carrierCode;
			var capturedGroupsCount = prefixMatch.length - 1;
			var hasCapturedGroups = capturedGroupsCount > 0 && prefixMatch[capturedGroupsCount];
			if (metadata.nationalPrefixTransformRule() && hasCapturedGroups) {
				nationalNumber = number.replace(prefixPattern, metadata.nationalPrefixTransformRule());
				if (capturedGroupsCount > 1) carrierCode = prefixMatch[1];
			} else {
				var prefixBeforeNationalNumber = prefixMatch[0];
				nationalNumber = number.slice(prefixBeforeNationalNumber.length);
				if (hasCapturedGroups) carrierCode = prefixMatch[1];
			}
			var nationalPrefix;
			if (hasCapturedGroups) {
				var possiblePositionOfTheFirstCapturedGroup = number.indexOf(prefixMatch[1]);
				if (number.slice(0, possiblePositionOfTheFirstCapturedGroup) === metadata.numberingPlan.nationalPrefix()) nationalPrefix = metadata.numberingPlan.nationalPrefix();
			} else nationalPrefix = prefixMatch[0];
			return {
				nationalNumber,
				nationalPrefix,
				carrierCode
			};
		}
	}
	return { nationalNumber: number };
}
// node_modules/libphonenumber-js/es6/helpers/getCountryByNationalNumber.js
function _createForOfIteratorHelperLoose$1(r, e) {
	var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
	if (t) return (t = t.call(r)).next.bind(t);
	if (Array.isArray(r) || (t = _unsupportedIterableToArray$2(r)) || e && r && "number" == typeof r.length) {
		t && (r = t);
		var o = 0;
		return function() {
			return o >= r.length ? { done: !0 } : {
				done: !1,
				value: r[o++]
			};
		};
	}
	throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray$2(r, a) {
	if (r) {
		if ("string" == typeof r) return _arrayLikeToArray$2(r, a);
		var t = {}.toString.call(r).slice(8, -1);
		return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray$2(r, a) : void 0;
	}
}
function _arrayLikeToArray$2(r, a) {
	(null == a || a > r.length) && (a = r.length);
	for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
	return n;
}
/**
* Returns the exact country that a given national (significant) number belongs to
* in case of ambiguity, i.e. when multiple countries share the same "country calling code".
* @param {string} [nationalNumber]
* @param {string[]} countries — A list of countries that share the same calling code.
* @param {object} metadata — Metadata JSON.
* @returns {string?} Returns the exact country this number belongs to, or `undefined` if the exact country couldn't be determined.
*/
function getCountryByNationalNumber(nationalNumber, countries, metadataJson) {
	var metadata = new Metadata(metadataJson);
	for (var _iterator = _createForOfIteratorHelperLoose$1(countries), _step; !(_step = _iterator()).done;) {
		var country = _step.value;
		metadata.selectNumberingPlan(country);
		if (metadata.leadingDigits()) {
			if (nationalNumber && nationalNumber.search(metadata.leadingDigits()) === 0) return country;
		} else if (getNumberType({
			phone: nationalNumber,
			country
		}, void 0, metadata.metadata)) return country;
	}
}
// node_modules/libphonenumber-js/es6/helpers/getCountryByCallingCode.js
var USE_NON_GEOGRAPHIC_COUNTRY_CODE$1 = false;
/**
* Returns the exact country that a given national (significant) number belongs to
* in case of ambiguity, i.e. when multiple countries share the same "country calling code".
* @param {string} [callingCode]
* @param {string} [options.nationalNumber] — National (significant) number.
* @param {Metadata} options.metadata — Metadata instance.
* @returns {string?} Returns the most suitable country for this calling code and national (significant) number.
*/
function getCountryByCallingCode(callingCode, _ref) {
	var nationalNumber = _ref.nationalNumber, metadata = _ref.metadata;
	/* istanbul ignore if */
	if (USE_NON_GEOGRAPHIC_COUNTRY_CODE$1) {
		if (metadata.isNonGeographicCallingCode(callingCode)) return "001";
	}
	var possibleCountries = metadata.getCountryCodesForCallingCode(callingCode);
	if (!possibleCountries) return;
	if (possibleCountries.length === 1) return possibleCountries[0];
	return getCountryByNationalNumber(nationalNumber, possibleCountries, metadata.metadata);
}
// node_modules/libphonenumber-js/es6/helpers/extractNationalNumber.js
/**
* Strips national prefix and carrier code from a complete phone number.
* The difference from the non-"FromCompleteNumber" function is that
* it won't extract national prefix if the resultant number is too short
* to be a complete number for the selected phone numbering plan.
* @param  {string} number — Complete phone number digits.
* @param  {string?} country — Specific country to use instead of the one that is pre-selected in the metadata instance.
* @param  {Metadata} metadata — Metadata instance with a selected numbering plan.
* @return {object} `{ nationalNumber: string, carrierCode: string? }`.
*/
function extractNationalNumber(number, country, metadata) {
	var _extractNationalNumbe = extractNationalNumberFromPossiblyIncompleteNumber(number, metadata), carrierCode = _extractNationalNumbe.carrierCode, nationalNumber = _extractNationalNumbe.nationalNumber;
	if (nationalNumber !== number) {
		if (!shouldHaveExtractedNationalPrefix(number, nationalNumber, metadata)) return { nationalNumber: number };
		if (metadata.numberingPlan.possibleLengths()) {
			if (!country) country = getCountryByCallingCode(metadata.numberingPlan.callingCode(), {
				nationalNumber,
				metadata
			});
			if (!isPossibleIncompleteNationalNumber(nationalNumber, country, metadata)) return { nationalNumber: number };
		}
	}
	return {
		nationalNumber,
		carrierCode
	};
}
function shouldHaveExtractedNationalPrefix(nationalNumberBefore, nationalNumberAfter, metadata) {
	if (matchesEntirely(nationalNumberBefore, metadata.nationalNumberPattern()) && !matchesEntirely(nationalNumberAfter, metadata.nationalNumberPattern())) return false;
	return true;
}
/**
* Tells if a given incomplete national number is possible or not.
* @param {string} nationalNumber
* @param {string?} country — Specific country rather than the one that is pre-selected in the metadata instance.
* @param {Metadata} metadata — Metadata instance with a selected numbering plan.
* @returns {boolean}
*/
function isPossibleIncompleteNationalNumber(nationalNumber, country, metadata) {
	switch (checkNumberLength(nationalNumber, country, metadata)) {
		case "TOO_SHORT":
		case "INVALID_LENGTH": return false;
		default: return true;
	}
}
// node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCodeFromInternationalNumberWithoutPlusSign.js
/**
* Sometimes some people incorrectly input international phone numbers
* without the leading `+`. This function corrects such input.
* @param  {string} number — Phone number digits (only digits, no `+`).
* @param  {string} [country] — Exact country of the phone number.
* @param  {string} [defaultCountry]
* @param  {string} [defaultCallingCode]
* @param  {object} metadataJson
* @return {object} `{ countryCallingCode: string?, number: string }`, where `countryCallingCode` is the calling code that was extracted from the input `number` string, and `number` is the originally passed `number` without the extracted calling code.
*/
function extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson) {
	if (!(country || defaultCountry || defaultCallingCode)) return { number };
	var countryCallingCode = country || defaultCountry ? getCountryCallingCode(country || defaultCountry, metadataJson) : defaultCallingCode;
	if (number.indexOf(countryCallingCode) === 0) {
		var metadata = new Metadata(metadataJson);
		metadata.selectNumberingPlan(country || defaultCountry || defaultCallingCode);
		var possibleShorterNumber = number.slice(countryCallingCode.length);
		var possibleShorterNationalNumber = extractNationalNumber(possibleShorterNumber, void 0, metadata).nationalNumber;
		var nationalNumber = extractNationalNumber(number, void 0, metadata).nationalNumber;
		if (!matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) && matchesEntirely(possibleShorterNationalNumber, metadata.nationalNumberPattern()) || checkNumberLength(nationalNumber, void 0, metadata) === "TOO_LONG") return {
			countryCallingCode,
			number: possibleShorterNumber
		};
	}
	return { number };
}
// node_modules/libphonenumber-js/es6/helpers/extractCountryCallingCode.js
/**
* Attempts to extract a calling code from a phone number.
* * If the phone number is found to be "international":
*   * It will attempt to identify the calling code part of it and whether that part is complete and valid.
*     * If the calling code part is complete and valid, it will return two properties:
*       that calling code part (without `+`) and the rest of the digits.
*     * Otherwise, i.e. if the calling code part is incomplete or invalid,
*       it will return an empty object.
* * Otherwise, i.e. if the phone number is national, there's no callind code to extract
*   so it will just return the originally-passed `number` string as the only property.
* @param  {string} number — Phone number digits (possibly with a `+`).
* @param  {string} [country] — Country.
* @param  {string} [defaultCountry] — Default country.
* @param  {string} [defaultCallingCode] — Default calling code (some phone numbering plans are non-geographic).
* @param  {object} metadataJson
* @return {object} `{ countryCallingCodeSource: string?, countryCallingCode: string?, number: string }`, where `countryCallingCodeSource` tells how the returned calling code was extracted (if it was extracted), `countryCallingCode` is the calling code that was extracted from the input `number` string, and `number` is the originally passed `number` without the extracted calling code (and without a `+`). If the calling code is present but incomplete or invalid, it will return an empty object.
* @example
* // Returns `{ countryCallingCode: "1", number: "2133734253" }`.
* extractCountryCallingCode('2133734253', 'US', null, null, metadata)
* extractCountryCallingCode('2133734253', null, 'US', null, metadata)
* extractCountryCallingCode('2133734253', null, null, '1', metadata)
* extractCountryCallingCode('+12133734253', null, null, null, metadata)
* extractCountryCallingCode('+12133734253', null, 'RU', null, metadata)
*/
function extractCountryCallingCode(number, country, defaultCountry, defaultCallingCode, metadataJson) {
	if (!number) return {};
	var isNumberWithIddPrefix;
	if (number[0] !== "+") {
		var numberWithoutIDD = stripIddPrefix(number, country || defaultCountry, defaultCallingCode, metadataJson);
		if (numberWithoutIDD && numberWithoutIDD !== number) {
			isNumberWithIddPrefix = true;
			number = "+" + numberWithoutIDD;
		} else {
			if (country || defaultCountry || defaultCallingCode) {
				var _extractCountryCallin = extractCountryCallingCodeFromInternationalNumberWithoutPlusSign(number, country, defaultCountry, defaultCallingCode, metadataJson), countryCallingCode = _extractCountryCallin.countryCallingCode, shorterNumber = _extractCountryCallin.number;
				if (countryCallingCode) return {
					countryCallingCodeSource: "FROM_NUMBER_WITHOUT_PLUS_SIGN",
					countryCallingCode,
					number: shorterNumber
				};
			}
			return { number };
		}
	}
	if (number[1] === "0") return {};
	var metadata = new Metadata(metadataJson);
	var i = 2;
	while (i - 1 <= 3 && i <= number.length) {
		var _countryCallingCode = number.slice(1, i);
		if (metadata.hasCallingCode(_countryCallingCode)) {
			metadata.selectNumberingPlan(_countryCallingCode);
			return {
				countryCallingCodeSource: isNumberWithIddPrefix ? "FROM_NUMBER_WITH_IDD" : "FROM_NUMBER_WITH_PLUS_SIGN",
				countryCallingCode: _countryCallingCode,
				number: number.slice(i)
			};
		}
		i++;
	}
	return {};
}
// node_modules/libphonenumber-js/es6/helpers/applyInternationalSeparatorStyle.js
function applyInternationalSeparatorStyle(formattedNumber) {
	return formattedNumber.replace(new RegExp("[".concat(VALID_PUNCTUATION, "]+"), "g"), " ").trim();
}
// node_modules/libphonenumber-js/es6/helpers/formatNationalNumberUsingFormat.js
var FIRST_GROUP_PATTERN = /(\$\d)/;
function formatNationalNumberUsingFormat(number, format, _ref) {
	var useInternationalFormat = _ref.useInternationalFormat, withNationalPrefix = _ref.withNationalPrefix;
	_ref.carrierCode;
	_ref.metadata;
	var formattedNumber = number.replace(new RegExp(format.pattern()), useInternationalFormat ? format.internationalFormat() : withNationalPrefix && format.nationalPrefixFormattingRule() ? format.format().replace(FIRST_GROUP_PATTERN, format.nationalPrefixFormattingRule()) : format.format());
	if (useInternationalFormat) return applyInternationalSeparatorStyle(formattedNumber);
	return formattedNumber;
}
// node_modules/libphonenumber-js/es6/helpers/getIddPrefix.js
/**
* Pattern that makes it easy to distinguish whether a region has a single
* international dialing prefix or not. If a region has a single international
* prefix (e.g. 011 in USA), it will be represented as a string that contains
* a sequence of ASCII digits, and possibly a tilde, which signals waiting for
* the tone. If there are multiple available international prefixes in a
* region, they will be represented as a regex string that always contains one
* or more characters that are not ASCII digits or a tilde.
*/
var SINGLE_IDD_PREFIX_REG_EXP = /^[\d]+(?:[~\u2053\u223C\uFF5E][\d]+)?$/;
function getIddPrefix(country, callingCode, metadata) {
	var countryMetadata = new Metadata(metadata);
	countryMetadata.selectNumberingPlan(country || callingCode);
	if (countryMetadata.defaultIDDPrefix()) return countryMetadata.defaultIDDPrefix();
	if (SINGLE_IDD_PREFIX_REG_EXP.test(countryMetadata.IDDPrefix())) return countryMetadata.IDDPrefix();
}
// node_modules/libphonenumber-js/es6/helpers/extension/createExtensionPattern.js
var RFC3966_EXTN_PREFIX = ";ext=";
/**
* Helper method for constructing regular expressions for parsing. Creates
* an expression that captures up to max_length digits.
* @return {string} RegEx pattern to capture extension digits.
*/
var getExtensionDigitsPattern = function getExtensionDigitsPattern(maxLength) {
	return "([".concat(VALID_DIGITS, "]{1,").concat(maxLength, "})");
};
/**
* Helper initialiser method to create the regular-expression pattern to match
* extensions.
* Copy-pasted from Google's `libphonenumber`:
* https://github.com/google/libphonenumber/blob/55b2646ec9393f4d3d6661b9c82ef9e258e8b829/javascript/i18n/phonenumbers/phonenumberutil.js#L759-L766
* @return {string} RegEx pattern to capture extensions.
*/
function createExtensionPattern(purpose) {
	/** @type {string} */
	var extLimitAfterExplicitLabel = "20";
	/** @type {string} */
	var extLimitAfterLikelyLabel = "15";
	/** @type {string} */
	var extLimitAfterAmbiguousChar = "9";
	/** @type {string} */
	var extLimitWhenNotSure = "6";
	/** @type {string} */
	var possibleSeparatorsBetweenNumberAndExtLabel = "[ \xA0\\t,]*";
	/** @type {string} */
	var possibleCharsAfterExtLabel = "[:\\.．]?[ \xA0\\t,-]*";
	/** @type {string} */
	var optionalExtnSuffix = "#?";
	/** @type {string} */
	var explicitExtLabels = "(?:e?xt(?:ensi(?:ó?|ó))?n?|ｅ?ｘｔｎ?|доб|anexo)";
	/** @type {string} */
	var ambiguousExtLabels = "(?:[xｘ#＃~～]|int|ｉｎｔ)";
	/** @type {string} */
	var ambiguousSeparator = "[- ]+";
	/** @type {string} */
	var possibleSeparatorsNumberExtLabelNoComma = "[ \xA0\\t]*";
	/** @type {string} */
	var autoDiallingAndExtLabelsFound = "(?:,{2}|;)";
	/** @type {string} */
	var rfcExtn = RFC3966_EXTN_PREFIX + getExtensionDigitsPattern(extLimitAfterExplicitLabel);
	/** @type {string} */
	var explicitExtn = possibleSeparatorsBetweenNumberAndExtLabel + explicitExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterExplicitLabel) + optionalExtnSuffix;
	/** @type {string} */
	var ambiguousExtn = possibleSeparatorsBetweenNumberAndExtLabel + ambiguousExtLabels + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
	/** @type {string} */
	var americanStyleExtnWithSuffix = ambiguousSeparator + getExtensionDigitsPattern(extLimitWhenNotSure) + "#";
	/** @type {string} */
	var autoDiallingExtn = possibleSeparatorsNumberExtLabelNoComma + autoDiallingAndExtLabelsFound + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterLikelyLabel) + optionalExtnSuffix;
	/** @type {string} */
	var onlyCommasExtn = possibleSeparatorsNumberExtLabelNoComma + "(?:,)+" + possibleCharsAfterExtLabel + getExtensionDigitsPattern(extLimitAfterAmbiguousChar) + optionalExtnSuffix;
	return rfcExtn + "|" + explicitExtn + "|" + ambiguousExtn + "|" + americanStyleExtnWithSuffix + "|" + autoDiallingExtn + "|" + onlyCommasExtn;
}
// node_modules/libphonenumber-js/es6/helpers/isViablePhoneNumber.js
var MIN_LENGTH_PHONE_NUMBER_PATTERN = "[" + VALID_DIGITS + "]{2}";
var VALID_PHONE_NUMBER = "[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){3,}[" + VALID_PUNCTUATION + VALID_DIGITS + "]*";
var VALID_PHONE_NUMBER_START_REG_EXP = new RegExp("^[" + PLUS_CHARS + "]{0,1}(?:[" + VALID_PUNCTUATION + "]*[" + VALID_DIGITS + "]){1,2}$", "i");
var VALID_PHONE_NUMBER_WITH_EXTENSION = VALID_PHONE_NUMBER + "(?:" + createExtensionPattern() + ")?";
var VALID_PHONE_NUMBER_PATTERN = new RegExp("^" + MIN_LENGTH_PHONE_NUMBER_PATTERN + "$|^" + VALID_PHONE_NUMBER_WITH_EXTENSION + "$", "i");
function isViablePhoneNumber(number) {
	return number.length >= 2 && VALID_PHONE_NUMBER_PATTERN.test(number);
}
function isViablePhoneNumberStart(number) {
	return VALID_PHONE_NUMBER_START_REG_EXP.test(number);
}
// node_modules/libphonenumber-js/es6/helpers/RFC3966.js
/**
* @param  {object} - `{ ?number, ?extension }`.
* @return {string} Phone URI (RFC 3966).
*/
function formatRFC3966(_ref) {
	var number = _ref.number, ext = _ref.ext;
	if (!number) return "";
	if (number[0] !== "+") throw new Error("\"formatRFC3966()\" expects \"number\" to be in E.164 format.");
	return "tel:".concat(number).concat(ext ? ";ext=" + ext : "");
}
// node_modules/libphonenumber-js/es6/format.js
var DEFAULT_OPTIONS = { formatExtension: function formatExtension(formattedNumber, extension, metadata) {
	return "".concat(formattedNumber).concat(metadata.ext()).concat(extension);
} };
/**
* Formats a phone number.
*
* format(phoneNumberInstance, 'INTERNATIONAL', { ..., v2: true }, metadata)
* format(phoneNumberInstance, 'NATIONAL', { ..., v2: true }, metadata)
*
* format({ phone: '8005553535', country: 'RU' }, 'INTERNATIONAL', { ... }, metadata)
* format({ phone: '8005553535', country: 'RU' }, 'NATIONAL', undefined, metadata)
*
* @param  {object|PhoneNumber} input — If `options.v2: true` flag is passed, the `input` should be a `PhoneNumber` instance. Otherwise, it should be an object of shape `{ phone: '...', country: '...' }`.
* @param  {string} format
* @param  {object} [options]
* @param  {object} metadataJson
* @return {string}
*/
function formatNumber(input, format, options, metadataJson) {
	if (options) options = merge({}, DEFAULT_OPTIONS, options);
	else options = DEFAULT_OPTIONS;
	var metadata = new Metadata(metadataJson);
	if (input.country && input.country !== "001") {
		if (!metadata.hasCountry(input.country)) throw new Error("Unknown country: ".concat(input.country));
		metadata.selectNumberingPlan(input.country);
	} else if (input.countryCallingCode) metadata.selectNumberingPlan(input.countryCallingCode);
	else return input.phone || "";
	var countryCallingCode = metadata.countryCallingCode();
	var nationalNumber = options.v2 ? input.nationalNumber : input.phone;
	var number;
	switch (format) {
		case "NATIONAL":
			if (!nationalNumber) return "";
			number = formatNationalNumber(nationalNumber, input.carrierCode, "NATIONAL", metadata, options);
			return addExtension(number, input.ext, metadata, options.formatExtension);
		case "INTERNATIONAL":
			if (!nationalNumber) return "+".concat(countryCallingCode);
			number = formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata, options);
			number = "+".concat(countryCallingCode, " ").concat(number);
			return addExtension(number, input.ext, metadata, options.formatExtension);
		case "E.164": return "+".concat(countryCallingCode).concat(nationalNumber);
		case "RFC3966": return formatRFC3966({
			number: "+".concat(countryCallingCode).concat(nationalNumber),
			ext: input.ext
		});
		case "IDD":
			if (!options.fromCountry) return;
			var formattedNumber = formatIDD(nationalNumber, input.carrierCode, countryCallingCode, options.fromCountry, metadata);
			if (!formattedNumber) return;
			return addExtension(formattedNumber, input.ext, metadata, options.formatExtension);
		default: throw new Error("Unknown \"format\" argument passed to \"formatNumber()\": \"".concat(format, "\""));
	}
}
function formatNationalNumber(number, carrierCode, formatAs, metadata, options) {
	var format = chooseFormatForNumber(metadata.formats(), number);
	if (!format) return number;
	return formatNationalNumberUsingFormat(number, format, {
		useInternationalFormat: formatAs === "INTERNATIONAL",
		withNationalPrefix: format.nationalPrefixIsOptionalWhenFormattingInNationalFormat() && options && options.nationalPrefix === false ? false : true,
		carrierCode,
		metadata
	});
}
function chooseFormatForNumber(availableFormats, nationalNumber) {
	return pickFirstMatchingElement(availableFormats, function(format) {
		if (format.leadingDigitsPatterns().length > 0) {
			var lastLeadingDigitsPattern = format.leadingDigitsPatterns()[format.leadingDigitsPatterns().length - 1];
			if (nationalNumber.search(lastLeadingDigitsPattern) !== 0) return false;
		}
		return matchesEntirely(nationalNumber, format.pattern());
	});
}
function addExtension(formattedNumber, ext, metadata, formatExtension) {
	return ext ? formatExtension(formattedNumber, ext, metadata) : formattedNumber;
}
function formatIDD(nationalNumber, carrierCode, countryCallingCode, fromCountry, metadata) {
	if (getCountryCallingCode(fromCountry, metadata.metadata) === countryCallingCode) {
		var formattedNumber = formatNationalNumber(nationalNumber, carrierCode, "NATIONAL", metadata);
		if (countryCallingCode === "1") return countryCallingCode + " " + formattedNumber;
		return formattedNumber;
	}
	var iddPrefix = getIddPrefix(fromCountry, void 0, metadata.metadata);
	if (iddPrefix) return "".concat(iddPrefix, " ").concat(countryCallingCode, " ").concat(formatNationalNumber(nationalNumber, null, "INTERNATIONAL", metadata));
}
function merge() {
	var i = 1;
	for (var _len = arguments.length, objects = new Array(_len), _key = 0; _key < _len; _key++) objects[_key] = arguments[_key];
	while (i < objects.length) {
		if (objects[i]) for (var key in objects[i]) objects[0][key] = objects[i][key];
		i++;
	}
	return objects[0];
}
function pickFirstMatchingElement(elements, testFunction) {
	var i = 0;
	while (i < elements.length) {
		if (testFunction(elements[i])) return elements[i];
		i++;
	}
}
// node_modules/libphonenumber-js/es6/PhoneNumber.js
function _typeof$4(o) {
	"@babel/helpers - typeof";
	return _typeof$4 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$4(o);
}
function ownKeys$3(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread$3(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys$3(Object(t), !0).forEach(function(r) {
			_defineProperty$3(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys$3(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
function _defineProperty$3(e, r, t) {
	return (r = _toPropertyKey$4(r)) in e ? Object.defineProperty(e, r, {
		value: t,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[r] = t, e;
}
function _classCallCheck$1(a, n) {
	if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _defineProperties$1(e, r) {
	for (var t = 0; t < r.length; t++) {
		var o = r[t];
		o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, _toPropertyKey$4(o.key), o);
	}
}
function _createClass$1(e, r, t) {
	return r && _defineProperties$1(e.prototype, r), t && _defineProperties$1(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e;
}
function _toPropertyKey$4(t) {
	var i = _toPrimitive$4(t, "string");
	return "symbol" == _typeof$4(i) ? i : i + "";
}
function _toPrimitive$4(t, r) {
	if ("object" != _typeof$4(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof$4(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
var PhoneNumber = /*#__PURE__*/ function() {
	/**
	* @param  {string} countryOrCountryCallingCode
	* @param  {string} nationalNumber
	* @param  {object} metadata — Metadata JSON
	* @return {PhoneNumber}
	*/
	function PhoneNumber(countryOrCountryCallingCode, nationalNumber, metadata) {
		_classCallCheck$1(this, PhoneNumber);
		if (!countryOrCountryCallingCode) throw new TypeError("First argument is required");
		if (typeof countryOrCountryCallingCode !== "string") throw new TypeError("First argument must be a string");
		if (countryOrCountryCallingCode[0] === "+" && !nationalNumber) throw new TypeError("`metadata` argument not passed");
		if (isObject(nationalNumber) && isObject(nationalNumber.countries)) {
			metadata = nationalNumber;
			var e164Number = countryOrCountryCallingCode;
			if (!E164_NUMBER_REGEXP.test(e164Number)) throw new Error("Invalid `number` argument passed: must consist of a \"+\" followed by digits");
			var _extractCountryCallin = extractCountryCallingCode(e164Number, void 0, void 0, void 0, metadata), _countryCallingCode = _extractCountryCallin.countryCallingCode;
			nationalNumber = _extractCountryCallin.number;
			countryOrCountryCallingCode = _countryCallingCode;
			if (!nationalNumber) throw new Error("Invalid `number` argument passed: too short");
		}
		if (!nationalNumber) throw new TypeError("`nationalNumber` argument is required");
		if (typeof nationalNumber !== "string") throw new TypeError("`nationalNumber` argument must be a string");
		validateMetadata(metadata);
		var _getCountryAndCalling = getCountryAndCallingCodeFromOneOfThem(countryOrCountryCallingCode, metadata), country = _getCountryAndCalling.country, countryCallingCode = _getCountryAndCalling.callingCode;
		this.country = country;
		this.countryCallingCode = countryCallingCode;
		this.nationalNumber = nationalNumber;
		this.number = "+" + this.countryCallingCode + this.nationalNumber;
		this.getMetadata = function() {
			return metadata;
		};
	}
	return _createClass$1(PhoneNumber, [
		{
			key: "setExt",
			value: function setExt(ext) {
				this.ext = ext;
			}
		},
		{
			key: "getPossibleCountries",
			value: function getPossibleCountries() {
				if (this.country) return [this.country];
				return getPossibleCountriesForNumber(this.countryCallingCode, this.nationalNumber, this.getMetadata());
			}
		},
		{
			key: "isPossible",
			value: function isPossible() {
				return isPossiblePhoneNumber(this, { v2: true }, this.getMetadata());
			}
		},
		{
			key: "isValid",
			value: function isValid() {
				return isValidNumber(this, { v2: true }, this.getMetadata());
			}
		},
		{
			key: "isNonGeographic",
			value: function isNonGeographic() {
				return new Metadata(this.getMetadata()).isNonGeographicCallingCode(this.countryCallingCode);
			}
		},
		{
			key: "isEqual",
			value: function isEqual(phoneNumber) {
				return this.number === phoneNumber.number && this.ext === phoneNumber.ext;
			}
		},
		{
			key: "getType",
			value: function getType() {
				return getNumberType(this, { v2: true }, this.getMetadata());
			}
		},
		{
			key: "format",
			value: function format(_format, options) {
				return formatNumber(this, _format, options ? _objectSpread$3(_objectSpread$3({}, options), {}, { v2: true }) : { v2: true }, this.getMetadata());
			}
		},
		{
			key: "formatNational",
			value: function formatNational(options) {
				return this.format("NATIONAL", options);
			}
		},
		{
			key: "formatInternational",
			value: function formatInternational(options) {
				return this.format("INTERNATIONAL", options);
			}
		},
		{
			key: "getURI",
			value: function getURI(options) {
				return this.format("RFC3966", options);
			}
		}
	]);
}();
var E164_NUMBER_REGEXP = /^\+\d+$/;
// node_modules/libphonenumber-js/es6/ParseError.js
function _typeof$3(o) {
	"@babel/helpers - typeof";
	return _typeof$3 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$3(o);
}
function _defineProperties(e, r) {
	for (var t = 0; t < r.length; t++) {
		var o = r[t];
		o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, _toPropertyKey$3(o.key), o);
	}
}
function _createClass(e, r, t) {
	return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e;
}
function _toPropertyKey$3(t) {
	var i = _toPrimitive$3(t, "string");
	return "symbol" == _typeof$3(i) ? i : i + "";
}
function _toPrimitive$3(t, r) {
	if ("object" != _typeof$3(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof$3(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
function _classCallCheck(a, n) {
	if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function");
}
function _callSuper(t, o, e) {
	return o = _getPrototypeOf(o), _possibleConstructorReturn(t, _isNativeReflectConstruct() ? Reflect.construct(o, e || [], _getPrototypeOf(t).constructor) : o.apply(t, e));
}
function _possibleConstructorReturn(t, e) {
	if (e && ("object" == _typeof$3(e) || "function" == typeof e)) return e;
	if (void 0 !== e) throw new TypeError("Derived constructors may only return object or undefined");
	return _assertThisInitialized(t);
}
function _assertThisInitialized(e) {
	if (void 0 === e) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
	return e;
}
function _inherits(t, e) {
	if ("function" != typeof e && null !== e) throw new TypeError("Super expression must either be null or a function");
	t.prototype = Object.create(e && e.prototype, { constructor: {
		value: t,
		writable: !0,
		configurable: !0
	} }), Object.defineProperty(t, "prototype", { writable: !1 }), e && _setPrototypeOf(t, e);
}
function _wrapNativeSuper(t) {
	var r = "function" == typeof Map ? /* @__PURE__ */ new Map() : void 0;
	return _wrapNativeSuper = function _wrapNativeSuper(t) {
		if (null === t || !_isNativeFunction(t)) return t;
		if ("function" != typeof t) throw new TypeError("Super expression must either be null or a function");
		if (void 0 !== r) {
			if (r.has(t)) return r.get(t);
			r.set(t, Wrapper);
		}
		function Wrapper() {
			return _construct(t, arguments, _getPrototypeOf(this).constructor);
		}
		return Wrapper.prototype = Object.create(t.prototype, { constructor: {
			value: Wrapper,
			enumerable: !1,
			writable: !0,
			configurable: !0
		} }), _setPrototypeOf(Wrapper, t);
	}, _wrapNativeSuper(t);
}
function _construct(t, e, r) {
	if (_isNativeReflectConstruct()) return Reflect.construct.apply(null, arguments);
	var o = [null];
	o.push.apply(o, e);
	var p = new (t.bind.apply(t, o))();
	return r && _setPrototypeOf(p, r.prototype), p;
}
function _isNativeReflectConstruct() {
	try {
		var t = !Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {}));
	} catch (t) {}
	return (_isNativeReflectConstruct = function _isNativeReflectConstruct() {
		return !!t;
	})();
}
function _isNativeFunction(t) {
	try {
		return -1 !== Function.toString.call(t).indexOf("[native code]");
	} catch (n) {
		return "function" == typeof t;
	}
}
function _setPrototypeOf(t, e) {
	return _setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function(t, e) {
		return t.__proto__ = e, t;
	}, _setPrototypeOf(t, e);
}
function _getPrototypeOf(t) {
	return _getPrototypeOf = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function(t) {
		return t.__proto__ || Object.getPrototypeOf(t);
	}, _getPrototypeOf(t);
}
var ParseError = /*#__PURE__*/ function(_Error) {
	function ParseError(code) {
		var _this;
		_classCallCheck(this, ParseError);
		_this = _callSuper(this, ParseError, [code]);
		Object.setPrototypeOf(_this, ParseError.prototype);
		_this.name = _this.constructor.name;
		return _this;
	}
	_inherits(ParseError, _Error);
	return _createClass(ParseError);
}(/*#__PURE__*/ _wrapNativeSuper(Error));
// node_modules/libphonenumber-js/es6/helpers/extension/extractExtension.js
var EXTN_PATTERN = new RegExp("(?:" + createExtensionPattern() + ")$", "i");
function extractExtension(number) {
	var start = number.search(EXTN_PATTERN);
	if (start < 0) return {};
	var numberWithoutExtension = number.slice(0, start);
	var matches = number.match(EXTN_PATTERN);
	var i = 1;
	while (i < matches.length) {
		if (matches[i]) return {
			number: numberWithoutExtension,
			ext: matches[i]
		};
		i++;
	}
}
// node_modules/libphonenumber-js/es6/helpers/parseDigits.js
var DIGITS = {
	"0": "0",
	"1": "1",
	"2": "2",
	"3": "3",
	"4": "4",
	"5": "5",
	"6": "6",
	"7": "7",
	"8": "8",
	"9": "9",
	"０": "0",
	"１": "1",
	"２": "2",
	"３": "3",
	"４": "4",
	"５": "5",
	"６": "6",
	"７": "7",
	"８": "8",
	"９": "9",
	"٠": "0",
	"١": "1",
	"٢": "2",
	"٣": "3",
	"٤": "4",
	"٥": "5",
	"٦": "6",
	"٧": "7",
	"٨": "8",
	"٩": "9",
	"۰": "0",
	"۱": "1",
	"۲": "2",
	"۳": "3",
	"۴": "4",
	"۵": "5",
	"۶": "6",
	"۷": "7",
	"۸": "8",
	"۹": "9"
};
function parseDigit(character) {
	return DIGITS[character];
}
// node_modules/libphonenumber-js/es6/parseIncompletePhoneNumber.js
function _createForOfIteratorHelperLoose(r, e) {
	var t = "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
	if (t) return (t = t.call(r)).next.bind(t);
	if (Array.isArray(r) || (t = _unsupportedIterableToArray$1(r)) || e && r && "number" == typeof r.length) {
		t && (r = t);
		var o = 0;
		return function() {
			return o >= r.length ? { done: !0 } : {
				done: !1,
				value: r[o++]
			};
		};
	}
	throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray$1(r, a) {
	if (r) {
		if ("string" == typeof r) return _arrayLikeToArray$1(r, a);
		var t = {}.toString.call(r).slice(8, -1);
		return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray$1(r, a) : void 0;
	}
}
function _arrayLikeToArray$1(r, a) {
	(null == a || a > r.length) && (a = r.length);
	for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
	return n;
}
/**
* Parses phone number characters from a string.
* Drops all punctuation leaving only digits and the leading `+` sign (if any).
* Also converts wide-ascii and arabic-indic numerals to conventional numerals.
* E.g. in Iraq they don't write `+442323234` but rather `+٤٤٢٣٢٣٢٣٤`.
* @param  {string} string
* @return {string}
* @example
* ```js
* // Outputs '8800555'.
* parseIncompletePhoneNumber('8 (800) 555')
* // Outputs '+7800555'.
* parseIncompletePhoneNumber('+7 800 555')
* ```
*/
function parseIncompletePhoneNumber(string) {
	var result = "";
	for (var _iterator = _createForOfIteratorHelperLoose(string.split("")), _step; !(_step = _iterator()).done;) {
		var character = _step.value;
		result += parsePhoneNumberCharacter(character, result) || "";
	}
	return result;
}
/**
* Parses next character while parsing phone number digits (including a `+`)
* from text: discards everything except `+` and digits, and `+` is only allowed
* at the start of a phone number.
* For example, is used in `react-phone-number-input` where it uses
* [`input-format`](https://gitlab.com/catamphetamine/input-format).
* @param  {string} character - Yet another character from raw input string.
* @param  {string?} prevParsedCharacters - Previous parsed characters.
* @param  {function?} eventListener - An optional "on event" function.
* @return {string?} The parsed character.
*/
function parsePhoneNumberCharacter(character, prevParsedCharacters, eventListener) {
	if (character === "+") {
		if (prevParsedCharacters) {
			if (typeof eventListener === "function") eventListener("end");
			return;
		}
		return "+";
	}
	return parseDigit(character);
}
var RFC3966_PHONE_DIGIT_ = "([" + VALID_DIGITS + "]|[\\-\\.\\(\\)]?)";
var RFC3966_GLOBAL_NUMBER_DIGITS_ = "^\\+" + RFC3966_PHONE_DIGIT_ + "*[" + VALID_DIGITS + "]" + RFC3966_PHONE_DIGIT_ + "*$";
/**
* Regular expression of valid global-number-digits for the phone-context
* parameter, following the syntax defined in RFC3966.
*/
var RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_ = new RegExp(RFC3966_GLOBAL_NUMBER_DIGITS_, "g");
var ALPHANUM_ = VALID_DIGITS;
var RFC3966_DOMAINLABEL_ = "[" + ALPHANUM_ + "]+((\\-)*[" + ALPHANUM_ + "])*";
var RFC3966_TOPLABEL_ = "[a-zA-Z]+((\\-)*[" + ALPHANUM_ + "])*";
var RFC3966_DOMAINNAME_ = "^(" + RFC3966_DOMAINLABEL_ + "\\.)*" + RFC3966_TOPLABEL_ + "\\.?$";
/**
* Regular expression of valid domainname for the phone-context parameter,
* following the syntax defined in RFC3966.
*/
var RFC3966_DOMAINNAME_PATTERN_ = new RegExp(RFC3966_DOMAINNAME_, "g");
var RFC3966_PREFIX_ = "tel:";
var RFC3966_PHONE_CONTEXT_ = ";phone-context=";
var RFC3966_ISDN_SUBADDRESS_ = ";isub=";
/**
* Extracts the value of the phone-context parameter of `numberToExtractFrom`,
* following the syntax defined in RFC3966.
*
* @param {string} numberToExtractFrom
* @return {string|null} the extracted string (possibly empty), or `null` if no phone-context parameter is found.
*/
function extractPhoneContext(numberToExtractFrom) {
	var indexOfPhoneContext = numberToExtractFrom.indexOf(RFC3966_PHONE_CONTEXT_);
	if (indexOfPhoneContext < 0) return null;
	var phoneContextStart = indexOfPhoneContext + RFC3966_PHONE_CONTEXT_.length;
	if (phoneContextStart >= numberToExtractFrom.length) return "";
	var phoneContextEnd = numberToExtractFrom.indexOf(";", phoneContextStart);
	if (phoneContextEnd >= 0) return numberToExtractFrom.substring(phoneContextStart, phoneContextEnd);
	else return numberToExtractFrom.substring(phoneContextStart);
}
/**
* Returns whether the value of phoneContext follows the syntax defined in RFC3966.
*
* @param {string|null} phoneContext
* @return {boolean}
*/
function isPhoneContextValid(phoneContext) {
	if (phoneContext === null) return true;
	if (phoneContext.length === 0) return false;
	return RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN_.test(phoneContext) || RFC3966_DOMAINNAME_PATTERN_.test(phoneContext);
}
// node_modules/libphonenumber-js/es6/helpers/extractFormattedPhoneNumberFromPossibleRfc3966NumberUri.js
/**
* @param  {string} numberToParse
* @param  {string} nationalNumber
* @return {}
*/
function extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(numberToParse, _ref) {
	var extractFormattedPhoneNumber = _ref.extractFormattedPhoneNumber;
	var phoneContext = extractPhoneContext(numberToParse);
	if (!isPhoneContextValid(phoneContext)) throw new ParseError("NOT_A_NUMBER");
	var phoneNumberString;
	if (phoneContext === null) phoneNumberString = extractFormattedPhoneNumber(numberToParse) || "";
	else {
		phoneNumberString = "";
		if (phoneContext.charAt(0) === "+") phoneNumberString += phoneContext;
		var indexOfRfc3966Prefix = numberToParse.indexOf(RFC3966_PREFIX_);
		var indexOfNationalNumber;
		/* istanbul ignore else */
		if (indexOfRfc3966Prefix >= 0) indexOfNationalNumber = indexOfRfc3966Prefix + RFC3966_PREFIX_.length;
		else indexOfNationalNumber = 0;
		var indexOfPhoneContext = numberToParse.indexOf(RFC3966_PHONE_CONTEXT_);
		phoneNumberString += numberToParse.substring(indexOfNationalNumber, indexOfPhoneContext);
	}
	var indexOfIsdn = phoneNumberString.indexOf(RFC3966_ISDN_SUBADDRESS_);
	if (indexOfIsdn > 0) phoneNumberString = phoneNumberString.substring(0, indexOfIsdn);
	if (phoneNumberString !== "") return phoneNumberString;
}
// node_modules/libphonenumber-js/es6/parse.js
var MAX_INPUT_STRING_LENGTH = 250;
var PHONE_NUMBER_START_PATTERN = new RegExp("[" + PLUS_CHARS + VALID_DIGITS + "]");
var AFTER_PHONE_NUMBER_END_PATTERN = new RegExp("[^" + VALID_DIGITS + "#]+$");
var USE_NON_GEOGRAPHIC_COUNTRY_CODE = false;
/**
* Parses a phone number.
*
* parse('123456789', { defaultCountry: 'RU', v2: true }, metadata)
* parse('123456789', { defaultCountry: 'RU' }, metadata)
* parse('123456789', undefined, metadata)
*
* @param  {string} input
* @param  {object} [options]
* @param  {object} metadataJson
* @return {object|PhoneNumber?} If `options.v2: true` flag is passed, it returns a `PhoneNumber?` instance. Otherwise, returns an object of shape `{ phone: '...', country: '...' }` (or just `{}` if no phone number was parsed).
*/
function parse(text, options, metadataJson) {
	options = options || {};
	var metadata = new Metadata(metadataJson);
	if (options.defaultCountry && !metadata.hasCountry(options.defaultCountry)) {
		if (options.v2) throw new ParseError("INVALID_COUNTRY");
		throw new Error("Unknown country: ".concat(options.defaultCountry));
	}
	var _parseInput = parseInput(text, options.v2, options.extract), formattedPhoneNumber = _parseInput.number, ext = _parseInput.ext, error = _parseInput.error;
	if (!formattedPhoneNumber) {
		if (options.v2) {
			if (error === "TOO_SHORT") throw new ParseError("TOO_SHORT");
			throw new ParseError("NOT_A_NUMBER");
		}
		return {};
	}
	var _parsePhoneNumber = parsePhoneNumber$3(formattedPhoneNumber, options.defaultCountry, options.defaultCallingCode, metadata), country = _parsePhoneNumber.country, nationalNumber = _parsePhoneNumber.nationalNumber, countryCallingCode = _parsePhoneNumber.countryCallingCode, countryCallingCodeSource = _parsePhoneNumber.countryCallingCodeSource, carrierCode = _parsePhoneNumber.carrierCode;
	if (!metadata.hasSelectedNumberingPlan()) {
		if (options.v2) throw new ParseError("INVALID_COUNTRY");
		return {};
	}
	if (!nationalNumber || nationalNumber.length < 2) {
		/* istanbul ignore if */
		if (options.v2) throw new ParseError("TOO_SHORT");
		return {};
	}
	if (nationalNumber.length > 17) {
		if (options.v2) throw new ParseError("TOO_LONG");
		return {};
	}
	if (options.v2) {
		var phoneNumber = new PhoneNumber(countryCallingCode, nationalNumber, metadata.metadata);
		if (country) phoneNumber.country = country;
		if (carrierCode) phoneNumber.carrierCode = carrierCode;
		if (ext) phoneNumber.ext = ext;
		phoneNumber.__countryCallingCodeSource = countryCallingCodeSource;
		return phoneNumber;
	}
	var valid = (options.extended ? metadata.hasSelectedNumberingPlan() : country) ? matchesEntirely(nationalNumber, metadata.nationalNumberPattern()) : false;
	if (!options.extended) return valid ? result(country, nationalNumber, ext) : {};
	return {
		country,
		countryCallingCode,
		carrierCode,
		valid,
		possible: valid ? true : options.extended === true && metadata.possibleLengths() && isPossibleNumber(nationalNumber, metadata) ? true : false,
		phone: nationalNumber,
		ext
	};
}
/**
* Extracts a formatted phone number from text.
* Doesn't guarantee that the extracted phone number
* is a valid phone number (for example, doesn't validate its length).
* @param  {string} text
* @param  {boolean} [extract] — If `false`, then will parse the entire `text` as a phone number.
* @param  {boolean} [throwOnError] — By default, it won't throw if the text is too long.
* @return {string}
* @example
* // Returns "(213) 373-4253".
* extractFormattedPhoneNumber("Call (213) 373-4253 for assistance.")
*/
function _extractFormattedPhoneNumber(text, extract, throwOnError) {
	if (!text) return;
	if (text.length > MAX_INPUT_STRING_LENGTH) {
		if (throwOnError) throw new ParseError("TOO_LONG");
		return;
	}
	if (extract === false) return text;
	var startsAt = text.search(PHONE_NUMBER_START_PATTERN);
	if (startsAt < 0) return;
	return text.slice(startsAt).replace(AFTER_PHONE_NUMBER_END_PATTERN, "");
}
/**
* @param  {string} text - Input.
* @param  {boolean} v2 - Legacy API functions don't pass `v2: true` flag.
* @param  {boolean} [extract] - Whether to extract a phone number from `text`, or attempt to parse the entire text as a phone number.
* @return {object} `{ ?number, ?ext }`.
*/
function parseInput(text, v2, extract) {
	var number = extractFormattedPhoneNumberFromPossibleRfc3966NumberUri(text, { extractFormattedPhoneNumber: function extractFormattedPhoneNumber(text) {
		return _extractFormattedPhoneNumber(text, extract, v2);
	} });
	if (!number) return {};
	if (!isViablePhoneNumber(number)) {
		if (isViablePhoneNumberStart(number)) return { error: "TOO_SHORT" };
		return {};
	}
	var withExtensionStripped = extractExtension(number);
	if (withExtensionStripped.ext) return withExtensionStripped;
	return { number };
}
/**
* Creates `parse()` result object.
*/
function result(country, nationalNumber, ext) {
	var result = {
		country,
		phone: nationalNumber
	};
	if (ext) result.ext = ext;
	return result;
}
/**
* Parses a viable phone number.
* @param {string} formattedPhoneNumber — Example: "(213) 373-4253".
* @param {string} [defaultCountry]
* @param {string} [defaultCallingCode]
* @param {Metadata} metadata — Metadata instance with no pre-selected numbering plan. If `country` is returned, its numbering plan will also be selected in `metadata`. Otherwise, if `countryCallingCode` is returned, its numbering plan will also be selected in `metadata`. Otherwise, if neither `country` nor `countryCallingCode` are returned, no numbering plan will be selected in `metadata`.
* @return {object} Returns `{ country: string?, countryCallingCode: string?, nationalNumber: string? }`.
*/
function parsePhoneNumber$3(formattedPhoneNumber, defaultCountry, defaultCallingCode, metadata) {
	var _extractCountryCallin = extractCountryCallingCode(parseIncompletePhoneNumber(formattedPhoneNumber), void 0, defaultCountry, defaultCallingCode, metadata.metadata), countryCallingCodeSource = _extractCountryCallin.countryCallingCodeSource, countryCallingCode = _extractCountryCallin.countryCallingCode, number = _extractCountryCallin.number;
	var country;
	if (countryCallingCode) metadata.selectNumberingPlan(countryCallingCode);
	else if (number && (defaultCountry || defaultCallingCode)) {
		if (defaultCountry) {
			country = defaultCountry;
			metadata.selectNumberingPlan(defaultCountry);
			countryCallingCode = metadata.numberingPlan.callingCode();
		} else {
			metadata.selectNumberingPlan(defaultCallingCode);
			countryCallingCode = defaultCallingCode;
			/* istanbul ignore if */
			if (USE_NON_GEOGRAPHIC_COUNTRY_CODE) {
				if (metadata.isNonGeographicCallingCode(countryCallingCode)) country = "001";
			}
		}
	} else return {};
	if (!number) return {
		countryCallingCodeSource,
		countryCallingCode
	};
	var _extractNationalNumbe = extractNationalNumber(parseIncompletePhoneNumber(number), void 0, metadata), nationalNumber = _extractNationalNumbe.nationalNumber, carrierCode = _extractNationalNumbe.carrierCode;
	var exactCountry = getCountryByCallingCode(countryCallingCode, {
		nationalNumber,
		metadata
	});
	if (exactCountry) {
		country = exactCountry;
		/* istanbul ignore if */
		if (exactCountry === "001") {} else metadata.selectNumberingPlan(country);
	}
	return {
		country,
		countryCallingCode,
		countryCallingCodeSource,
		nationalNumber,
		carrierCode
	};
}
// node_modules/libphonenumber-js/es6/parsePhoneNumberWithError_.js
function _typeof$2(o) {
	"@babel/helpers - typeof";
	return _typeof$2 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$2(o);
}
function ownKeys$2(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread$2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys$2(Object(t), !0).forEach(function(r) {
			_defineProperty$2(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys$2(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
function _defineProperty$2(e, r, t) {
	return (r = _toPropertyKey$2(r)) in e ? Object.defineProperty(e, r, {
		value: t,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[r] = t, e;
}
function _toPropertyKey$2(t) {
	var i = _toPrimitive$2(t, "string");
	return "symbol" == _typeof$2(i) ? i : i + "";
}
function _toPrimitive$2(t, r) {
	if ("object" != _typeof$2(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof$2(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
function parsePhoneNumberWithError(text, options, metadata) {
	return parse(text, _objectSpread$2(_objectSpread$2({}, options), {}, { v2: true }), metadata);
}
// node_modules/libphonenumber-js/es6/normalizeArguments.js
function _typeof$1(o) {
	"@babel/helpers - typeof";
	return _typeof$1 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$1(o);
}
function ownKeys$1(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread$1(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys$1(Object(t), !0).forEach(function(r) {
			_defineProperty$1(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys$1(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
function _defineProperty$1(e, r, t) {
	return (r = _toPropertyKey$1(r)) in e ? Object.defineProperty(e, r, {
		value: t,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[r] = t, e;
}
function _toPropertyKey$1(t) {
	var i = _toPrimitive$1(t, "string");
	return "symbol" == _typeof$1(i) ? i : i + "";
}
function _toPrimitive$1(t, r) {
	if ("object" != _typeof$1(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof$1(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
function _slicedToArray(r, e) {
	return _arrayWithHoles(r) || _iterableToArrayLimit(r, e) || _unsupportedIterableToArray(r, e) || _nonIterableRest();
}
function _nonIterableRest() {
	throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray(r, a) {
	if (r) {
		if ("string" == typeof r) return _arrayLikeToArray(r, a);
		var t = {}.toString.call(r).slice(8, -1);
		return "Object" === t && r.constructor && (t = r.constructor.name), "Map" === t || "Set" === t ? Array.from(r) : "Arguments" === t || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(t) ? _arrayLikeToArray(r, a) : void 0;
	}
}
function _arrayLikeToArray(r, a) {
	(null == a || a > r.length) && (a = r.length);
	for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e];
	return n;
}
function _iterableToArrayLimit(r, l) {
	var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
	if (null != t) {
		var e, n, i, u, a = [], f = !0, o = !1;
		try {
			if (i = (t = t.call(r)).next, 0 === l) {
				if (Object(t) !== t) return;
				f = !1;
			} else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = !0);
		} catch (r) {
			o = !0, n = r;
		} finally {
			try {
				if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return;
			} finally {
				if (o) throw n;
			}
		}
		return a;
	}
}
function _arrayWithHoles(r) {
	if (Array.isArray(r)) return r;
}
function normalizeArguments(args) {
	var _Array$prototype$slic2 = _slicedToArray(Array.prototype.slice.call(args), 4), arg_1 = _Array$prototype$slic2[0], arg_2 = _Array$prototype$slic2[1], arg_3 = _Array$prototype$slic2[2], arg_4 = _Array$prototype$slic2[3];
	var text;
	var options;
	var metadata;
	if (typeof arg_1 === "string") text = arg_1;
	else throw new TypeError("A text for parsing must be a string.");
	if (!arg_2 || typeof arg_2 === "string") {
		if (arg_4) {
			options = arg_3;
			metadata = arg_4;
		} else {
			options = void 0;
			metadata = arg_3;
		}
		if (arg_2) options = _objectSpread$1({ defaultCountry: arg_2 }, options);
	} else if (isObject(arg_2)) {
		if (arg_3) {
			options = arg_2;
			metadata = arg_3;
		} else metadata = arg_2;
	} else throw new Error("Invalid second argument: ".concat(arg_2));
	return {
		text,
		options,
		metadata
	};
}
// node_modules/libphonenumber-js/es6/parsePhoneNumber_.js
function _typeof(o) {
	"@babel/helpers - typeof";
	return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof(o);
}
function ownKeys(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
function _defineProperty(e, r, t) {
	return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
		value: t,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[r] = t, e;
}
function _toPropertyKey(t) {
	var i = _toPrimitive(t, "string");
	return "symbol" == _typeof(i) ? i : i + "";
}
function _toPrimitive(t, r) {
	if ("object" != _typeof(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
function parsePhoneNumber$2(text, options, metadata) {
	if (options && options.defaultCountry && !isSupportedCountry(options.defaultCountry, metadata)) options = _objectSpread(_objectSpread({}, options), {}, { defaultCountry: void 0 });
	try {
		return parsePhoneNumberWithError(text, options, metadata);
	} catch (error) {
		/* istanbul ignore else */
		if (error instanceof ParseError) {} else throw error;
	}
}
// node_modules/libphonenumber-js/es6/parsePhoneNumber.js
function parsePhoneNumber$1() {
	var _normalizeArguments = normalizeArguments(arguments), text = _normalizeArguments.text, options = _normalizeArguments.options, metadata = _normalizeArguments.metadata;
	return parsePhoneNumber$2(text, options, metadata);
}
// node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js
function parsePhoneNumber() {
	return withMetadataArgument(parsePhoneNumber$1, arguments);
}
// bridge/src/core/normalize/country.ts
/** Country names/codes → ISO-3166 alpha-2 (mapping.md §1.4 `country()`). */
var ALIASES$1 = {
	usa: "US",
	"u.s.": "US",
	"u.s.a.": "US",
	"u.s": "US",
	us: "US",
	"united states": "US",
	"united states of america": "US",
	america: "US",
	uk: "GB",
	"u.k.": "GB",
	"great britain": "GB",
	britain: "GB",
	england: "GB",
	scotland: "GB",
	wales: "GB",
	"northern ireland": "GB",
	"united kingdom": "GB",
	can: "CA",
	mex: "MX",
	deutschland: "DE",
	holland: "NL",
	"the netherlands": "NL",
	"south korea": "KR",
	"republic of ireland": "IE"
};
var byName = null;
function nameTable() {
	if (byName) return byName;
	byName = /* @__PURE__ */ new Map();
	const dn = new Intl.DisplayNames(["en"], { type: "region" });
	const A = 65;
	for (let i = 0; i < 26; i++) for (let j = 0; j < 26; j++) {
		const code = String.fromCharCode(A + i, A + j);
		let name;
		try {
			name = dn.of(code);
		} catch {
			name = void 0;
		}
		if (name && name !== code && !/^[A-Z]{2}$/.test(name)) {
			byName.set(code.toLowerCase(), code);
			byName.set(name.toLowerCase(), code);
		}
	}
	for (const [k, v] of Object.entries(ALIASES$1)) byName.set(k, v);
	return byName;
}
var memo = /* @__PURE__ */ new Map();
/** `US`, `USA`, `United States`, `CA`, `Canada`, ... → alpha-2 code; null when blank or unknown. */
function countryCode(name) {
	if (name == null) return null;
	const hit = memo.get(name);
	if (hit !== void 0) return hit;
	const r = lookup(name);
	if (memo.size > 1e4) memo.clear();
	memo.set(name, r);
	return r;
}
function lookup(name) {
	const key = name.replace(/\s+/g, " ").trim().toLowerCase();
	if (key === "") return null;
	return nameTable().get(key) ?? nameTable().get(key.replace(/\.$/, "")) ?? null;
}
// bridge/src/core/normalize/phone.ts
/** Phone normalization (sources.md C.2 `phone_format`, `phone_excel`, `phone_placeholder`, `multi_value`). */
var PLACEHOLDERS = /* @__PURE__ */ new Set([
	"n/a",
	"na",
	"none",
	"-",
	"--",
	"0",
	"null",
	"tbd",
	"unknown"
]);
var EXCEL_RE = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i;
var EXT_RE = /\s*(?:,\s*)?(?:ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i;
function isPlaceholder(s) {
	return s === "" || s.length <= 7 && PLACEHOLDERS.has(s.toLowerCase());
}
/**
* NANP fast path: for US/CA, libphonenumber's validity of a 10-digit number is decided by its first
* 7 digits (metadata patterns are prefixes followed by `\d{4}` or longer tails), so the verdict is
* memoized per (country, `+` written, first 7 digits). test/normalize checks the memo against
* libphonenumber on random numbers.
*/
var NANP_RE = /^(\+?1[\s.-]?)?\(?([2-9]\d{2})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})$/;
var nanpMemo = /* @__PURE__ */ new Map();
var useMemo = true;
/**
* Results per distinct (cell, country): the same numbers recur (switchboards, shared fax lines, a
* contact's phone repeated on its company and deals). Bounded: emptied when it reaches CACHE_MAX,
* so memory does not grow with the file. Results are frozen (shared between callers).
*/
var CACHE_MAX = 2e4;
var resultCache = /* @__PURE__ */ new Map();
/** E.164 of a NANP_RE match when libphonenumber calls it valid (memoized per 7-digit prefix), else null. */
function nanpE164(m, body, country) {
	const digits = String(m[2]) + String(m[3]) + String(m[4]);
	const key = String(country) + String(m[1] ? "+" : "") + String(digits.slice(0, 7));
	let valid = nanpMemo.get(key);
	if (valid === void 0) {
		const p = parsePhoneNumber(body, country);
		valid = !!p && p.isValid() && p.number === "+1" + String(digits);
		if (nanpMemo.size > 5e4) nanpMemo.clear();
		nanpMemo.set(key, valid);
	}
	return valid ? "+1" + String(digits) : null;
}
function normalizeOne(raw, country) {
	const s = raw.trim();
	if (EXCEL_RE.test(s.replace(/\s+/g, ""))) return { bad: s };
	if (!/\d/.test(s)) return { bad: s };
	let body = s;
	let ext;
	const m = EXT_RE.exec(s);
	if (m && m.index > 0) {
		ext = m[1];
		body = s.slice(0, m.index);
	}
	if (useMemo && (country === "US" || country === "CA")) {
		const m = NANP_RE.exec(body.trim());
		if (m) {
			const e164 = nanpE164(m, body, country);
			if (e164 !== null) return { ok: ext ? String(e164) + " ext. " + String(ext) : e164 };
			return { ok: s };
		}
	}
	const parsed = parsePhoneNumber(body, country);
	if (parsed && parsed.isValid()) {
		const e = ext ?? parsed.ext;
		return { ok: e ? String(parsed.number) + " ext. " + String(e) : parsed.number };
	}
	return { ok: s };
}
/**
* `country` is the record's country (code or name); blank → `defaultCountry` (default `US`).
*/
function normalizePhone(raw, country, defaultCountry = "US") {
	if (raw == null) return {
		phone: null,
		extra: []
	};
	const text = String(raw).trim();
	if (isPlaceholder(text)) return {
		phone: null,
		extra: []
	};
	const cc = countryCode(country ?? "") ?? countryCode(defaultCountry) ?? "US";
	if (!useMemo) return normalizeText(text, cc);
	if (cc === "US" || cc === "CA") {
		const m = NANP_RE.exec(text);
		if (m) return {
			phone: nanpE164(m, text, cc) ?? text,
			extra: []
		};
	}
	const key = String(cc) + "\0" + String(text);
	const hit = resultCache.get(key);
	if (hit) return hit;
	const r = normalizeText(text, cc);
	Object.freeze(r.extra);
	Object.freeze(r);
	if (resultCache.size >= CACHE_MAX) resultCache.clear();
	resultCache.set(key, r);
	return r;
}
function normalizeText(text, cc) {
	const parts = text.split("/").map((p) => p.trim()).filter((p) => !isPlaceholder(p));
	if (parts.length === 0) return {
		phone: null,
		extra: []
	};
	const results = parts.map((p) => normalizeOne(p, cc));
	const first = results[0];
	const extra = results.slice(1).map((r) => "ok" in r ? r.ok : r.bad);
	if ("bad" in first) return {
		phone: null,
		extra,
		invalid: first.bad
	};
	return {
		phone: first.ok,
		extra
	};
}
// bridge/src/core/normalize/names.ts
/** Name helpers (mapping.md §1.4 `name_person`, `truncate_name`, `name_key`). */
/** Whitespace other than single inner spaces (the only case where collapse() changes anything). */
var UNTIDY = /^\s|\s$|\s\s|[^\S ]/;
function collapse(s) {
	return UNTIDY.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}
/** Join the non-empty parts with single spaces, inner whitespace collapsed. '' when all are empty. */
function personName(first, middle, last, suffix) {
	let out = "";
	for (const p of [
		first,
		middle,
		last,
		suffix
	]) {
		if (p == null || p === "") continue;
		const c = collapse(p);
		if (c !== "") out = out === "" ? c : String(out) + " " + String(c);
	}
	return out;
}
/** Matching key for by-name references: trim, collapse inner whitespace, case-fold. Nothing else. */
function nameKey(s) {
	return collapse(s ?? "").toLowerCase();
}
/** Cut at `max` characters (code points, so a surrogate pair is never split). */
function truncateName(s, max = 250) {
	if (s.length <= max) return {
		name: s,
		truncated: false
	};
	const cps = Array.from(s);
	if (cps.length <= max) return {
		name: s,
		truncated: false
	};
	return {
		name: cps.slice(0, max).join(""),
		truncated: true
	};
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
function isBlank(raw) {
	return raw == null || typeof raw === "string" && raw.trim() === "";
}
// bridge/src/core/normalize/zip.ts
/** Postal codes (sources.md C.2 `zip_leading_zero`). */
/**
* US (or blank country with default US): 3–4 digits → left-padded to 5; a JSON number → padded
* (5 or 9 digits); 9 digits without dash → `NNNNN-NNNN`. Other countries: trimmed as given.
*/
function normalizeZip(raw, country, defaultCountry = "US") {
	if (raw == null) return null;
	const cc = country && country.trim() !== "" ? countryCode(country) : countryCode(defaultCountry);
	if (typeof raw === "number") {
		if (!Number.isFinite(raw)) return null;
		const digits = String(Math.trunc(Math.abs(raw)));
		if (cc !== "US") return digits;
		if (digits.length <= 5) return digits.padStart(5, "0");
		if (digits.length <= 9) {
			const d = digits.padStart(9, "0");
			return String(d.slice(0, 5)) + "-" + String(d.slice(5));
		}
		return digits;
	}
	const s = raw.trim();
	if (s === "") return null;
	if (cc !== "US") return s;
	if (/^\d{3,4}$/.test(s)) return s.padStart(5, "0");
	if (/^\d{9}$/.test(s)) return String(s.slice(0, 5)) + "-" + String(s.slice(5));
	if (/^\d{3,4}-\d{4}$/.test(s)) {
		const [a, b] = s.split("-");
		return String(a.padStart(5, "0")) + "-" + String(b);
	}
	return s;
}
// bridge/src/core/normalize/html.ts
/** HTML ↔ text (sources.md C.2 `html_in_text`, `newlines`; mapping.md §1.4 `html()`, `text()`). */
var NAMED = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: "\"",
	apos: "'",
	nbsp: "\xA0",
	ndash: "–",
	mdash: "—",
	lsquo: "‘",
	rsquo: "’",
	ldquo: "“",
	rdquo: "”",
	hellip: "…",
	bull: "•",
	copy: "©",
	reg: "®",
	trade: "™",
	euro: "€",
	pound: "£",
	yen: "¥",
	cent: "¢",
	sect: "§",
	deg: "°",
	middot: "·",
	laquo: "«",
	raquo: "»",
	eacute: "é",
	egrave: "è",
	aacute: "á",
	agrave: "à",
	iacute: "í",
	oacute: "ó",
	uacute: "ú",
	ntilde: "ñ",
	ccedil: "ç",
	uuml: "ü",
	ouml: "ö",
	auml: "ä",
	szlig: "ß",
	Eacute: "É",
	Ntilde: "Ñ",
	times: "×",
	divide: "÷",
	shy: ""
};
var TAG_RE = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/i;
var BLOCK = "p|div|li|ul|ol|tr|table|h[1-6]|blockquote|pre|section|article|header|footer|dd|dt";
function looksLikeHtml(s) {
	return TAG_RE.test(s);
}
function decodeEntities(s) {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, ent) => {
		if (ent[0] === "#") {
			const cp = ent[1] === "x" || ent[1] === "X" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
			return Number.isFinite(cp) && cp > 0 && cp <= 1114111 ? String.fromCodePoint(cp) : m;
		}
		return NAMED[ent] ?? NAMED[ent.toLowerCase()] ?? m;
	});
}
/** Tags stripped, entities decoded, `<br>` and block tags → line breaks. Plain text is returned unchanged. */
function htmlToText(html) {
	if (html == null) return "";
	if (!looksLikeHtml(html)) return html;
	let s = html.replace(/\r\n?/g, "\n");
	s = s.replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, "").replace(/<!--[\s\S]*?-->/g, "");
	s = s.replace(/\n/g, " ");
	s = s.replace(/<br\s*\/?>/gi, "\n");
	s = s.replace(new RegExp(`<li\\b[^>]*>`, "gi"), "\n• ");
	s = s.replace(new RegExp("</?(?:" + String(BLOCK) + ")\\b[^>]*>", "gi"), "\n");
	s = s.replace(/<[^>]*>/g, "");
	s = decodeEntities(s).replace(/\u00a0/g, " ");
	s = s.split("\n").map((l) => l.replace(/[ \t]+/g, " ").trim()).join("\n");
	return s.replace(/\n{2,}/g, "\n").trim();
}
function escapeHtml(s) {
	return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
/** For HTML targets: HTML kept as is; plain text escaped, paragraphs → `<p>`, line breaks → `<br>`. */
function textToHtml(text) {
	if (text == null || text === "") return "";
	if (looksLikeHtml(text)) return text;
	return text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/).map((p) => "<p>" + String(escapeHtml(p).replace(/\n/g, "<br>")) + "</p>").join("");
}
// bridge/src/core/normalize/url.ts
/** mapping.md §1.4 `host(url)`: lower-case, strip scheme, `www.`, user info, port, path, query, trailing dot. */
function hostOf(url) {
	if (url == null) return null;
	let s = url.trim().toLowerCase();
	if (s === "") return null;
	s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/^\/\//, "");
	s = s.split(/[/?#]/)[0] ?? "";
	const at = s.lastIndexOf("@");
	if (at >= 0) s = s.slice(at + 1);
	s = s.replace(/:\d*$/, "").replace(/\.+$/, "");
	if (s.startsWith("www.")) s = s.slice(4);
	return s === "" ? null : s;
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
// bridge/src/core/normalize/recurrence.ts
/**
* PlanPlus `Recurrence Pattern` (sources.md B.5.1): the English text grammar or an `RRULE:` with the
* allowed RFC 5545 parts → the recurrence fields of Odoo 18 `calendar.event` (rrule_type, interval,
* end_type, count, until, mon…sun, month_by, day, byday, weekday) and the equivalent RRULE value.
* Pure. Anything outside the grammar, or that Odoo cannot express, is `{ ok: false, reason }`:
* the caller loads a single event and flags `recurrence_unparsed` (Part C `recurrence`), never drops it.
*/
var WEEK = [
	"mon",
	"tue",
	"wed",
	"thu",
	"fri",
	"sat",
	"sun"
];
var RR = {
	MO: "mon",
	TU: "tue",
	WE: "wed",
	TH: "thu",
	FR: "fri",
	SA: "sat",
	SU: "sun"
};
var FULL = {
	monday: "mon",
	tuesday: "tue",
	wednesday: "wed",
	thursday: "thu",
	friday: "fri",
	saturday: "sat",
	sunday: "sun"
};
var ORDINAL = {
	first: "1",
	second: "2",
	third: "3",
	fourth: "4",
	last: "-1"
};
var fail = (reason) => ({
	ok: false,
	reason
});
function weekdayOf(isoDate) {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!m) return null;
	return WEEK[(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay() + 6) % 7] ?? null;
}
function validMonthDay(m, d) {
	const max = [
		31,
		29,
		31,
		30,
		31,
		30,
		31,
		31,
		30,
		31,
		30,
		31
	][m - 1];
	return max !== void 0 && d >= 1 && d <= max;
}
function finish(f, startDate) {
	if (f.until && startDate && f.until < startDate) return fail("ends (" + String(f.until) + ") before the event starts (" + String(startDate) + ")");
	const cells = {
		recurrency: "1",
		rrule_type: f.rrule_type,
		interval: String(f.interval)
	};
	const parts = ["FREQ=" + String(f.rrule_type.toUpperCase())];
	if (f.interval !== 1) parts.push("INTERVAL=" + String(f.interval));
	if (f.weekdays) {
		for (const d of f.weekdays) cells[d] = "1";
		parts.push("BYDAY=" + String(WEEK.filter((d) => f.weekdays?.includes(d)).map((d) => d.slice(0, 2).toUpperCase()).join(",")));
	}
	if (f.month_by === "date" && f.day !== void 0) {
		Object.assign(cells, {
			month_by: "date",
			day: String(f.day)
		});
		parts.push("BYMONTHDAY=" + String(f.day));
	} else if (f.month_by === "day" && f.byday && f.weekday) {
		Object.assign(cells, {
			month_by: "day",
			byday: f.byday,
			weekday: f.weekday
		});
		parts.push("BYDAY=" + String(f.byday) + String(f.weekday.slice(0, 2)));
	}
	cells["end_type"] = f.end_type;
	if (f.end_type === "count") {
		cells["count"] = String(f.count);
		parts.push("COUNT=" + String(f.count));
	} else if (f.end_type === "end_date" && f.until) {
		cells["until"] = f.until;
		parts.push("UNTIL=" + String(f.until.replace(/-/g, "")));
	}
	return {
		ok: true,
		fields: f,
		rrule: parts.join(";"),
		cells
	};
}
var posInt = (s) => /^\d{1,6}$/.test(s) && Number(s) >= 1 ? Number(s) : null;
function parseEnding(text, f) {
	if (text === "") {
		f.end_type = "forever";
		return null;
	}
	let m = /^until (\S+)$/.exec(text);
	if (m) {
		const d = parsePlanPlusDate(m[1]);
		if (!d || d.dayFirst) return "\"until\" date \"" + String(m[1]) + "\" is not a M/D/YYYY date";
		f.end_type = "end_date";
		f.until = d.date;
		return null;
	}
	m = /^for (\d+) occurrences?$/.exec(text);
	if (m) {
		const n = posInt(m[1]);
		if (n === null) return `"for N occurrences" needs N ≥ 1`;
		f.end_type = "count";
		f.count = n;
		return null;
	}
	return "ending \"" + String(text) + "\" is neither \"until M/D/YYYY\" nor \"for N occurrences\"";
}
function parseDays(list) {
	const out = [];
	for (const p of list.split(/, ?/)) {
		const d = RR[p.slice(0, 2).toUpperCase()];
		if (p.length !== 3 || !d || WEEK.indexOf(d) === -1 || d.slice(0, 3) !== p) return null;
		if (!out.includes(d)) out.push(d);
	}
	return out;
}
var DAY = "(?:mon|tue|wed|thu|fri|sat|sun)";
var DAYS = "(" + String(DAY) + "(?:, ?" + String(DAY) + ")*)";
var BASES = [
	[/^daily(?= |$)/, () => ({
		rrule_type: "daily",
		interval: 1,
		end_type: "forever"
	})],
	[/^every (\d+) days(?= |$)/, (m) => Number(m[1]) >= 2 ? {
		rrule_type: "daily",
		interval: Number(m[1]),
		end_type: "forever"
	} : `"Every N days" needs N ≥ 2`],
	[/^every weekday(?= |$)/, () => ({
		rrule_type: "weekly",
		interval: 1,
		end_type: "forever",
		weekdays: [
			"mon",
			"tue",
			"wed",
			"thu",
			"fri"
		]
	})],
	[new RegExp("^weekly on " + String(DAYS) + "(?= |$)"), (m) => ({
		rrule_type: "weekly",
		interval: 1,
		end_type: "forever",
		weekdays: parseDays(m[1]) ?? []
	})],
	[new RegExp("^every (\\d+) weeks on " + String(DAYS) + "(?= |$)"), (m) => Number(m[1]) >= 2 ? {
		rrule_type: "weekly",
		interval: Number(m[1]),
		end_type: "forever",
		weekdays: parseDays(m[2]) ?? []
	} : `"Every N weeks" needs N ≥ 2`],
	[/^monthly on day (\d{1,2})(?= |$)/, (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 ? {
		rrule_type: "monthly",
		interval: 1,
		end_type: "forever",
		month_by: "date",
		day: Number(m[1])
	} : "day of month " + String(m[1]) + " is not 1–31"],
	[/^every (\d+) months on day (\d{1,2})(?= |$)/, (m) => Number(m[1]) < 2 ? `"Every N months" needs N ≥ 2` : Number(m[2]) >= 1 && Number(m[2]) <= 31 ? {
		rrule_type: "monthly",
		interval: Number(m[1]),
		end_type: "forever",
		month_by: "date",
		day: Number(m[2])
	} : "day of month " + String(m[2]) + " is not 1–31"],
	[/^monthly on the (first|second|third|fourth|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= |$)/, (m) => ({
		rrule_type: "monthly",
		interval: 1,
		end_type: "forever",
		month_by: "day",
		byday: ORDINAL[m[1]],
		weekday: FULL[m[2]].toUpperCase()
	})],
	[/^yearly on (\d{1,2})\/(\d{1,2})(?= |$)/, (m, startDate) => {
		const mo = Number(m[1]);
		const d = Number(m[2]);
		if (!validMonthDay(mo, d)) return "\"" + String(m[1]) + "/" + String(m[2]) + "\" is not a month/day";
		if (!startDate) return "a yearly rule needs the event's start date";
		const [, sm, sd] = startDate.split("-").map(Number);
		if (sm !== mo || sd !== d) return "yearly on " + String(mo) + "/" + String(d) + " but the event starts on " + String(startDate) + ": Odoo repeats on the start date";
		return {
			rrule_type: "yearly",
			interval: 1,
			end_type: "forever"
		};
	}]
];
function parseText(text, startDate) {
	const lower = text.toLowerCase();
	for (const [re, build] of BASES) {
		const m = re.exec(lower);
		if (!m) continue;
		const f = build(m, startDate);
		if (typeof f === "string") return fail(f);
		if (f.weekdays && f.weekdays.length === 0) return fail("weekday list not understood");
		const err = parseEnding(lower.slice(m[0].length).trim(), f);
		if (err) return fail(err);
		return finish(f, startDate);
	}
	return fail("not a B.5.1 pattern");
}
function parseRrule(body, startDate) {
	const parts = /* @__PURE__ */ new Map();
	for (const p of body.split(";")) {
		if (p.trim() === "") continue;
		const eq = p.indexOf("=");
		if (eq <= 0) return fail("RRULE part \"" + String(p) + "\" is not KEY=VALUE");
		const k = p.slice(0, eq).trim().toUpperCase();
		if (parts.has(k)) return fail("RRULE repeats " + String(k));
		parts.set(k, p.slice(eq + 1).trim().toUpperCase());
	}
	for (const k of parts.keys()) if (![
		"FREQ",
		"INTERVAL",
		"BYDAY",
		"BYMONTHDAY",
		"COUNT",
		"UNTIL"
	].includes(k)) return fail("RRULE part " + String(k) + " is not supported");
	const freq = parts.get("FREQ");
	const t = freq ? {
		DAILY: "daily",
		WEEKLY: "weekly",
		MONTHLY: "monthly",
		YEARLY: "yearly"
	}[freq] : void 0;
	if (!t) return fail(freq ? "FREQ=" + String(freq) + " is not supported" : "RRULE without FREQ");
	const f = {
		rrule_type: t,
		interval: 1,
		end_type: "forever"
	};
	if (parts.has("INTERVAL")) {
		const n = posInt(parts.get("INTERVAL"));
		if (n === null) return fail("INTERVAL=" + String(parts.get("INTERVAL")) + " is not a positive integer");
		f.interval = n;
	}
	const byday = parts.get("BYDAY");
	const bymd = parts.get("BYMONTHDAY");
	if (byday !== void 0 && bymd !== void 0) return fail("BYDAY and BYMONTHDAY together cannot be expressed in Odoo");
	if ((t === "daily" || t === "yearly") && (byday !== void 0 || bymd !== void 0)) return fail("BYDAY/BYMONTHDAY with FREQ=" + String(freq) + " cannot be expressed in Odoo");
	if (t === "weekly") {
		if (bymd !== void 0) return fail("BYMONTHDAY with FREQ=WEEKLY");
		if (byday !== void 0) {
			const days = [];
			for (const d of byday.split(",")) {
				const w = RR[d];
				if (!w) return fail("BYDAY value \"" + String(d) + "\" is not MO..SU");
				if (!days.includes(w)) days.push(w);
			}
			f.weekdays = days;
		} else {
			const w = startDate ? weekdayOf(startDate) : null;
			if (!w) return fail("FREQ=WEEKLY without BYDAY needs the event's start date");
			f.weekdays = [w];
		}
	}
	if (t === "monthly") {
		if (byday !== void 0) {
			const m = /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday);
			if (!m) return fail("monthly BYDAY \"" + String(byday) + "\" is not one of 1MO..4SU / -1MO..-1SU");
			f.month_by = "day";
			f.byday = m[1];
			f.weekday = RR[m[2]].toUpperCase();
		} else if (bymd !== void 0) {
			const d = posInt(bymd);
			if (d === null || d > 31) return fail("BYMONTHDAY=" + String(bymd) + " is not 1–31");
			f.month_by = "date";
			f.day = d;
		} else {
			const m = startDate ? /^\d{4}-\d{2}-(\d{2})$/.exec(startDate) : null;
			if (!m) return fail("FREQ=MONTHLY without BYDAY/BYMONTHDAY needs the event's start date");
			f.month_by = "date";
			f.day = Number(m[1]);
		}
	}
	const count = parts.get("COUNT");
	const until = parts.get("UNTIL");
	if (count !== void 0 && until !== void 0) return fail("COUNT and UNTIL together (RFC 5545 forbids it)");
	if (count !== void 0) {
		const n = posInt(count);
		if (n === null) return fail("COUNT=" + String(count) + " is not a positive integer");
		f.end_type = "count";
		f.count = n;
	} else if (until !== void 0) {
		const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(until);
		if (!m || !validMonthDay(Number(m[2]), Number(m[3])) || Number(m[2]) === 2 && Number(m[3]) === 29 && Number(m[1]) % 4 !== 0) return fail("UNTIL=" + String(until) + " is not YYYYMMDD or YYYYMMDDTHHMMSSZ");
		f.end_type = "end_date";
		f.until = String(m[1]) + "-" + String(m[2]) + "-" + String(m[3]);
	}
	return finish(f, startDate);
}
/**
* Parses a `Recurrence Pattern` cell. `startDate` (`YYYY-MM-DD`, the event's first day) is needed
* for "Yearly on M/D" (must be the start day) and for RRULEs that rely on DTSTART (weekly without
* BYDAY, monthly without BYDAY/BYMONTHDAY). Blank text is `{ ok: false, reason: "blank" }`.
*/
function parseRecurrencePattern(raw, startDate = null) {
	const text = (raw ?? "").trim().replace(/\s+/g, " ");
	if (text === "") return fail("blank");
	if (/^rrule:/i.test(text)) return parseRrule(text.slice(6).replace(/ /g, ""), startDate);
	return parseText(text, startDate);
}
/** Why a pattern is not understood (for the `recurrence_unparsed` message); null when it is. */
function recurrenceProblem(raw, startDate) {
	const r = parseRecurrencePattern(raw, startDate);
	return r.ok ? null : r.reason;
}
/**
* Whether the event's first day (`YYYY-MM-DD`) is itself an occurrence of the rule. Odoo 18 builds
* a recurrence's occurrences from the rule starting at the base event and archives the base event
* when its day is not one of them (a Tuesday event "weekly on Mon, Wed"): the migrated record would
* end up archived, outside its own series.
*/
function startIsOccurrence(f, startDate) {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(startDate);
	if (!m) return true;
	const [y, mo, d] = [
		Number(m[1]),
		Number(m[2]),
		Number(m[3])
	];
	const wd = weekdayOf(startDate);
	if (f.rrule_type === "weekly") return !f.weekdays || f.weekdays.length === 0 || wd !== null && f.weekdays.includes(wd);
	if (f.rrule_type === "monthly" && f.month_by === "date" && f.day !== void 0) return f.day === d;
	if (f.rrule_type === "monthly" && f.month_by === "day" && f.byday && f.weekday) {
		if (wd === null || wd !== f.weekday.toLowerCase().slice(0, 3)) return false;
		const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
		return f.byday === "-1" ? d + 7 > last : Math.ceil(d / 7) === Number(f.byday);
	}
	return true;
}
// node_modules/@noble/hashes/_u64.js
var fromNumH = (n) => n / 2 ** 32 | 0;
var fromNumL = (n) => n >>> 0;
function setU64FromNum(view, byteOffset, n, isLE) {
	const h = fromNumH(n);
	const l = fromNumL(n);
	view.setUint32(byteOffset, isLE ? l : h, isLE);
	view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}
// node_modules/@noble/hashes/utils.js
/**
* Checks if something is Uint8Array. Be careful: nodejs Buffer will return true.
* @param a - value to test
* @returns `true` when the value is a Uint8Array-compatible view.
* @example
* Check whether a value is a Uint8Array-compatible view.
* ```ts
* isBytes(new Uint8Array([1, 2, 3]));
* ```
*/
function isBytes(a) {
	return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
var atitle = (title) => title ? "\"" + String(title) + "\" " : "";
/**
* Asserts something is a non-negative integer.
* @param n - number to validate
* @param title - label included in thrown errors
* @returns The validated number.
* @throws On wrong argument types. {@link TypeError}
* @throws On wrong argument ranges or values. {@link RangeError}
* @example
* Validate a non-negative integer option.
* ```ts
* anumber(32, 'length');
* ```
*/
function anumber(n, title = "") {
	if (typeof n !== "number") throw new TypeError(atitle(title) + "expected number, got " + typeof n);
	if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(atitle(title) + "expected integer >= 0, got " + n);
	return n;
}
/**
* Asserts something is Uint8Array.
* @param value - value to validate
* @param length - optional exact length constraint
* @param title - label included in thrown errors
* @returns The validated byte array.
* @throws On wrong argument types. {@link TypeError}
* @throws On wrong argument ranges or values. {@link RangeError}
* @example
* Validate that a value is a byte array.
* ```ts
* abytes(new Uint8Array([1, 2, 3]));
* ```
*/
function abytes(value, length, title = "") {
	if (isBytes(value) && (length === void 0 || value.length === length)) return value;
	if (length !== void 0) anumber(length, "length");
	const bytes = isBytes(value);
	const ofLen = length !== void 0 ? " of length " + String(length) : "";
	const got = bytes ? "length=" + String(value.length) : "type=" + String(typeof value);
	const message = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
	if (!bytes) throw new TypeError(message);
	throw new RangeError(message);
}
var aobject = (value, label) => {
	if (value === null || typeof value !== "object" || Array.isArray(value)) throw new TypeError((label === "object" ? "" : "\"" + String(label) + "\" ") + "expected object, got type=" + typeof value);
};
var aopts = (value, label) => {
	aobject(value, label);
	const proto = Object.getPrototypeOf(value);
	if (proto !== Object.prototype && proto !== null) throw new TypeError("\"" + String(label) + "\" expected plain object");
	if (Object.hasOwn(value, "__proto__")) throw new TypeError("\"" + String(label) + ".__proto__\" is not allowed");
};
/**
* Asserts a hash instance has not been destroyed or finished.
* @param instance - hash instance to validate
* @param checkFinished - whether to reject finalized instances
* @throws If the hash instance has already been destroyed or finalized. {@link Error}
* @example
* Validate that a hash instance is still usable.
* ```ts
* import { aexists } from '@noble/hashes/utils.js';
* import { sha256 } from '@noble/hashes/sha2.js';
* const hash = sha256.create();
* aexists(hash);
* ```
*/
function aexists(instance, checkFinished = true) {
	if (instance.destroyed) throw new Error("hash was destroyed");
	if (checkFinished && instance.finished) throw new Error("digest() was already called");
}
/**
* Asserts output is a sufficiently-sized byte array.
* @param out - destination buffer
* @param instance - hash instance providing output length
* Oversized buffers are allowed; downstream code only promises to fill the first `outputLen` bytes.
* @throws On wrong argument types. {@link TypeError}
* @throws On wrong argument ranges or values. {@link RangeError}
* @example
* Validate a caller-provided digest buffer.
* ```ts
* import { aoutput } from '@noble/hashes/utils.js';
* import { sha256 } from '@noble/hashes/sha2.js';
* const hash = sha256.create();
* aoutput(new Uint8Array(hash.outputLen), hash);
* ```
*/
function aoutput(out, instance) {
	abytes(out, void 0, "output");
	const min = instance.outputLen;
	if (!(out.length >= min)) throw new RangeError("\"output\" expected length >= " + min);
}
/**
* Zeroizes typed arrays in place. Warning: JS provides no guarantees.
* @param arrays - arrays to overwrite with zeros
* @example
* Zeroize sensitive buffers in place.
* ```ts
* clean(new Uint8Array([1, 2, 3]));
* ```
*/
function clean(...arrays) {
	for (let i = 0; i < arrays.length; i++) arrays[i].fill(0);
}
/**
* Creates a DataView for byte-level manipulation.
* @param arr - source typed array
* @returns DataView over the same buffer region.
* @example
* Create a DataView over an existing buffer.
* ```ts
* createView(new Uint8Array(4));
* ```
*/
function createView(arr) {
	return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
/**
* Rotate-left operation for uint32 values.
* @param word - source word
* @param shift - shift amount in bits
* @returns Rotated word.
* @example
* Rotate a 32-bit word to the left.
* ```ts
* rotl(0x12345678, 8);
* ```
*/
function rotl(word, shift) {
	return word << shift | word >>> 32 - shift >>> 0;
}
var hasHexBuiltin = /* @__PURE__ */ (() => typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function")();
var hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
/**
* Convert byte array to hex string.
* Uses the built-in function when available and assumes it matches the tested
* fallback semantics.
* @param bytes - bytes to encode
* @returns Lowercase hexadecimal string.
* @throws On wrong argument types. {@link TypeError}
* @example
* Convert bytes to lowercase hexadecimal.
* ```ts
* bytesToHex(Uint8Array.from([0xca, 0xfe, 0x01, 0x23])); // 'cafe0123'
* ```
*/
function bytesToHex(bytes) {
	abytes(bytes);
	if (hasHexBuiltin) return bytes.toHex();
	let hex = "";
	for (let i = 0; i < bytes.length; i++) hex += hexes[bytes[i]];
	return hex;
}
/**
* Converts string to bytes using UTF8 encoding.
* Built-in doesn't validate input to be string: we do the check.
* Non-ASCII details are delegated to the platform `TextEncoder`.
* @param str - string to encode
* @returns UTF-8 encoded bytes.
* @throws On wrong argument types. {@link TypeError}
* @example
* Encode a string as UTF-8 bytes.
* ```ts
* utf8ToBytes('abc'); // Uint8Array.from([97, 98, 99])
* ```
*/
function utf8ToBytes(str) {
	if (typeof str !== "string") throw new TypeError("string expected");
	const encoded = new TextEncoder().encode(str);
	try {
		return new Uint8Array(encoded);
	} finally {
		clean(encoded);
	}
}
/**
* Merges default options and passed options.
* @param defaults - base option object
* @param opts - user overrides
* @param title - label included in thrown override errors
* @returns Fresh merged option object with a null prototype.
* @throws On wrong argument types. {@link TypeError}
* @example
* Merge user overrides onto default options.
* ```ts
* checkOpts({ dkLen: 32 }, { asyncTick: 10 });
* ```
*/
function checkOpts(defaults, opts, title = "opts") {
	aopts(defaults, "defaults");
	if (opts !== void 0) aopts(opts, title);
	return Object.assign(Object.create(null), defaults, opts);
}
/**
* Creates a callable hash function from a stateful class constructor.
* @param hashCons - hash constructor or factory
* @param info - optional metadata such as DER OID
* @returns Frozen callable hash wrapper with `.create()`.
*   Wrapper construction eagerly calls `hashCons(undefined)` once to read
*   `outputLen` / `blockLen`, so constructor side effects happen at module
*   init time.
* @throws On wrong argument types. {@link TypeError}
* @example
* Wrap a stateful hash constructor into a callable helper.
* ```ts
* import { createHasher } from '@noble/hashes/utils.js';
* import { sha256 } from '@noble/hashes/sha2.js';
* const wrapped = createHasher(sha256.create, { oid: sha256.oid });
* wrapped(new Uint8Array([1]));
* ```
*/
function createHasher(hashCons, info = {}) {
	if (typeof hashCons !== "function") throw new TypeError("\"hashCons\" expected function, got type=" + typeof hashCons);
	info = checkOpts({}, info, "info");
	const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
	const tmp = hashCons(void 0);
	hashC.outputLen = tmp.outputLen;
	hashC.blockLen = tmp.blockLen;
	hashC.canXOF = tmp.canXOF;
	hashC.create = (opts) => hashCons(opts);
	Object.assign(hashC, info);
	return Object.freeze(hashC);
}
// node_modules/@noble/hashes/_md.js
/**
* Internal Merkle-Damgard hash utils.
* @module
*/
/**
* Shared 32-bit conditional boolean primitive reused by SHA-256, SHA-1, and MD5 `F`.
* Returns bits from `b` when `a` is set, otherwise from `c`.
* The XOR form is equivalent to MD5's `F(X,Y,Z) = XY v not(X)Z` because the masked terms never
* set the same bit.
* @param a - selector word
* @param b - word chosen when selector bit is set
* @param c - word chosen when selector bit is clear
* @returns Mixed 32-bit word.
* @example
* Combine three words with the shared 32-bit choice primitive.
* ```ts
* Chi(0xffffffff, 0x12345678, 0x87654321);
* ```
*/
function Chi(a, b, c) {
	return a & b ^ ~a & c;
}
/**
* Shared 32-bit majority primitive reused by SHA-256 and SHA-1.
* Returns bits shared by at least two inputs.
* @param a - first input word
* @param b - second input word
* @param c - third input word
* @returns Mixed 32-bit word.
* @example
* Combine three words with the shared 32-bit majority primitive.
* ```ts
* Maj(0xffffffff, 0x12345678, 0x87654321);
* ```
*/
function Maj(a, b, c) {
	return a & b ^ a & c ^ b & c;
}
/**
* Merkle-Damgard hash construction base class.
* Could be used to create MD5, RIPEMD, SHA1, SHA2.
* Accepts only byte-aligned `Uint8Array` input, even when the underlying spec describes bit
* strings with partial-byte tails.
* @param blockLen - internal block size in bytes
* @param outputLen - digest size in bytes
* @param padOffset - trailing length field size in bytes
* @param isLE - whether length and state words are encoded in little-endian
* @example
* Use a concrete subclass to get the shared Merkle-Damgard update/digest flow.
* ```ts
* import { _SHA1 } from '@noble/hashes/legacy.js';
* const hash = new _SHA1();
* hash.update(new Uint8Array([97, 98, 99]));
* hash.digest();
* ```
*/
var HashMD = class {
	blockLen;
	outputLen;
	canXOF = false;
	padOffset;
	isLE;
	buffer;
	view;
	finished = false;
	length = 0;
	pos = 0;
	destroyed = false;
	constructor(blockLen, outputLen, padOffset, isLE) {
		this.blockLen = blockLen;
		this.outputLen = outputLen;
		this.padOffset = padOffset;
		this.isLE = isLE;
		this.buffer = new Uint8Array(blockLen);
		this.view = createView(this.buffer);
	}
	update(data) {
		aexists(this);
		abytes(data);
		const { view, buffer, blockLen } = this;
		const len = data.length;
		let processed = false;
		for (let pos = 0; pos < len;) {
			const take = Math.min(blockLen - this.pos, len - pos);
			if (take === blockLen) {
				const dataView = createView(data);
				for (; blockLen <= len - pos; pos += blockLen) this.process(dataView, pos);
				processed = true;
				continue;
			}
			buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
			this.pos += take;
			pos += take;
			if (this.pos === blockLen) {
				this.process(view, 0);
				this.pos = 0;
				processed = true;
			}
		}
		this.length += data.length;
		if (processed) this.roundClean();
		return this;
	}
	digestInto(out) {
		aexists(this);
		aoutput(out, this);
		this.finished = true;
		const { buffer, view, blockLen, isLE } = this;
		let { pos } = this;
		buffer[pos++] = 128;
		buffer.fill(0, pos);
		if (this.padOffset > blockLen - pos) {
			this.process(view, 0);
			buffer.fill(0);
		}
		setU64FromNum(view, blockLen - 8, this.length * 8, isLE);
		this.process(view, 0);
		this.roundClean();
		const oview = out === buffer ? view : createView(out);
		const len = this.outputLen;
		const outLen = len / 4;
		const state = this.get();
		if (len % 4 || outLen > state.length) throw new Error("invalid outputLen");
		for (let i = 0; i < outLen; i++) oview.setUint32(4 * i, state[i], isLE);
	}
	digest() {
		const { buffer, outputLen } = this;
		this.digestInto(buffer);
		const res = buffer.slice(0, outputLen);
		this.destroy();
		return res;
	}
	_cloneIntoMeta(to) {
		const { buffer, length, finished, destroyed, pos } = this;
		to.destroyed = destroyed;
		to.finished = finished;
		to.length = length;
		to.pos = pos;
		if (pos) to.buffer.set(buffer);
		return to;
	}
	clone() {
		return this._cloneInto();
	}
};
// node_modules/@noble/hashes/legacy.js
/**

SHA1 (RFC 3174), MD5 (RFC 1321), and RIPEMD160 legacy, weak hash functions.
RFC 2286 only covers HMAC-RIPEMD160 wrapper material and test vectors,
not the base RIPEMD-160 compression spec.
Don't use them in a new protocol. What "weak" means:

- Collisions can be made with 2^18 effort in MD5, 2^60 in SHA1, 2^80 in RIPEMD160.
- No practical pre-image attacks (only theoretical, 2^123.4)
- HMAC seems kinda ok: https://www.rfc-editor.org/rfc/rfc6151
* @module
*/
/** Initial SHA-1 state from RFC 3174 §6.1. */
var SHA1_IV = /* @__PURE__ */ Uint32Array.from([
	1732584193,
	4023233417,
	2562383102,
	271733878,
	3285377520
]);
var SHA1_W = /* @__PURE__ */ new Uint32Array(80);
/** Internal SHA1 legacy hash class. */
var _SHA1 = class extends HashMD {
	A = SHA1_IV[0] | 0;
	B = SHA1_IV[1] | 0;
	C = SHA1_IV[2] | 0;
	D = SHA1_IV[3] | 0;
	E = SHA1_IV[4] | 0;
	constructor() {
		super(64, 20, 8, false);
	}
	get() {
		const { A, B, C, D, E } = this;
		return [
			A,
			B,
			C,
			D,
			E
		];
	}
	set(A, B, C, D, E) {
		this.A = A | 0;
		this.B = B | 0;
		this.C = C | 0;
		this.D = D | 0;
		this.E = E | 0;
	}
	_cloneInto(to) {
		(to ||= new this.constructor()).set(...this.get());
		return this._cloneIntoMeta(to);
	}
	process(view, offset) {
		for (let i = 0; i < 16; i++, offset += 4) SHA1_W[i] = view.getUint32(offset, false);
		for (let i = 16; i < 80; i++) SHA1_W[i] = rotl(SHA1_W[i - 3] ^ SHA1_W[i - 8] ^ SHA1_W[i - 14] ^ SHA1_W[i - 16], 1);
		let { A, B, C, D, E } = this;
		for (let i = 0; i < 80; i++) {
			let F, K;
			if (i < 20) {
				F = Chi(B, C, D);
				K = 1518500249;
			} else if (i < 40) {
				F = B ^ C ^ D;
				K = 1859775393;
			} else if (i < 60) {
				F = Maj(B, C, D);
				K = 2400959708;
			} else {
				F = B ^ C ^ D;
				K = 3395469782;
			}
			const T = rotl(A, 5) + F + E + K + SHA1_W[i] | 0;
			E = D;
			D = C;
			C = rotl(B, 30);
			B = A;
			A = T;
		}
		A = A + this.A | 0;
		B = B + this.B | 0;
		C = C + this.C | 0;
		D = D + this.D | 0;
		E = E + this.E | 0;
		this.set(A, B, C, D, E);
	}
	roundClean() {
		clean(SHA1_W);
	}
	destroy() {
		this.destroyed = true;
		this.set(0, 0, 0, 0, 0);
		clean(this.buffer);
	}
};
/**
* SHA1 (RFC 3174) legacy hash function. It was cryptographically broken.
* @param msg - message bytes to hash
* @param opts - Reserved hash options.
* @returns Digest bytes.
* @example
* Hash a message with SHA1.
* ```ts
* sha1(new Uint8Array([97, 98, 99]));
* ```
*/
var sha1 = /* @__PURE__ */ createHasher(() => new _SHA1());
// bridge/src/core/hash.ts
/** Isomorphic hashing helpers (pure JS, no node:crypto) for external ids and content hashes. */
function sha1Hex(text) {
	return bytesToHex(sha1(utf8ToBytes(text)));
}
// bridge/src/core/xmlid.ts
var XMLID_MODULE = {
	plexus: "ferry_plexus",
	planplus: "ferry_planplus"
};
/** `-` becomes `_`; any other character outside [A-Za-z0-9_] becomes `_` plus a SHA-1 suffix keeping ids distinct. */
function sanitizeSourceId(raw) {
	const id = raw.trim();
	let other = false;
	const clean = id.replace(/[^A-Za-z0-9_]/g, (ch) => {
		if (ch === "-") return "_";
		other = true;
		return "_";
	});
	return other ? String(clean) + "_" + String(sha1Hex(id).slice(0, 8)) : clean;
}
/** Name part: `<source>_<object>_<id>[_<suffix>]`, e.g. `planplus_contact_100245`. */
function xmlidName(source, object, sourceId, suffix) {
	const base = String(source) + "_" + String(object) + "_" + String(sanitizeSourceId(sourceId));
	return suffix ? String(base) + "_" + String(suffix) : base;
}
/** Fully qualified `module.name`, as `load` takes it in an `id` or `field/id` column. */
function xmlid(source, object, sourceId, suffix) {
	return String(XMLID_MODULE[source]) + "." + String(xmlidName(source, object, sourceId, suffix));
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
// bridge/src/core/mapping/context.ts
/** Field part of a load() column: `parent_id/id` → `parent_id`, `user_ids/.id` → `user_ids`. */
function columnField(column) {
	const i = column.indexOf("/");
	return i < 0 ? column : column.slice(0, i);
}
/** Custom fields (x_…) planned by the mapping count as present: provisioning creates them before data writes. */
function fieldExists(profile, model, column, planned) {
	const f = columnField(column);
	if (profile.fields[model]?.[f] !== void 0) return true;
	return f.startsWith("x_") && (planned?.has(String(model) + "." + String(f)) ?? false);
}
// bridge/src/core/mapping/crossrecord.ts
/** Free-mail domains never used for inference (mapping.md §4.3; configurable: extend, do not shrink). */
var FREE_MAIL_DOMAINS = [
	"gmail.com",
	"googlemail.com",
	"yahoo.com",
	"ymail.com",
	"hotmail.com",
	"outlook.com",
	"live.com",
	"msn.com",
	"aol.com",
	"icloud.com",
	"me.com",
	"mac.com",
	"comcast.net",
	"att.net",
	"sbcglobal.net",
	"verizon.net",
	"protonmail.com",
	"proton.me",
	"gmx.com",
	"mail.com",
	"yandex.com",
	"zoho.com"
];
var FORMER = "former employee";
/** Confidence of the one inference rule defined today (exact host match of the company web page). */
var DOMAIN_MATCH_CONFIDENCE = .9;
function cmpLink(a, b) {
	if (a.created !== b.created) {
		if (a.created === null) return 1;
		if (b.created === null) return -1;
		return a.created < b.created ? -1 : 1;
	}
	return a.linkId < b.linkId ? -1 : a.linkId > b.linkId ? 1 : 0;
}
/** mapping.md §4.3 steps 1–3 and §4.4 link outcomes. */
function resolveCompanyLinks(contacts, companies, links, opts = {}) {
	const free = new Set((opts.freeMailDomains ?? FREE_MAIL_DOMAINS).map((d) => d.toLowerCase()));
	const minConf = opts.minConfidence ?? .8;
	const companyById = new Map(companies.map((c) => [c.id, c]));
	const byName = /* @__PURE__ */ new Map();
	const byHost = /* @__PURE__ */ new Map();
	for (const c of companies) {
		if (c.nameKey) byName.set(c.nameKey, [...byName.get(c.nameKey) ?? [], c]);
		if (c.host) byHost.set(c.host, [...byHost.get(c.host) ?? [], c]);
	}
	const contactById = new Map(contacts.map((c) => [c.id, c]));
	const linkOut = /* @__PURE__ */ new Map();
	const candidates = /* @__PURE__ */ new Map();
	const resolvedCompany = /* @__PURE__ */ new Map();
	for (const l of links) {
		const contact = contactById.get(l.contactId);
		let company;
		if (l.companyId) company = companyById.get(l.companyId);
		else if (l.companyNameKey) {
			const m = byName.get(l.companyNameKey) ?? [];
			company = m.length === 1 ? m[0] : void 0;
		}
		if (!contact || !company) {
			const what = !contact ? "contact " + String(l.contactId) : "company " + String(l.companyId ?? l.companyNameKey ?? "");
			linkOut.set(l.linkId, {
				outcome: "rejected",
				code: "orphan_reference",
				message: String(what) + " is not in the export (or the name is ambiguous)"
			});
			continue;
		}
		if (!contact.loaded || !company.loaded) {
			linkOut.set(l.linkId, {
				outcome: "rejected",
				code: "parent_not_loaded",
				message: String(!contact.loaded ? "contact" : "company") + " was not loaded"
			});
			continue;
		}
		if ((l.relationship ?? "").trim().toLowerCase() === FORMER) {
			linkOut.set(l.linkId, {
				outcome: "skipped",
				code: "secondary_link",
				message: "Former Employee link"
			});
			continue;
		}
		resolvedCompany.set(l.linkId, company.id);
		candidates.set(l.contactId, [...candidates.get(l.contactId) ?? [], l]);
	}
	const parents = /* @__PURE__ */ new Map();
	const stats = {
		by_link: 0,
		by_name: 0,
		by_domain: 0,
		none: 0
	};
	const inferences = [];
	for (const c of contacts) {
		if (!c.loaded) continue;
		const cands = candidates.get(c.id) ?? [];
		let res;
		if (cands.length > 0) {
			const primaries = cands.filter((l) => l.isPrimary);
			let chosen;
			const flags = [];
			if (primaries.length === 1) chosen = primaries[0];
			else {
				chosen = [...primaries.length > 1 ? primaries : cands].sort(cmpLink)[0];
				if (cands.length >= 2) flags.push("multiple_company_links");
			}
			for (const l of cands) linkOut.set(l.linkId, l === chosen ? { outcome: "loaded" } : {
				outcome: "skipped",
				code: "secondary_link",
				message: "not the chosen link (" + String(chosen.linkId) + ")"
			});
			res = {
				companyId: resolvedCompany.get(chosen.linkId) ?? null,
				by: "by_link",
				flags,
				linkId: chosen.linkId,
				relationship: chosen.relationship
			};
		} else if (c.companyNameKey) {
			const m = (byName.get(c.companyNameKey) ?? []).filter((x) => x.loaded);
			if (m.length === 1) res = {
				companyId: m[0].id,
				by: "by_name",
				flags: []
			};
			else if (m.length > 1) res = {
				companyId: null,
				by: "none",
				flags: ["reference_ambiguous"]
			};
		}
		if (!res && c.email) {
			const domain = c.email.slice(c.email.indexOf("@") + 1);
			if (!free.has(domain)) {
				const m = (byHost.get(domain) ?? []).filter((x) => x.loaded);
				if (m.length === 1) {
					const applied = DOMAIN_MATCH_CONFIDENCE >= minConf;
					const inference = {
						domain,
						companyId: m[0].id,
						confidence: DOMAIN_MATCH_CONFIDENCE,
						applied
					};
					inferences.push({
						contactId: c.id,
						...inference
					});
					res = applied ? {
						companyId: m[0].id,
						by: "by_domain",
						flags: ["company_inferred"],
						inference
					} : {
						companyId: null,
						by: "none",
						flags: [],
						inference
					};
				} else if (m.length > 1) res = {
					companyId: null,
					by: "none",
					flags: ["reference_ambiguous"]
				};
			}
		}
		res ??= {
			companyId: null,
			by: "none",
			flags: []
		};
		stats[res.by]++;
		parents.set(c.id, res);
	}
	return {
		parents,
		links: linkOut,
		stats,
		inferences
	};
}
/** Ids whose key is shared with at least one other id (e-mail duplicates among loaded rows). */
function duplicateKeys(rows) {
	const by = /* @__PURE__ */ new Map();
	for (const r of rows) if (r.key) by.set(r.key, [...by.get(r.key) ?? [], r.id]);
	const out = /* @__PURE__ */ new Set();
	for (const ids of by.values()) if (ids.length > 1) for (const id of ids) out.add(id);
	return out;
}
/**
* mapping.md §4.9 parent cycles: following parent links from a task returns to it → clear the parent of
* the cycle member with the smallest id (string order). Returns the ids whose parent must be cleared.
*/
function breakParentCycles(parents) {
	const cleared = /* @__PURE__ */ new Set();
	const state = /* @__PURE__ */ new Map();
	const ids = [...parents.keys()].sort();
	for (const start of ids) {
		if (state.has(start)) continue;
		const path = [];
		let cur = start;
		while (cur !== null && cur !== void 0 && parents.has(cur) && !state.has(cur)) {
			state.set(cur, 1);
			path.push(cur);
			cur = cleared.has(cur) ? null : parents.get(cur);
		}
		if (cur !== null && cur !== void 0 && state.get(cur) === 1) {
			const min = [...path.slice(path.indexOf(cur))].sort()[0];
			cleared.add(min);
		}
		for (const p of path) state.set(p, 2);
	}
	return cleared;
}
// bridge/src/core/mapping/customfields.ts
/**
* Custom fields (mapping.md §1.9, §3.12, §4.13, §5.7): technical names, type inference, value
* conversion, and the provisioning outputs (ir.model.fields + selection options).
*/
/** `x_plexus_<key>` / `x_pp_<slug(label)>`: lower-case [a-z0-9_], ≤ 60 chars (cut + `_` + 4 hex of SHA-1 of the full name). */
function customFieldName(prefix, keyOrLabel) {
	const full = String(prefix) + String(slug(keyOrLabel));
	if (full.length <= 60) return full;
	return String(full.slice(0, 55)) + "_" + String(sha1Hex(full).slice(0, 4));
}
var SOURCE_TYPES = {
	text: "char",
	number: "float",
	date: "date",
	checkbox: "boolean",
	dropdown: "selection"
};
/** §5.7: source type → ttype; text becomes `text` when any value is longer than 255 or has a line break. */
function inferTtype(sourceType, values = []) {
	const t = SOURCE_TYPES[sourceType.trim().toLowerCase()];
	if (!t) return null;
	if (t === "char" && values.some((v) => v.length > 255 || /[\r\n]/.test(v))) return "text";
	return t;
}
/** Convert one custom value to a load() cell for its type (§3.12/§4.13); dropdowns match options case-insensitively. */
function convertCustomValue(cf, raw) {
	if (raw === null || raw === void 0) return {
		ok: true,
		value: ""
	};
	const text = typeof raw === "string" ? raw : typeof raw === "object" ? JSON.stringify(raw) : String(raw);
	if (text.trim() === "") return {
		ok: true,
		value: ""
	};
	switch (cf.ttype) {
		case "float": {
			const m = parseMoney(typeof raw === "number" ? raw : text);
			return m ? {
				ok: true,
				value: String(m.amount)
			} : {
				ok: false,
				raw: text
			};
		}
		case "date": {
			const d = parsePlanPlusDate(text);
			return d ? {
				ok: true,
				value: d.date
			} : {
				ok: false,
				raw: text
			};
		}
		case "boolean": {
			const b = parseBool(typeof raw === "boolean" || typeof raw === "number" ? raw : text);
			return b === null ? {
				ok: false,
				raw: text
			} : {
				ok: true,
				value: b ? "1" : "0"
			};
		}
		case "selection": {
			const k = nameKey(text);
			const opt = (cf.selection ?? []).find(([v, label]) => nameKey(label) === k || v === slug(text));
			if (opt) return {
				ok: true,
				value: opt[0]
			};
			const value = slug(text);
			return {
				ok: true,
				value,
				newOption: [value, text.trim()]
			};
		}
		default: return {
			ok: true,
			value: text
		};
	}
}
/** External id of a provisioned custom field: `ferry_<source>.<source>_field_<model>_<name>`. */
function customFieldXmlid(source, model, name) {
	return "ferry_" + String(source) + "." + String(source) + "_field_" + String(model.replace(/\./g, "_")) + "_" + String(name);
}
/**
* The module that defines a model, for its `ir.model` external id (`<module>.model_<model>`):
* Odoo names it after the module that first declares the model.
*/
var MODEL_MODULE = {
	"res.partner": "base",
	"res.users": "base",
	"project.project": "project",
	"project.task": "project",
	"project.milestone": "project",
	"crm.lead": "crm",
	"hr.employee": "hr",
	"calendar.event": "calendar",
	"sale.order": "sale",
	"sale.order.line": "sale",
	"account.analytic.line": "analytic",
	"hr.expense": "hr_expense",
	"helpdesk.ticket": "helpdesk",
	"knowledge.article": "knowledge",
	"planning.slot": "planning",
	"product.product": "product"
};
function modelXmlid(model) {
	return String(MODEL_MODULE[model] ?? "base") + ".model_" + String(model.replace(/\./g, "_"));
}
/** ir.model.fields (+ selection rows) outputs that provision a custom field; xmlid `<source>_field_<model>_<name>`. */
function customFieldOutputs(ctx, cf) {
	const out = [{
		model: "ir.model.fields",
		xmlid: customFieldXmlid(ctx.source, cf.model, cf.name),
		role: "ensure",
		matchBy: ["model", "name"],
		values: {
			name: cf.name,
			field_description: cf.label,
			ttype: cf.ttype,
			model: cf.model,
			"model_id/id": modelXmlid(cf.model),
			state: "manual",
			...cf.relation ? { relation: cf.relation } : {}
		}
	}];
	(cf.selection ?? []).forEach(([value, name], i) => out.push(selectionOptionOutput(ctx, cf, value, name, (i + 1) * 10)));
	return out;
}
function selectionOptionOutput(ctx, cf, value, name, sequence) {
	const fieldXml = customFieldXmlid(ctx.source, cf.model, cf.name);
	return {
		model: "ir.model.fields.selection",
		xmlid: String(fieldXml) + "_opt_" + String(value),
		role: "ensure",
		matchBy: ["field_id", "value"],
		values: {
			"field_id/id": fieldXml,
			value,
			name,
			sequence: String(sequence)
		}
	};
}
/** Register a custom field so rules may write it (provisioning creates it before data writes). */
function planCustomField(ctx, cf) {
	const key = String(cf.model) + "." + String(cf.name);
	if (!ctx.customFields.get(key)) ctx.customFields.set(key, cf);
}
// bridge/src/core/mapping/types.ts
function flag(code, message, field, raw) {
	const issue = {
		code,
		message
	};
	if (field !== void 0) issue.field = field;
	if (raw !== void 0 && raw !== null) issue.raw = String(raw);
	return issue;
}
// bridge/src/core/mapping/computes-planplus.ts
/**
* PlanPlus-specific named computes, predicates, post steps and cross-record passes
* (mapping.md §4). Mapping data files reference these by name.
*/
var MONTHS = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December"
];
/** Would this row pass the object's skip/reject rules? (cross-record passes consider only loadable rows) */
function passesChecks(ctx, om, record) {
	const st = {
		ctx,
		om,
		record,
		variant: null,
		drafts: /* @__PURE__ */ new Map(),
		pre: [],
		post: [],
		issues: []
	};
	for (const sk of om.skips ?? []) if (evalCondition(st, sk.when)) return false;
	for (const r of om.rejects ?? []) if (evalCondition(st, r.when)) return false;
	return true;
}
var PLANPLUS_RULES = {
	/** §4.3 name: name_person; all blank → e-mail, else the Company text; truncate_name. */
	pp_contact_name: (input) => {
		const [first, middle, last, suffix, email, company] = input.values.map(s);
		let name = personName(first, middle, last, suffix);
		if (name === "") name = normalizeEmail(email).email ?? email ?? company ?? "";
		const t = truncateName(name);
		const out = { value: t.name };
		if (t.truncated) {
			out.prepend = [name];
			out.issues = [flag("text_truncated", "name longer than 250 characters", "First Name")];
		}
		return out;
	},
	/** §4.3 Prefix → title (base data xmlid); unknown → comment line (no flag). */
	pp_title: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const row = input.state.ctx.doc.valueMaps["partner_title"]?.rows.find((r) => r.match.some((m) => nameKey(m) === nameKey(v)));
		if (!row || input.column === null) return {
			value: null,
			notes: ["Prefix: " + String(v)]
		};
		return { value: row.values["value"] ?? null };
	},
	/** §4.3 Birthday: date → x_pp_birthday; M/D without year → comment "Birthday: March 7"; invalid → invalid_date. */
	pp_birthday: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const md = /^(\d{1,2})\/(\d{1,2})$/.exec(v);
		if (md) {
			const m = Number(md[1]);
			const d = Number(md[2]);
			if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return {
				value: null,
				notes: ["Birthday: " + String(MONTHS[m - 1]) + " " + String(d)]
			};
		}
		const p = parsePlanPlusDate(v);
		if (!p) return {
			value: null,
			notes: ["Birthday: " + String(v)],
			issues: [flag("invalid_date", "unusable birthday \"" + String(v) + "\"", "Birthday", v)]
		};
		const out = { value: p.date };
		if (p.dayFirst) out.issues = [flag("date_ambiguous", "\"" + String(v) + "\" read day-first", "Birthday", v)];
		return out;
	},
	/** §4.3 parent company from the link-resolution pass; else the Company text in company_name. */
	pp_contact_parent: (input) => {
		const ctx = input.state.ctx;
		const id = input.state.record.id;
		const res = ctx.index.getPass("contact_parent", id);
		const company = s(field(input, "Company"));
		const out = { cells: {} };
		if (res?.companyId) {
			out.value = xmlid("planplus", "company", res.companyId);
			out.cells["company_name"] = "";
			if (res.by === "by_link" && res.relationship) out.cells["x_pp_relationship"] = res.relationship;
		} else {
			out.value = null;
			out.cells["company_name"] = company ?? "";
		}
		if (res?.flags.length) out.issues = res.flags.map((f) => flag(f, f === "company_inferred" && res.inference ? "company " + String(res.inference.companyId) + " inferred from e-mail domain " + String(res.inference.domain) + " (confidence " + String(res.inference.confidence) + ")" : f === "multiple_company_links" ? "several company links; chose " + String(res.linkId ?? "") : `company reference ambiguous`, f === "company_inferred" ? "E-mail Address" : "Company"));
		return out;
	},
	/** §4.3 email_duplicate from the pass over loaded contacts. */
	pp_email_duplicate: (input) => {
		const ctx = input.state.ctx;
		const pass = arg(input, "pass", "contact_email_dup");
		if (ctx.index.getPass(pass, input.state.record.id)) return { issues: [flag("email_duplicate", "e-mail shared with another loaded contact", "E-mail Address", s(input.values[0]))] };
		return {};
	}
};
var PLANPLUS_PREDICATES = {
	/** Write own address unless a parent company is resolved and the contact has no own street (Odoo keeps the parent's). */
	pp_contact_writes_address: (state) => {
		if (!state.ctx.index.getPass("contact_parent", state.record.id)?.companyId) return true;
		return s(getPath(state.record.data, "Business Street")) !== null;
	},
	/** §4.3 all of First Name, Last Name, E-mail Address, Company blank. */
	pp_contact_missing_required: (state) => [
		"First Name",
		"Last Name",
		"E-mail Address",
		"Company"
	].every((k) => s(getPath(state.record.data, k)) === null)
};
var PLANPLUS_POSTS = {
	/** §2 users are validated; a matched user's Mission Statement goes to x_pp_mission_statement on its partner. */
	pp_user_validate: (state) => {
		const ctx = state.ctx;
		state.outcome = { outcome: "validated" };
		const email = normalizeEmail(s(getPath(state.record.data, "E-mail Address"))).email;
		const u = email ? ctx.owners.odooUser(email) : void 0;
		const mission = getPath(state.record.data, "Mission Statement");
		const text = typeof mission === "string" && mission.trim() !== "" ? mission : null;
		state.document = {
			email,
			odooUserId: u?.id ?? null,
			matched: u !== void 0,
			active: u?.active ?? null
		};
		if (u && text !== null && u.partnerId !== void 0) state.post.push({
			model: "res.partner",
			xmlid: "",
			resId: u.partnerId,
			role: "update",
			values: { x_pp_mission_statement: text }
		});
	},
	/** §4.4 a link row's outcome comes from the resolution pass; the chosen link points to the contact. */
	pp_link_outcome: (state) => {
		const out = state.ctx.index.getPass("link_outcome", state.record.id);
		if (!out || out.outcome === "loaded") {
			state.ref = {
				model: "res.partner",
				xmlid: xmlid("planplus", "contact", s(getPath(state.record.data, "Contact ID")) ?? "")
			};
			if (!out) {
				state.outcome = {
					outcome: "rejected",
					code: "orphan_reference"
				};
				state.issues.push({
					code: "orphan_reference",
					message: "link not resolved (contacts not prepared)"
				});
			}
			return;
		}
		state.outcome = {
			outcome: out.outcome,
			code: out.code
		};
		state.issues.push({
			code: out.code,
			message: out.message
		});
	}
};
function companySummaries(ctx) {
	return [...(ctx.index.rows.get("companies") ?? /* @__PURE__ */ new Map()).entries()].map(([id, d]) => ({
		id,
		nameKey: nameKey(s(d["Company Name"])),
		host: hostOf(s(d["Web Page"])),
		loaded: ctx.index.isLoaded("companies", id)
	}));
}
function linkSummaries(ctx) {
	return [...(ctx.index.rows.get("contact_company_links") ?? /* @__PURE__ */ new Map()).entries()].map(([id, d]) => {
		const prim = s(d["Is Primary"]);
		return {
			linkId: id,
			contactId: s(d["Contact ID"]) ?? "",
			companyId: s(d["Company ID"]),
			companyNameKey: s(d["Company Name"]) ? nameKey(s(d["Company Name"])) : null,
			relationship: s(d["Relationship"]),
			isPrimary: prim !== null && [
				"yes",
				"y",
				"true",
				"1",
				"x"
			].includes(prim.toLowerCase()),
			created: parsePlanPlusDateTime(s(d["Created Date"]), ctx.settings.exportTimeZone)?.utc ?? null
		};
	});
}
var PLANPLUS_PREPASSES = { 
/**
* §4.3/§4.4 over all contacts (needs companies loaded and links registered): parent per contact,
* outcome per link, e-mail duplicates among loadable contacts.
*/
pp_contact_parents: (ctx, om, records) => {
	const contacts = records.map((r) => ({
		id: r.id,
		loaded: passesChecks(ctx, om, r),
		companyNameKey: s(r.data["Company"]) ? nameKey(s(r.data["Company"])) : null,
		email: normalizeEmail(s(r.data["E-mail Address"])).email
	}));
	const opts = ctx.doc.options;
	const res = resolveCompanyLinks(contacts, companySummaries(ctx), linkSummaries(ctx), {
		...opts.freeMailDomains ? { freeMailDomains: opts.freeMailDomains } : {},
		...opts.companyInferenceMinConfidence !== void 0 ? { minConfidence: opts.companyInferenceMinConfidence } : {}
	});
	for (const [id, p] of res.parents) ctx.index.setPass("contact_parent", id, p);
	for (const [id, o] of res.links) ctx.index.setPass("link_outcome", id, o);
	ctx.index.setPass("report", "parent_resolution", res.stats);
	ctx.index.setPass("report", "company_inferences", res.inferences);
	for (const id of duplicateKeys(contacts.filter((c) => c.loaded).map((c) => ({
		id: c.id,
		key: c.email
	})))) ctx.index.setPass("contact_email_dup", id, true);
} };
var M = "ferry_planplus";
var X$1 = (object, id, suffix) => xmlid("planplus", object, id, suffix);
function pipelineTeam() {
	return {
		model: "crm.team",
		xmlid: String(M) + ".planplus_team_pipeline",
		role: "ensure",
		matchBy: ["name"],
		values: {
			name: "PlanPlus pipeline",
			use_opportunities: "1"
		}
	};
}
function lostReason() {
	return {
		model: "crm.lost.reason",
		xmlid: String(M) + ".planplus_lost_reason",
		role: "ensure",
		matchBy: ["name"],
		values: { name: "Lost in PlanPlus" }
	};
}
function helpdeskCrmTeam() {
	return {
		model: "crm.team",
		xmlid: String(M) + ".planplus_team_helpdesk",
		role: "ensure",
		matchBy: ["name"],
		values: {
			name: "Help Desk (migrated)",
			use_opportunities: "1"
		}
	};
}
function defaultProject() {
	return {
		model: "project.project",
		xmlid: String(M) + ".planplus_project_default",
		role: "ensure",
		matchBy: [],
		values: {
			name: "PlanPlus – Unassigned tasks",
			allow_timesheets: "1"
		}
	};
}
/** §5.4 task stages as ensure outputs (xmlid planplus_task_stage_<slug>). */
function taskStageOutputs(ctx) {
	return (ctx.doc.valueMaps["task_status"]?.rows ?? []).map((r) => ({
		model: "project.task.type",
		xmlid: String(M) + ".planplus_task_stage_" + String(r.values["slug"] ?? "x"),
		role: "ensure",
		matchBy: [],
		values: {
			name: r.values["stage"] ?? "",
			sequence: r.values["sequence"] ?? "10",
			fold: r.values["fold"] ?? "0"
		}
	}));
}
function stages(ctx) {
	return [...(ctx.index.rows.get("deal_stages") ?? /* @__PURE__ */ new Map()).entries()].map(([id, d]) => ({
		id,
		name: s(d["Stage Name"]) ?? id,
		order: Number(s(d["Order"]) ?? "0"),
		probability: parseMoney((s(d["Probability (%)"]) ?? "").replace(/%\s*$/, ""))?.amount ?? null,
		won: parseBool(s(d["Is Won"])) === true,
		lost: parseBool(s(d["Is Lost"])) === true
	})).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
}
/** Event / date helpers in a zone. */
function eventZone(ctx, cell, organizer) {
	const z = cell ? resolveTimeZone(cell) : null;
	if (z) return { zone: z };
	const org = organizer ? normalizeEmail(organizer).email : null;
	const su = org ? ctx.owners.sourceUserByEmail(org) : void 0;
	const zone = (su?.timeZone ? resolveTimeZone(su.timeZone) : null) ?? ctx.settings.exportTimeZone;
	return {
		zone,
		issue: flag("timezone_assumed", cell ? "unknown time zone \"" + String(cell) + "\"; " + String(zone) + " used" : "no time zone; " + String(zone) + " used", "Time Zone", cell)
	};
}
function addMinutes(utc, minutes) {
	const t = (/* @__PURE__ */ new Date(String(utc.replace(" ", "T")) + "Z")).getTime() + minutes * 6e4;
	return new Date(t).toISOString().slice(0, 19).replace("T", " ");
}
function addDays(date, days) {
	const d = /* @__PURE__ */ new Date(String(date) + "T00:00:00Z");
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}
/** Loaded companies with this name_key. */
function companiesByName(ctx, name) {
	return ctx.index.get("company_name", nameKey(name)).filter((id) => ctx.index.isLoaded("companies", id));
}
function companyByName(ctx, name, fieldName) {
	if (name === null) return { value: null };
	const ids = companiesByName(ctx, name);
	if (ids.length === 1) return { value: X$1("company", ids[0]) };
	if (ids.length > 1) return {
		value: null,
		issues: [flag("reference_ambiguous", String(ids.length) + " companies named \"" + String(name) + "\"", fieldName, name)]
	};
	return {
		value: null,
		issues: [flag("orphan_reference", "no loaded company named \"" + String(name) + "\"", fieldName, name)]
	};
}
Object.assign(PLANPLUS_RULES, {
	pp_stage_fields: (input) => {
		const d = input.state.record.data;
		const prob = s(d["Probability (%)"]);
		const order = Number(s(d["Order"]) ?? "0");
		const p = prob === null ? null : parseMoney(prob.replace(/%\s*$/, ""))?.amount ?? null;
		const ctx = input.state.ctx;
		const teamCol = input.draft ? [`team_id/id`, `team_ids/id`].find((c) => fieldExists(ctx.profile, input.draft.model, c)) ?? "team_id/id" : "team_id/id";
		return {
			value: String(order * 10),
			cells: {
				requirements: p === null ? "" : "PlanPlus probability: " + String(p) + " %",
				[teamCol]: String(M) + ".planplus_team_pipeline"
			},
			pre: [pipelineTeam(), lostReason()]
		};
	},
	pp_deal: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const all = stages(ctx);
		const real = all.filter((x) => !x.lost && ctx.index.isLoaded("deal_stages", x.id));
		const first = real[0];
		const issues = [];
		const stageText = s(d["Stage"]);
		const match = stageText ? real.find((x) => nameKey(x.name) === nameKey(stageText)) : void 0;
		const lostStage = stageText ? all.find((x) => x.lost && nameKey(x.name) === nameKey(stageText)) : void 0;
		const status = lookupValueMap(ctx, "deal_status", s(d["Status"]));
		if (status.issue) issues.push({
			...status.issue,
			field: "Status"
		});
		const st = status.values?.["value"] ?? "open";
		let stage = match;
		if (!match && !(lostStage && st === "lost")) {
			if (stageText !== null || real.length > 0) {
				ctx.index.countUnmapped("deal_stage", stageText ?? "");
				issues.push(flag("value_unmapped", "stage \"" + String(stageText ?? "") + "\" is not a PlanPlus stage; first stage used", "Stage", stageText));
			}
		}
		stage ??= first;
		const cells = {
			type: "opportunity",
			"team_id/id": String(M) + ".planplus_team_pipeline"
		};
		const close = s(d["Close Date"]);
		const cd = close ? parsePlanPlusDate(close) : null;
		if (close && !cd) issues.push(flag("invalid_date", "unusable close date \"" + String(close) + "\"", "Close Date", close));
		if (cd?.dayFirst) issues.push(flag("date_ambiguous", "\"" + String(close) + "\" read day-first", "Close Date", close));
		const closedUtc = cd ? localToUtc(cd.date, "12:00", ctx.settings.exportTimeZone)?.utc ?? "" : "";
		const probCell = s(d["Probability (%)"]);
		const prob = probCell === null ? null : parseMoney(probCell.replace(/%\s*$/, ""))?.amount ?? null;
		if (st === "won") {
			stage = real.find((x) => x.won) ?? stage;
			Object.assign(cells, {
				probability: "100",
				date_closed: closedUtc,
				date_deadline: "",
				active: "1"
			});
		} else if (st === "lost") Object.assign(cells, {
			active: "0",
			probability: "0",
			"lost_reason_id/id": String(M) + ".planplus_lost_reason",
			date_closed: closedUtc,
			date_deadline: ""
		});
		else Object.assign(cells, {
			active: "1",
			probability: String(prob ?? stage?.probability ?? 0),
			date_deadline: cd?.date ?? ""
		});
		cells["stage_id/id"] = stage ? X$1("stage", stage.id) : "";
		const amountCell = s(d["Amount"]);
		const cur = (s(d["Currency"]) ?? "").toUpperCase();
		if (amountCell !== null) {
			const m = parseMoney(amountCell);
			if (!m) {
				cells["expected_revenue"] = "0";
				issues.push(flag("invalid_amount", "unparseable amount \"" + String(amountCell) + "\"", "Amount", amountCell));
			} else {
				const currency = (cur || m.currency || "USD").toUpperCase();
				let amount = m.amount;
				if (currency !== ctx.settings.companyCurrency.toUpperCase()) {
					const rate = ctx.settings.rates?.[currency];
					if (rate !== void 0) amount = Math.round(m.amount * rate * 100) / 100;
					else issues.push(flag("currency_not_converted", "no rate for " + String(currency), "Amount", amountCell));
					cells["x_pp_original_amount"] = String(m.amount) + " " + String(currency);
				} else cells["x_pp_original_amount"] = "";
				cells["expected_revenue"] = String(amount);
			}
		} else cells["expected_revenue"] = "0";
		const cid = s(d["Contact ID"]);
		let partner = null;
		if (cid) {
			if (ctx.index.isLoaded("contacts", cid)) partner = X$1("contact", cid);
			else issues.push(flag("orphan_reference", "contact " + String(cid) + " " + String(ctx.index.isKnown("contacts", cid) ? "not loaded" : "not in the export"), "Contact ID", cid));
		}
		if (partner === null && s(d["Company"])) {
			const r = companyByName(ctx, s(d["Company"]), "Company");
			if (typeof r.value === "string") partner = r.value;
			else issues.push(...r.issues ?? []);
		}
		cells["partner_id/id"] = partner ?? "";
		cells["contact_name"] = partner ? "" : s(d["Contact Name"]) ?? "";
		cells["partner_name"] = partner ? "" : s(d["Company"]) ?? "";
		const pre = [pipelineTeam(), lostReason()];
		const src = s(d["Lead Source"]);
		if (src) {
			const e = ensure(ctx, "utm.source", "source", src);
			pre.push(e);
			cells["source_id/id"] = e.xmlid;
		} else cells["source_id/id"] = "";
		return {
			cells,
			issues,
			pre
		};
	},
	pp_event_times: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const sd = parsePlanPlusDate(s(d["Start Date"]));
		if (!sd) return { reject: {
			code: "invalid_required_value",
			message: "unparseable Start Date \"" + String(s(d["Start Date"]) ?? "") + "\"",
			field: "Start Date"
		} };
		const issues = [];
		if (sd.dayFirst) issues.push(flag("date_ambiguous", "Start Date read day-first", "Start Date", s(d["Start Date"])));
		const ed = parsePlanPlusDate(s(d["End Date"]));
		if (parseBool(s(d["All Day Event"])) === true) {
			let stop = ed ? ed.date === sd.date ? sd.date : addDays(ed.date, -1) : sd.date;
			if (stop < sd.date) {
				stop = sd.date;
				issues.push(flag("invalid_date", "end before start; one-day event", "End Date", s(d["End Date"])));
			}
			return {
				cells: {
					allday: "1",
					start_date: sd.date,
					stop_date: stop,
					start: String(sd.date) + " 08:00:00",
					stop: String(stop) + " 18:00:00"
				},
				issues
			};
		}
		const z = eventZone(ctx, s(d["Time Zone"]), s(d["Organizer E-mail"]));
		if (z.issue) issues.push(z.issue);
		const a = localToUtc(sd.date, s(d["Start Time"]), z.zone);
		if (!a) return { reject: {
			code: "invalid_required_value",
			message: "unusable Start Date/Time",
			field: "Start Time"
		} };
		for (const f of a.flags) issues.push(flag(f, String(f) + " for start", "Start Time", s(d["Start Time"])));
		const b = ed ? localToUtc(ed.date, s(d["End Time"]), z.zone) : null;
		let stop = b?.utc ?? null;
		for (const f of b?.flags ?? []) if (!issues.some((i) => i.code === f)) issues.push(flag(f, String(f) + " for end", "End Time", s(d["End Time"])));
		if (stop === null || stop < a.utc) {
			stop = addMinutes(a.utc, 30);
			issues.push(flag("invalid_date", "end missing or before start; start + 30 min used", "End Date", s(d["End Date"])));
		}
		return {
			cells: {
				allday: "0",
				start: a.utc,
				stop
			},
			issues
		};
	},
	pp_event_name: (input) => {
		const v = s(input.values[0]) ?? "(no subject)";
		const t = truncateName(v);
		return t.truncated ? {
			value: t.name,
			prepend: [v],
			issues: [flag("text_truncated", "subject longer than 250 characters", "Subject")]
		} : { value: t.name };
	},
	pp_event_description: (input) => {
		const d = input.state.record.data;
		const desc = typeof d["Description"] === "string" && d["Description"].trim() !== "" ? textToHtml(d["Description"]) : "";
		const rec = s(d["Recurrence Pattern"]);
		const sd = parsePlanPlusDate(s(d["Start Date"]));
		if (!rec) return { value: desc };
		const parsed = parseRecurrencePattern(rec, sd?.date ?? null);
		const offRule = parsed.ok && sd?.date ? !startIsOccurrence(parsed.fields, sd.date) : false;
		const r = parsed.ok && !offRule ? parsed.cells : null;
		const ctx = input.state.ctx;
		const needed = [
			"recurrency",
			"rrule_type",
			"interval",
			"end_type",
			"count",
			"until",
			"mon",
			"month_by",
			"day",
			"weekday",
			"byday"
		];
		const model = input.draft?.model ?? "calendar.event";
		const supported = needed.every((f) => fieldExists(ctx.profile, model, f));
		if (r && supported) return {
			value: desc,
			cells: r
		};
		return {
			value: desc + ("<p>Recurrence (not migrated): " + String(rec.replace(/&/g, "&amp;").replace(/</g, "&lt;")) + "</p>"),
			issues: [flag("recurrence_unparsed", "recurrence \"" + String(rec) + "\" " + String(offRule ? "does not repeat on the event's first day (" + String(sd?.date ?? "?") + "): Odoo would archive the event" : r ? "not supported by this Odoo" : "not understood (" + String(recurrenceProblem(rec, sd?.date ?? null) ?? "?") + ")") + "; single event", "Recurrence Pattern", rec)]
		};
	},
	pp_event_partners: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const refs = [];
		const pre = [];
		const issues = [];
		const seen = /* @__PURE__ */ new Set();
		const add = (ref) => {
			const k = ref.xmlid ?? "#" + String(ref.id ?? "");
			if (seen.has(k)) return;
			seen.add(k);
			refs.push({
				column: "partner_ids",
				many: true,
				...ref
			});
		};
		const att = s(d["Attendees"]);
		for (const part of att ? att.split(/;/).map((x) => x.trim()).filter(Boolean) : []) {
			const e = normalizeOneEmail(part);
			if (!e) {
				issues.push(flag("email_invalid", "invalid attendee \"" + String(part) + "\"", "Attendees", part));
				continue;
			}
			const u = ctx.owners.odooUser(e);
			if (u?.partnerId !== void 0) {
				add({ id: u.partnerId });
				continue;
			}
			const contacts = ctx.index.get("contact_email", e).filter((id) => ctx.index.isLoaded("contacts", id)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
			if (contacts[0]) {
				add({ xmlid: X$1("contact", contacts[0]) });
				continue;
			}
			const existing = ctx.settings.partnersByEmail?.[e];
			if (existing !== void 0) {
				add({ id: existing });
				continue;
			}
			const display = /^(.*?)\s*<[^>]*>\s*$/.exec(part)?.[1]?.replace(/^"|"$/g, "").trim();
			const xml = String(M) + ".planplus_attendee_" + String(sha1Hex(e).slice(0, 16));
			pre.push({
				model: "res.partner",
				xmlid: xml,
				role: "ensure",
				matchBy: [],
				values: {
					name: display || e,
					email: e
				}
			});
			add({ xmlid: xml });
		}
		const rc = s(d["Related Contact ID"]);
		if (rc) {
			if (ctx.index.isLoaded("contacts", rc)) add({ xmlid: X$1("contact", rc) });
			else issues.push(flag("orphan_reference", "contact " + String(rc) + " not loaded", "Related Contact ID", rc));
		}
		return {
			refs,
			pre,
			issues
		};
	},
	/** `Private = True` → private; otherwise left empty (Odoo's default privacy of the organizer). */
	pp_privacy: (input) => ({ value: parseBool(s(input.values[0])) === true ? "private" : null }),
	pp_project_company: (input) => companyByName(input.state.ctx, s(input.values[0]), "Company"),
	pp_project_flags: (input) => {
		const ctx = input.state.ctx;
		const stagesOut = taskStageOutputs(ctx);
		return {
			cells: {
				allow_milestones: ctx.index.get("milestone_project", input.state.record.id).length > 0 ? "1" : "0",
				allow_timesheets: "1",
				"type_ids/id": stagesOut.map((x) => x.xmlid).join(",")
			},
			pre: stagesOut
		};
	},
	pp_project_summary: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const file = s(d["Summary File"]);
		if (!file) return {};
		const present = ctx.settings.summaryFiles;
		if (present && !present.includes(file.replace(/\\/g, "/"))) return { issues: [flag("summary_missing", "summary file " + String(file) + " is not in the export", "Summary File", file)] };
		const id = input.state.record.id;
		return { post: [{
			model: "ir.attachment",
			xmlid: X$1("summary", id),
			values: {
				name: String(s(d["Project Name"]) ?? id) + " – Summary.html",
				mimetype: "text/html",
				res_model: "project.project"
			},
			refs: [{
				column: "res_id",
				xmlid: X$1("project", id)
			}],
			binary: { path: file }
		}] };
	},
	pp_milestone_note: (input) => {
		const v = input.values[0];
		if (typeof v !== "string" || v.trim() === "") return {};
		const pid = s(input.state.record.data["Project ID"]) ?? "";
		return { post: [{
			model: "mail.message",
			xmlid: X$1("milestone_note", input.state.record.id),
			values: {
				model: "project.project",
				message_type: "comment",
				"subtype_id/id": "mail.mt_note",
				body: "<p>Milestone " + String(s(input.state.record.data["Milestone Name"]) ?? "") + ":</p>" + String(textToHtml(v))
			},
			refs: [{
				column: "res_id",
				xmlid: X$1("project", pid)
			}]
		}] };
	},
	pp_task_project: (input) => {
		const ctx = input.state.ctx;
		const [pidRaw, pnameRaw] = input.values.map(s);
		if (pidRaw) {
			if (ctx.index.isLoaded("projects", pidRaw)) return { value: X$1("project", pidRaw) };
			return {
				value: String(M) + ".planplus_project_default",
				pre: [defaultProject()],
				issues: [flag("orphan_reference", "project " + String(pidRaw) + " not loaded", "Project ID", pidRaw)]
			};
		}
		if (pnameRaw) {
			const ids = ctx.index.get("project_name", nameKey(pnameRaw)).filter((id) => ctx.index.isLoaded("projects", id));
			if (ids[0]) return { value: X$1("project", ids[0]) };
			return {
				value: String(M) + ".planplus_project_default",
				pre: [defaultProject()],
				issues: [flag("orphan_reference", "no project named \"" + String(pnameRaw) + "\"", "Project Name", pnameRaw)]
			};
		}
		return {
			value: String(M) + ".planplus_project_default",
			pre: [defaultProject()]
		};
	},
	pp_task_priority: (input) => {
		const v = s(input.values[0]);
		const r = lookupValueMap(input.state.ctx, "task_priority", v);
		const rank = v && /^[ABC][1-9]$/i.test(v) ? v.toUpperCase() : "";
		const out = {
			value: r.values?.["value"] ?? "0",
			cells: {
				x_pp_priority: r.values?.["pp"] ?? "",
				x_pp_priority_rank: rank
			}
		};
		if (r.issue) out.issues = [{
			...r.issue,
			field: "Priority"
		}];
		return out;
	},
	pp_task_stage: (input) => {
		const r = lookupValueMap(input.state.ctx, "task_status", input.values[0]);
		const out = {
			value: String(M) + ".planplus_task_stage_" + String(r.values?.["slug"] ?? "to_do"),
			cells: { state: r.values?.["value"] ?? "01_in_progress" },
			pre: taskStageOutputs(input.state.ctx)
		};
		if (r.issue) out.issues = [{
			...r.issue,
			field: "Status"
		}];
		return out;
	},
	pp_task_start: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const p = parsePlanPlusDate(v);
		if (!p) return {
			value: null,
			notes: ["Start date: " + String(v)],
			issues: [flag("invalid_date", "unusable date \"" + String(v) + "\"", "Start Date", v)]
		};
		const issues = p.dayFirst ? [flag("date_ambiguous", "\"" + String(v) + "\" read day-first", "Start Date", v)] : [];
		const ctx = input.state.ctx;
		if ((input.draft && input.column ? ctx.profile.fields[input.draft.model]?.[input.column] : void 0)?.type === "datetime") return {
			value: localToUtc(p.date, "08:00", ctx.settings.exportTimeZone)?.utc ?? null,
			issues
		};
		return {
			value: p.date,
			issues
		};
	},
	pp_task_parent_flags: (input) => {
		const r = input.state.ctx.index.getPass("task_parent_issue", input.state.record.id);
		return r ? { issues: [r] } : {};
	},
	pp_task_contact: (input) => {
		const ctx = input.state.ctx;
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		if (ctx.index.isLoaded("contacts", v)) return { value: X$1("contact", v) };
		return {
			value: null,
			issues: [flag("orphan_reference", "contact " + String(v) + " not loaded", "Related Contact ID", v)]
		};
	},
	/** Completed Date → date_end as a follow-up update: a task landing in a folded stage gets date_end = now from Odoo. */
	pp_task_date_end: (input) => {
		const r = TRANSFORMS["deadline"]({
			...input,
			draft: void 0,
			column: null,
			args: {
				field: "Completed Date",
				label: "Completed date"
			}
		});
		if (!r.value) return {
			...r.notes ? { notes: r.notes } : {},
			...r.issues ? { issues: r.issues } : {}
		};
		return {
			post: [{
				model: "project.task",
				xmlid: X$1("task", input.state.record.id),
				role: "update",
				values: { date_end: r.value }
			}],
			...r.issues ? { issues: r.issues } : {}
		};
	},
	pp_percent: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const m = parseMoney(v.replace(/%\s*$/, ""));
		return { value: m ? String(Math.round(m.amount)) : null };
	},
	pp_ticket_name: (input) => {
		const d = input.state.record.data;
		let subj = s(d["Subject"]);
		if (subj === null) {
			const desc = typeof d["Description"] === "string" ? htmlToText(d["Description"]) : "";
			subj = Array.from((desc.split("\n").find((l) => l.trim() !== "") ?? "").trim()).slice(0, 80).join("");
		}
		const num = s(d["Ticket Number"]);
		const name = arg(input, "withNumber", true) && num ? "[" + String(num) + "] " + String(subj) : subj;
		const t = truncateName(name);
		return t.truncated ? {
			value: t.name,
			prepend: [name],
			issues: [flag("text_truncated", "subject longer than 250 characters", "Subject")]
		} : { value: t.name };
	},
	pp_ticket_stage: (input) => {
		const ctx = input.state.ctx;
		const r = lookupValueMap(ctx, "ticket_status", input.values[0]);
		const slugv = r.values?.["value"] ?? "open";
		const helpdesk = input.state.variant === "helpdesk";
		const stage = helpdesk ? {
			model: "helpdesk.stage",
			xmlid: String(M) + ".planplus_helpdesk_stage_" + String(slugv),
			role: "ensure",
			matchBy: [],
			values: {
				name: r.values?.["stage"] ?? "Open",
				sequence: r.values?.["sequence"] ?? "10",
				fold: r.values?.["fold"] ?? "0",
				"team_ids/id": String(M) + ".planplus_helpdesk_team"
			}
		} : {
			model: "crm.stage",
			xmlid: String(M) + ".planplus_ticket_stage_" + String(slugv),
			role: "ensure",
			matchBy: [],
			values: {
				name: r.values?.["stage"] ?? "Open",
				sequence: r.values?.["sequence"] ?? "10",
				fold: r.values?.["fold"] ?? "0",
				is_won: "0",
				[fieldExists(ctx.profile, "crm.stage", "team_id") || !fieldExists(ctx.profile, "crm.stage", "team_ids") ? "team_id/id" : "team_ids/id"]: String(M) + ".planplus_team_helpdesk"
			}
		};
		const team = helpdesk ? {
			model: "helpdesk.team",
			xmlid: String(M) + ".planplus_helpdesk_team",
			role: "ensure",
			matchBy: ["name"],
			values: { name: "Help Desk (migrated)" }
		} : helpdeskCrmTeam();
		const out = {
			value: stage.xmlid,
			pre: [team, stage],
			cells: { "team_id/id": team.xmlid }
		};
		if (r.issue) out.issues = [{
			...r.issue,
			field: "Status"
		}];
		return out;
	},
	pp_ticket_contact: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const raw = s(d["Contact E-mail"]);
		const cells = {};
		const e = normalizeEmail(raw);
		const issues = [];
		let partner = null;
		if (e.email) {
			const ids = ctx.index.get("contact_email", e.email).filter((id) => ctx.index.isLoaded("contacts", id)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
			if (ids[0]) partner = X$1("contact", ids[0]);
			else issues.push(flag("contact_unmatched", "no loaded contact with e-mail " + String(e.email), "Contact E-mail", e.email));
		} else if (e.invalid !== void 0) issues.push(flag("email_invalid", "invalid e-mail \"" + String(e.invalid) + "\"", "Contact E-mail", e.invalid));
		const emailCol = input.state.variant === "helpdesk" ? "partner_email" : "email_from";
		cells[emailCol] = e.email ?? "";
		if (input.state.variant !== "helpdesk") cells["contact_name"] = partner ? "" : s(d["Contact Name"]) ?? "";
		return {
			value: partner,
			cells,
			issues
		};
	},
	pp_resolved: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const r = parsePlanPlusDateTime(v, input.state.ctx.settings.exportTimeZone);
		return r ? { value: r.utc } : {
			value: null,
			issues: [flag("invalid_date", "unusable date-time \"" + String(v) + "\"", "Resolved Date", v)]
		};
	},
	pp_faq_note: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const esc = (x) => x.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
		const cat = s(d["Category"]) ?? "";
		const q = s(d["Question"]) ?? "";
		const answer = typeof d["Answer"] === "string" ? d["Answer"] : "";
		const rc = s(d["Related Company ID"]);
		const issues = [];
		let ref = null;
		if (rc) {
			if (ctx.index.isLoaded("companies", rc)) ref = { xmlid: X$1("company", rc) };
			else issues.push(flag("orphan_reference", "company " + String(rc) + " not loaded; posted on the own company", "Related Company ID", rc));
		}
		ref ??= ctx.settings.ownCompanyPartnerId ? { id: ctx.settings.ownCompanyPartnerId } : { xmlid: "base.main_partner" };
		return {
			cells: {
				model: "res.partner",
				message_type: "comment",
				"subtype_id/id": "mail.mt_note",
				date: parsePlanPlusDateTime(s(d["Modified Date"]), ctx.settings.exportTimeZone)?.utc ?? "",
				body: "<h3>[FAQ] " + String(esc(cat)) + " › " + String(esc(q)) + "</h3>" + String(textToHtml(answer))
			},
			refs: [{
				column: "res_id",
				...ref
			}],
			issues
		};
	},
	pp_faq_article: (input) => {
		const d = input.state.record.data;
		const cat = s(d["Category"]) ?? "General";
		const q = s(d["Question"]) ?? "";
		const published = parseBool(s(d["Published"])) !== false;
		const parent = {
			model: "knowledge.article",
			xmlid: String(M) + ".planplus_faq_category_" + String(slug(cat)),
			role: "ensure",
			matchBy: [],
			values: { name: cat }
		};
		return {
			value: parent.xmlid,
			pre: [parent],
			cells: { name: truncateName(published ? q : "[Draft] " + String(q)).name }
		};
	},
	pp_custom_value: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		if (typeof d["Value"] !== "string" || d["Value"].trim() === "") {
			input.state.ignored = true;
			return {};
		}
		const spec = CF_OBJECTS[nameKey(s(d["Object"]))];
		const rid = s(d["Record ID"]) ?? "";
		if (!spec) return { reject: {
			code: "orphan_reference",
			message: "unknown object \"" + String(s(d["Object"]) ?? "") + "\"",
			field: "Object"
		} };
		if (!ctx.index.isKnown(spec.source, rid)) return { reject: {
			code: "orphan_reference",
			message: String(spec.source) + " " + String(rid) + " is not in the export",
			field: "Record ID"
		} };
		if (!ctx.index.isLoaded(spec.source, rid)) return { reject: {
			code: "parent_not_loaded",
			message: String(spec.source) + " " + String(rid) + " was not loaded",
			field: "Record ID"
		} };
		const label = s(d["Field Label"]) ?? "";
		const name = customFieldName("x_pp_", label);
		const cf = ctx.customFields.get(String(spec.model) + "." + String(name));
		const target = X$1(spec.xmlObject, rid);
		const rawValue = typeof d["Value"] === "string" ? d["Value"] : "";
		if (!cf) return { reject: {
			code: "orphan_reference",
			message: "no inferred field for \"" + String(label) + "\"",
			field: "Field Label"
		} };
		const c = convertCustomValue(cf, rawValue);
		const notesField = spec.model === "res.partner" ? "comment" : "description";
		if (!c.ok) return {
			post: [{
				model: spec.model,
				xmlid: target,
				role: "update",
				values: { [name]: "" },
				append: { [notesField]: String(label) + ": " + String(c.raw) }
			}],
			issues: [flag("custom_value_invalid", "\"" + String(c.raw) + "\" is not a " + String(cf.ttype), "Value", c.raw)]
		};
		return { post: [{
			model: spec.model,
			xmlid: target,
			role: "update",
			values: { [name]: c.value }
		}] };
	},
	pp_sync_document: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const e = normalizeEmail(s(d["User E-mail"])).email;
		const u = e ? ctx.owners.odooUser(e) : void 0;
		const provider = s(d["Provider"]) ?? "";
		input.state.outcome = { outcome: "documented" };
		input.state.document = {
			connection: s(d["Connection ID"]),
			provider,
			scope: s(d["Scope"]),
			account: s(d["Account"]),
			planplus_user: s(d["User E-mail"]),
			odoo_user: u ? u.login ?? null : null,
			status: s(d["Status"]),
			last_sync_utc: parsePlanPlusDateTime(s(d["Last Sync"]), ctx.settings.exportTimeZone)?.utc ?? null,
			time_zone: s(d["Time Zone"]),
			reconnect: /google/i.test(provider) ? "Settings → Integrations → Google Calendar (each user: Calendar → Sync with Google)" : "Settings → Integrations → Outlook Calendar (each user: Calendar → Sync with Outlook)"
		};
		return {};
	}
});
var CF_OBJECTS = {
	contact: {
		source: "contacts",
		model: "res.partner",
		xmlObject: "contact"
	},
	company: {
		source: "companies",
		model: "res.partner",
		xmlObject: "company"
	},
	deal: {
		source: "deals",
		model: "crm.lead",
		xmlObject: "deal"
	},
	task: {
		source: "tasks",
		model: "project.task",
		xmlObject: "task"
	}
};
Object.assign(PLANPLUS_PREDICATES, {
	pp_stage_is_lost: (state) => parseBool(s(getPath(state.record.data, "Is Lost"))) === true,
	pp_ticket_blank: (state) => s(getPath(state.record.data, "Subject")) === null && s(getPath(state.record.data, "Description")) === null,
	pp_blank_value: (state) => {
		const v = getPath(state.record.data, "Value");
		return typeof v !== "string" || v.trim() === "";
	}
});
Object.assign(PLANPLUS_POSTS, { pp_ignore_blank_value: (state) => {
	const v = getPath(state.record.data, "Value");
	if (typeof v !== "string" || v.trim() === "") state.ignored = true;
} });
Object.assign(PLANPLUS_PREPASSES, {
	/** §4.13 infer one field per (model, name_key(label)): most frequent type, dropdown options, > 50 options → char. */
	pp_custom_field_inference: (ctx, _om, records) => {
		const groups = /* @__PURE__ */ new Map();
		for (const r of records) {
			const v = r.data["Value"];
			if (typeof v !== "string" || v.trim() === "") continue;
			const spec = CF_OBJECTS[nameKey(s(r.data["Object"]))];
			if (!spec) continue;
			const label = s(r.data["Field Label"]) ?? "";
			const key = String(spec.model) + "\0" + String(nameKey(label));
			let g = groups.get(key);
			if (!g) groups.set(key, g = {
				model: spec.model,
				label,
				types: /* @__PURE__ */ new Map(),
				values: []
			});
			const t = nameKey(s(r.data["Field Type"]));
			g.types.set(t, (g.types.get(t) ?? 0) + 1);
			g.values.push(v.trim());
		}
		const report = [];
		for (const g of groups.values()) {
			const type = [...g.types.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
			let ttype = inferTtype(type, g.values) ?? "char";
			const name = customFieldName("x_pp_", g.label);
			let selection;
			if (ttype === "selection") {
				const distinct = [...new Map(g.values.map((v) => [nameKey(v), v])).values()];
				if (distinct.length > 50) {
					ttype = g.values.some((v) => v.length > 255 || /[\r\n]/.test(v)) ? "text" : "char";
					report.push({
						model: g.model,
						field: name,
						note: String(distinct.length) + " distinct values: Char instead of Selection"
					});
				} else selection = distinct.map((v) => [slug(v), v]);
			}
			planCustomField(ctx, {
				model: g.model,
				name,
				ttype,
				label: g.label,
				inferred: true,
				...selection ? { selection } : {}
			});
		}
		ctx.index.setPass("report", "custom_field_inference", report);
	},
	/** §4.9 parents: orphan flags and cycles (cleared parent on the smallest Task ID), before mapping tasks. */
	pp_task_parents: (ctx, om, records) => {
		const loadable = new Set(records.filter((r) => passesChecks(ctx, om, r)).map((r) => r.id));
		const parents = /* @__PURE__ */ new Map();
		for (const r of records) {
			if (!loadable.has(r.id)) continue;
			const p = s(r.data["Parent Task ID"]);
			if (p === null) continue;
			if (!loadable.has(p)) {
				ctx.index.setPass("task_parent_issue", r.id, flag("orphan_reference", "parent task " + String(p) + " " + String(ctx.index.isKnown("tasks", p) ? "not loaded" : "not in the export"), "Parent Task ID", p));
				continue;
			}
			parents.set(r.id, p);
		}
		for (const id of breakParentCycles(parents)) {
			parents.delete(id);
			ctx.index.setPass("task_parent_issue", id, flag("parent_cycle", "parent chain forms a cycle; parent cleared", "Parent Task ID"));
		}
		for (const [id, p] of parents) ctx.index.setPass("task_parent", id, p);
		for (const r of records) {
			if (!parents.has(r.id)) continue;
			const st = lookupValueMap(ctx, "task_status", r.data["Status"]).values;
			if ((st?.["fold"] === "1" || st?.["fold"] === "true") && s(r.data["Completed Date"]) !== null) continue;
			ctx.index.setPass("task_parent_stage", r.id, String(M) + ".planplus_task_stage_" + String(st?.["slug"] ?? "to_do"));
		}
	},
	/** §4.8 projects that have milestones (allow_milestones). */
	pp_project_milestones: (ctx) => {
		for (const [id, d] of ctx.index.rows.get("milestones") ?? /* @__PURE__ */ new Map()) {
			const p = s(d["Project ID"]);
			if (p) ctx.index.add("milestone_project", p, id);
		}
	}
});
/**
* Second pass after tasks: parent_id of loaded tasks whose parent loaded (§4.9), with the task's
* stage written again in the same write: linking a parent makes Odoo 18 recompute project_id and
* stage_id, and it resets the stage to the project's first one when the project is archived
* (a Completed/Cancelled PlanPlus project: archived projects are not in the stage's project_ids).
*/
var PLANPLUS_FINISHERS = { "planplus:tasks": (ctx) => {
	const out = [];
	for (const [id, p] of ctx.index.passes.get("task_parent") ?? /* @__PURE__ */ new Map()) {
		if (!ctx.index.isLoaded("tasks", id) || !ctx.index.isLoaded("tasks", String(p))) continue;
		const stage = ctx.index.passes.get("task_parent_stage")?.get(id);
		out.push({
			model: "project.task",
			xmlid: X$1("task", id),
			role: "update",
			values: {
				"parent_id/id": X$1("task", String(p)),
				...typeof stage === "string" ? { "stage_id/id": stage } : {}
			}
		});
	}
	return out;
} };
// bridge/src/core/mapping/computes-plexus.ts
function o(v) {
	return v !== null && typeof v === "object" && !Array.isArray(v) ? v : null;
}
var X = (ctx, object, id, suffix) => xmlid(ctx.source, object, id, suffix);
var DEFAULT_PROJECT = "ferry_plexus.plexus_project_default";
function defaultProjectOutput() {
	return {
		model: "project.project",
		xmlid: DEFAULT_PROJECT,
		role: "ensure",
		matchBy: [],
		values: {
			name: "Plexus – Unassigned work",
			allow_timesheets: "1"
		}
	};
}
/** Stages of §5.1 as ensure outputs (created once, linked to every Plexus project). */
function plexusStageOutputs(ctx) {
	return (ctx.doc.valueMaps["wo_status"]?.rows ?? []).map((r) => ({
		model: "project.task.type",
		xmlid: "ferry_plexus." + String(r.values["xmlid"] ?? ""),
		role: "ensure",
		matchBy: [],
		values: {
			name: r.values["stage"] ?? "",
			sequence: r.values["sequence"] ?? "10",
			fold: r.values["fold"] ?? "0"
		}
	}));
}
function hasPrimary(pc) {
	return pc !== null && [
		pc["first_name"],
		pc["last_name"],
		pc["email"]
	].some((v) => !isBlankValue(v));
}
function isOrg(data) {
	return s(data["company_name"]) !== null;
}
/** Address parts compared after trim/case-fold, zip() and country() (§3.3). */
function addrKey(a, defaultCountry) {
	if (!a) return "";
	const cc = countryCode(s(a["country"]) ?? defaultCountry) ?? "";
	const zipRaw = a["postal_code"];
	const zip = normalizeZip(typeof zipRaw === "number" ? zipRaw : s(zipRaw), cc, defaultCountry) ?? "";
	return [
		a["line1"],
		a["line2"],
		a["city"],
		a["state"]
	].map((x) => nameKey(s(x))).concat([zip.toLowerCase(), cc]).join("|");
}
/** Plexus custom fields of one record → cells, notes, flags (§3.12). */
function customValues(state, appliesTo, model) {
	const ctx = state.ctx;
	const cfs = o(getPath(state.record.data, "custom_fields")) ?? {};
	const defs = ctx.index.rows.get("custom_field_definitions") ?? /* @__PURE__ */ new Map();
	const byKey = /* @__PURE__ */ new Map();
	for (const d of defs.values()) if (s(d["applies_to"]) === appliesTo && s(d["key"])) byKey.set(s(d["key"]), d);
	const out = {
		cells: {},
		notes: [],
		issues: [],
		pre: [],
		post: []
	};
	const extra = [];
	for (const [key, val] of Object.entries(cfs)) {
		if (isBlankValue(val)) continue;
		const def = byKey.get(key);
		if (!def) {
			extra.push(String(key) + ": " + String(typeof val === "object" ? JSON.stringify(val) : String(val)));
			out.issues.push(flag("custom_field_undefined", "custom field " + String(key) + " has no definition", "custom_fields." + String(key), val));
			continue;
		}
		const name = customFieldName("x_plexus_", key);
		const cf = ctx.customFields.get(String(model) + "." + String(name));
		if (!cf) continue;
		const c = convertCustomValue(cf, val);
		if (!c.ok) {
			out.cells[name] = "";
			out.notes.push(String(s(def["label"]) ?? key) + ": " + String(c.raw));
			out.issues.push(flag("custom_value_invalid", "custom value for " + String(key) + " is not a " + String(cf.ttype), "custom_fields." + String(key), c.raw));
			continue;
		}
		out.cells[name] = c.value;
		const drift = ctx.index.getPass("custom_drift_values", String(model) + "." + String(name));
		if (!("newOption" in c) && drift?.includes(c.value)) out.issues.push(flag("custom_value_not_in_options", "\"" + String(String(val)) + "\" is not among the options of " + String(key) + "; option added", "custom_fields." + String(key), val));
		if ("newOption" in c) {
			cf.selection = [...cf.selection ?? [], c.newOption];
			out.pre.push(selectionOptionOutput(ctx, cf, c.newOption[0], c.newOption[1], cf.selection.length * 10));
			out.issues.push(flag("custom_value_not_in_options", "\"" + String(c.newOption[1]) + "\" added to the options of " + String(key), "custom_fields." + String(key), val));
		}
	}
	if (extra.length) out.cells["x_plexus_custom_extra"] = extra.join("\n");
	return out;
}
function employeeUser(ctx, employeeId) {
	return ctx.index.getPass("employee_user", employeeId) ?? null;
}
function woProjectXmlid(ctx, woId) {
	const wo = ctx.index.row("work_orders", woId);
	const g = wo ? s(wo["group_id"]) : null;
	return g && ctx.index.isLoaded("work_order_groups", g) ? X(ctx, "wog", g) : DEFAULT_PROJECT;
}
/** Exact decimal percent of an amount discount (§3.10): pct = amount × 100 ÷ (qty × price), 2 decimals half-up. */
function discountPercent(amount, qty, price) {
	const scale = (n) => {
		const t = n.toString();
		if (/e/i.test(t)) return [BigInt(Math.round(n * 1e6)), 6];
		const [i, f = ""] = t.split(".");
		return [BigInt(String(i) + String(f)), f.length];
	};
	const [a, ae] = scale(amount);
	const [q, qe] = scale(qty);
	const [p, pe] = scale(price);
	const den = q * p;
	if (den === 0n) return null;
	const exp = qe + pe - ae;
	let num = a * 100n * 10n ** 12n;
	let d = den;
	if (exp >= 0) num *= 10n ** BigInt(exp);
	else d *= 10n ** BigInt(-exp);
	const neg = num < 0n !== d < 0n;
	if (num < 0n) num = -num;
	if (d < 0n) d = -d;
	const scaled = num / d;
	const exact = num % d === 0n && scaled % 10n ** 10n === 0n;
	const cents = (scaled + 5n * 10n ** 9n) / 10n ** 10n;
	return {
		pct: (String(neg ? "-" : "") + String(cents / 100n) + "." + String((cents % 100n).toString().padStart(2, "0"))).replace(/\.?0+$/, "") || "0",
		rounded: !exact
	};
}
var PLEXUS_RULES = {
	px_employee_user: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		let uid = null;
		const uref = s(d["user_id"]);
		if (uref) {
			const su = ctx.owners.sourceUserById(uref);
			const u = su?.email ? ctx.owners.odooUser(su.email) : void 0;
			if (u) uid = u.id;
		}
		if (uid === null) {
			const e = normalizeEmail(s(d["email"])).email;
			const u = e ? ctx.owners.odooUser(e) : void 0;
			if (u) uid = u.id;
		}
		const taken = uid !== null ? ctx.index.getPass("odoo_user_employee", String(uid)) : void 0;
		if (uid === null || taken !== void 0 && taken !== input.state.record.id) {
			ctx.index.setPass("employee_user", input.state.record.id, null);
			return {
				value: null,
				issues: [flag("employee_user_unmatched", uid === null ? "no Odoo user for this employee" : "Odoo user already linked to employee " + String(taken ?? ""), "user_id")]
			};
		}
		ctx.index.setPass("odoo_user_employee", String(uid), input.state.record.id);
		ctx.index.setPass("employee_user", input.state.record.id, uid);
		return { value: String(uid) };
	},
	px_employee_active: (input) => {
		const d = input.state.record.data;
		const active = d["active"] !== false && s(d["termination_date"]) === null;
		return {
			value: active ? "1" : "0",
			cells: { departure_date: active ? "" : s(d["termination_date"]) ?? "" }
		};
	},
	px_prevailing_wage: (input) => {
		const v = s(input.values[0]);
		if (v === null && input.values[0] !== true) return { value: v };
		return {
			value: v,
			issues: [flag("prevailing_wage_not_migrated", "prevailing-wage data is not migrated", arg(input, "field", "prevailing_wage_classification"), input.values[0])]
		};
	},
	px_department: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const e = ensure(input.state.ctx, "hr.department", "department", v);
		return {
			value: e.xmlid,
			pre: [e]
		};
	},
	px_customer_is_company: (input) => ({ value: isOrg(input.state.record.data) ? "1" : "0" }),
	px_customer_name: (input) => {
		const d = input.state.record.data;
		const pc = o(d["primary_contact"]);
		let name;
		if (isOrg(d)) name = (s(d["company_name"]) ?? "").replace(/\s+/g, " ");
		else {
			name = personName(s(pc?.["first_name"]), null, s(pc?.["last_name"]), null);
			if (name === "") name = normalizeEmail(s(pc?.["email"])).email ?? s(pc?.["email"]) ?? "";
		}
		const t = truncateName(name);
		return t.truncated ? {
			value: t.name,
			prepend: [name],
			issues: [flag("text_truncated", "name longer than 250 characters", "company_name")]
		} : { value: t.name };
	},
	px_primary_name: (input) => {
		const pc = o(input.state.record.data["primary_contact"]);
		let name = personName(s(pc?.["first_name"]), null, s(pc?.["last_name"]), null);
		if (name === "") name = normalizeEmail(s(pc?.["email"])).email ?? s(pc?.["email"]) ?? "";
		return { value: truncateName(name).name };
	},
	px_tax_exempt: (input) => {
		const ctx = input.state.ctx;
		const exempt = input.values[0] === true || String(input.values[0]).toLowerCase() === "true";
		const fp = ctx.settings.exemptFiscalPositionId;
		if (exempt && fp) return {
			value: String(fp),
			cells: { x_plexus_tax_exempt: "1" }
		};
		return {
			value: void 0,
			cells: { x_plexus_tax_exempt: exempt ? "1" : "0" }
		};
	},
	px_tax_code_text: (input) => {
		const id = s(input.values[0]);
		if (id === null) return { value: null };
		const row = input.state.ctx.index.row("tax_codes", id);
		return { value: row ? s(row["code"]) ?? id : id };
	},
	px_price_catalog: (input) => {
		const v = s(input.values[0]);
		return v === null ? { value: null } : {
			value: v,
			issues: [flag("price_catalog_not_migrated", "price catalog " + String(v) + " is not migratable", "price_catalog_id", v)]
		};
	},
	px_custom_fields: (input) => customValues(input.state, arg(input, "appliesTo", "customer"), arg(input, "model", "res.partner")),
	px_email_duplicate: (input) => input.state.ctx.index.getPass("customer_email_dup", input.state.record.id) ? { issues: [flag("email_duplicate", "primary e-mail shared with another loaded customer", "primary_contact.email", s(input.values[0]))] } : {},
	px_delivery_name: (input) => {
		const city = s(o(input.values[0])?.["city"]);
		return { value: city ? "Service site – " + String(city) : "Service site" };
	},
	px_parent_customer: (input) => ({ value: X(input.state.ctx, "customer", input.state.record.id) }),
	px_contact_name: (input) => {
		const [f, l, e] = input.values.map(s);
		const n = personName(f, null, l, null);
		return { value: truncateName(n === "" ? normalizeEmail(e).email ?? e ?? "" : n).name };
	},
	px_contact_type: (input) => {
		return { value: nameKey(s(input.values[0])) === "billing" ? "invoice" : "contact" };
	},
	px_contact_address: (input) => {
		const d = input.state.record.data;
		if (nameKey(s(d["role"])) !== "billing") return {};
		const own = o(d["address"]);
		const cust = input.state.ctx.index.row("customers", s(d["customer_id"]) ?? "");
		const a = own ?? o(cust?.["billing_address"]);
		if (!a) return {};
		const fn = TRANSFORMS["address"];
		return fn ? fn({
			...input,
			values: [a]
		}) : {};
	},
	px_wog_name: (input) => {
		const [code, name] = input.values.map(s);
		return { value: truncateName([code, name].filter(Boolean).join(" · ")).name };
	},
	px_project_stages: (input) => {
		const stages = plexusStageOutputs(input.state.ctx);
		return {
			value: stages.map((x) => x.xmlid).join(","),
			pre: stages
		};
	},
	px_wo_name: (input) => {
		const [num, sum] = input.values.map(s);
		const full = String(num ?? "") + " – " + String(sum ?? "");
		const t = truncateName(full);
		return t.truncated ? {
			value: t.name,
			prepend: [full],
			issues: [flag("text_truncated", "name longer than 250 characters", "summary")]
		} : { value: t.name };
	},
	px_wo_project: (input) => {
		const ctx = input.state.ctx;
		const g = s(input.values[0]);
		if (g === null) return {
			value: DEFAULT_PROJECT,
			pre: [defaultProjectOutput()]
		};
		if (ctx.index.isLoaded("work_order_groups", g)) return { value: X(ctx, "wog", g) };
		return {
			value: DEFAULT_PROJECT,
			pre: [defaultProjectOutput()],
			issues: [flag("orphan_reference", "work order group " + String(g) + " not " + String(ctx.index.isKnown("work_order_groups", g) ? "loaded" : "in the export"), "group_id", g)]
		};
	},
	px_wo_stage: (input) => {
		const r = lookupValueMap(input.state.ctx, "wo_status", input.values[0]);
		const out = {
			value: "ferry_plexus." + String(r.values?.["xmlid"] ?? "plexus_stage_new"),
			cells: { state: r.values?.["value"] ?? "01_in_progress" },
			pre: plexusStageOutputs(input.state.ctx)
		};
		if (r.issue) out.issues = [{
			...r.issue,
			field: "status"
		}];
		return out;
	},
	px_wo_priority: (input) => {
		const r = lookupValueMap(input.state.ctx, "wo_priority", input.values[0]);
		const out = { value: r.values?.["value"] ?? "0" };
		const tag = r.values?.["tag"];
		if (tag) {
			const e = ensure(input.state.ctx, "project.tags", "tag", tag);
			out.pre = [e];
			out.cells = { "tag_ids/id": e.xmlid };
		}
		if (r.issue) out.issues = [{
			...r.issue,
			field: "priority"
		}];
		return out;
	},
	px_wo_assignees: (input) => {
		const ctx = input.state.ctx;
		const ids = Array.isArray(input.values[0]) ? input.values[0].map((x) => String(x)) : [];
		const users = [];
		const names = [];
		const issues = [];
		for (const id of ids) {
			const emp = ctx.index.row("employees", id);
			if (!emp) {
				issues.push(flag("orphan_reference", "employee " + String(id) + " is not in the export", "assigned_employee_ids", id));
				continue;
			}
			const uid = employeeUser(ctx, id);
			if (uid !== null && !users.includes(String(uid))) users.push(String(uid));
			else if (uid === null) names.push(s(emp["display_name"]) ?? personName(s(emp["first_name"]), null, s(emp["last_name"]), null));
		}
		return {
			value: users.join(","),
			cells: { x_plexus_assignees: names.join(", ") },
			issues
		};
	},
	/** scheduled start/end; when the work order has none, the earliest/latest confirmed schedule (§3.8). */
	px_wo_window: (input) => {
		const ctx = input.state.ctx;
		const which = arg(input, "which", "start");
		const v = s(input.values[0]);
		let utc = null;
		const issues = [];
		if (v !== null) {
			const r = localDateTimeToUtc(v, ctx.settings.tenantTimeZone);
			if (r) {
				utc = r.utc;
				for (const f of r.flags) issues.push(flag(f, String(f) + " for " + String(which), which === "start" ? "scheduled_start" : "scheduled_end", v));
			} else issues.push(flag("invalid_date", "unusable date-time \"" + String(v) + "\"", which === "start" ? "scheduled_start" : "scheduled_end", v));
		} else utc = ctx.index.getPass(which === "start" ? "wo_sched_start" : "wo_sched_end", input.state.record.id) ?? null;
		return {
			value: utc,
			issues
		};
	},
	px_service_address_text: (input) => {
		const a = o(input.values[0]);
		if (!a) return { value: null };
		return { value: [
			s(a["line1"]),
			s(a["line2"]),
			[
				s(a["city"]),
				s(a["state"]),
				s(a["postal_code"])
			].filter(Boolean).join(" "),
			s(a["country"])
		].filter((x) => x).join("\n") };
	},
	/** completed_at → date_end as a follow-up update: project.task create/write with a stage sets date_end itself (now in a folded stage). */
	px_wo_date_end: (input) => {
		const v = s(input.values[0]);
		const utc = v === null ? null : isoOffsetToUtc(v);
		if (!utc) return {};
		return { post: [{
			model: "project.task",
			xmlid: X(input.state.ctx, "wo", input.state.record.id),
			role: "update",
			values: { date_end: utc }
		}] };
	},
	px_wo_notes: (input) => {
		const ctx = input.state.ctx;
		const notes = Array.isArray(input.values[0]) ? input.values[0] : [];
		const post = [];
		const task = X(ctx, "wo", input.state.record.id);
		const fallbackPartner = ctx.owners.fallback?.partnerId;
		for (const n of notes) {
			const note = o(n);
			if (!note || s(note["id"]) === null) continue;
			const author = ctx.owners.byUserId(note["author_user_id"]);
			const su = s(note["author_user_id"]) ? ctx.owners.sourceUserById(s(note["author_user_id"])) : void 0;
			const odoo = su?.email ? ctx.owners.odooUser(su.email) : void 0;
			let body = textToHtml(String(note["body"] ?? ""));
			if (s(note["visibility"]) === "customer") body = "<p>[Customer-visible in Plexus]</p>" + String(body);
			let authorId = odoo?.partnerId;
			if (authorId === void 0) {
				authorId = fallbackPartner;
				if (su || author.sourceRef) body = "<p>Originally by " + String(su?.name ?? author.sourceRef ?? "unknown") + "</p>" + String(body);
			}
			post.push({
				model: "mail.message",
				xmlid: X(ctx, "wo_note", s(note["id"])),
				values: {
					model: "project.task",
					message_type: "comment",
					"subtype_id/id": "mail.mt_note",
					body,
					date: isoOffsetToUtc(s(note["created_at"])) ?? "",
					...authorId !== void 0 ? { "author_id/.id": String(authorId) } : {}
				},
				refs: [{
					column: "res_id",
					xmlid: task
				}]
			});
		}
		return { post };
	},
	px_jl_fields: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const wo = s(d["work_order_id"]) ?? "";
		const qty = typeof d["quantity"] === "number" ? d["quantity"] : parseMoney(s(d["quantity"]))?.amount;
		const up = d["unit_price"];
		const m = typeof up === "number" ? { amount: up } : parseMoney(s(up));
		const issues = [];
		if (!m) issues.push(flag("invalid_amount", "unparseable unit price \"" + String(String(up)) + "\"", "unit_price", up));
		if (d["prevailing_wage"] === true) issues.push(flag("prevailing_wage_not_migrated", "prevailing-wage labor line", "prevailing_wage", true));
		return {
			value: X(ctx, "wo", wo),
			cells: {
				"project_id/id": woProjectXmlid(ctx, wo),
				name: truncateName(s(d["description"]) ?? "").name,
				allocated_hours: nameKey(s(d["unit"])) === "hr" && qty !== void 0 ? String(qty) : "0",
				x_plexus_billable: d["billable"] === true ? "1" : "0",
				x_plexus_unit_price: String(m?.amount ?? 0)
			},
			issues
		};
	},
	px_sched_name: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const t = nameKey(s(d["schedule_type"]));
		const wo = s(d["work_order_id"]);
		const num = wo ? s(ctx.index.row("work_orders", wo)?.["number"]) ?? wo : "";
		if (t === "soft_reservation") return { value: "Reserved – " + String(num) };
		if (t === "blocked_time") return { value: s(d["notes"]) ?? "Blocked time" };
		const emp = s(d["employee_id"]) ? ctx.index.row("employees", s(d["employee_id"])) : void 0;
		return { value: truncateName([num, emp ? s(emp["display_name"]) ?? personName(s(emp["first_name"]), null, s(emp["last_name"]), null) : ""].filter(Boolean).join(" – ")).name };
	},
	px_sched_times: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const zone = s(d["time_zone"]) ?? ctx.settings.tenantTimeZone;
		const start = s(d["start"]);
		const end = s(d["end"]);
		if (d["all_day"] === true) {
			const sd = start?.slice(0, 10) ?? "";
			const ed = end?.slice(0, 10) ?? sd;
			const last = /* @__PURE__ */ new Date(String(ed) + "T00:00:00Z");
			last.setUTCDate(last.getUTCDate() - 1);
			const stop = last.toISOString().slice(0, 10) < sd ? sd : last.toISOString().slice(0, 10);
			return { cells: {
				allday: "1",
				start_date: sd,
				stop_date: stop,
				start: String(sd) + " 08:00:00",
				stop: String(stop) + " 18:00:00"
			} };
		}
		const a = start ? localDateTimeToUtc(start, zone) : null;
		const b = end ? localDateTimeToUtc(end, zone) : null;
		if (!a || !b) return { reject: {
			code: "invalid_required_value",
			message: "unparseable schedule start/end",
			field: a ? "end" : "start"
		} };
		const issues = [...a.flags, ...b.flags].map((f) => flag(f, f, "start"));
		return {
			cells: {
				allday: "0",
				start: a.utc,
				stop: b.utc
			},
			issues
		};
	},
	px_sched_people: (input) => {
		const ctx = input.state.ctx;
		const id = s(input.values[0]);
		if (id === null) return {
			value: void 0,
			issues: [flag("schedule_unassigned", "no employee (soft reservation)", "employee_id")]
		};
		if (!ctx.index.isKnown("employees", id) || !ctx.index.isLoaded("employees", id)) return { issues: [flag("orphan_reference", "employee " + String(id) + " not loaded", "employee_id", id)] };
		const uid = employeeUser(ctx, id);
		return {
			cells: uid !== null ? { "user_id/.id": String(uid) } : {},
			refs: [{
				column: "partner_ids",
				xmlid: X(ctx, "employee", id),
				field: "work_contact_id",
				many: true
			}]
		};
	},
	px_sched_link: (input) => {
		const ctx = input.state.ctx;
		const wo = s(input.values[0]);
		if (wo === null) return {};
		if (!ctx.index.isLoaded("work_orders", wo)) return { issues: [flag("orphan_reference", "work order " + String(wo) + " not loaded", "work_order_id", wo)] };
		return {
			cells: { "res_model_id/id": "project.model_project_task" },
			refs: [{
				column: "res_id",
				xmlid: X(ctx, "wo", wo)
			}]
		};
	},
	px_sched_show_as: (input) => {
		if (nameKey(s(field(input, "schedule_type"))) === "soft_reservation") return { value: "free" };
		const r = lookupValueMap(input.state.ctx, "schedule_status", input.values[0]);
		return {
			value: r.values?.["value"] ?? "busy",
			...r.issue ? { issues: [{
				...r.issue,
				field: "status"
			}] } : {}
		};
	},
	px_time_entry: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const emp = s(d["employee_id"]) ?? "";
		const zone = (() => {
			const e = ctx.index.row("employees", emp);
			return e && s(e["user_id"]) ? ctx.owners.sourceUserById(s(e["user_id"])) : void 0;
		})()?.timeZone ?? ctx.settings.tenantTimeZone;
		const a = localDateTimeToUtc(s(d["start"]), zone);
		const b = localDateTimeToUtc(s(d["end"]), zone);
		if (!a || !b) return { reject: {
			code: "invalid_required_value",
			message: "unparseable start/end",
			field: a ? "end" : "start"
		} };
		const minutes = typeof d["duration_minutes"] === "number" ? d["duration_minutes"] : Number(s(d["duration_minutes"]));
		const span = (Date.parse(String(b.utc.replace(" ", "T")) + "Z") - Date.parse(String(a.utc.replace(" ", "T")) + "Z")) / 6e4;
		if (span <= 0 && !(minutes > 0)) return { reject: {
			code: "invalid_required_value",
			message: "end ≤ start and duration ≤ 0",
			field: "end"
		} };
		const issues = [];
		for (const f of /* @__PURE__ */ new Set([...a.flags, ...b.flags])) issues.push(flag(f, String(f) + " (zone " + String(zone) + ")", "start", s(d["start"])));
		if (Number.isFinite(minutes) && Math.abs(minutes - span) > 1) issues.push(flag("duration_mismatch", "duration " + String(minutes) + " min vs end − start " + String(span) + " min", "duration_minutes", minutes));
		const hours = Number.isFinite(minutes) ? Math.round(minutes / 60 * 1e4) / 1e4 : 0;
		const cells = {
			date: a.localDate,
			unit_amount: String(hours),
			x_plexus_start: a.utc,
			x_plexus_end: b.utc
		};
		const jobLine = s(d["job_line_id"]);
		const wo = s(d["work_order_id"]) ?? (jobLine !== null ? s(ctx.index.row("job_lines", jobLine)?.["work_order_id"]) : null);
		const pre = [];
		if (wo === null) {
			cells["project_id/id"] = DEFAULT_PROJECT;
			pre.push(defaultProjectOutput());
		} else if (!ctx.index.isLoaded("work_orders", wo)) {
			cells["project_id/id"] = DEFAULT_PROJECT;
			pre.push(defaultProjectOutput());
			issues.push(flag("orphan_reference", "work order " + String(wo) + " not loaded", "work_order_id", wo));
		} else {
			cells["project_id/id"] = woProjectXmlid(ctx, wo);
			if (cells["project_id/id"] === "ferry_plexus.plexus_project_default") pre.push(defaultProjectOutput());
			cells["task_id/id"] = jobLine && ctx.index.getPass("job_line_subtask", jobLine) ? X(ctx, "job_line", jobLine) : X(ctx, "wo", wo);
		}
		return {
			cells,
			issues,
			pre
		};
	},
	px_quote_partners: (input) => {
		const ctx = input.state.ctx;
		const cid = s(input.values[0]) ?? "";
		const main = X(ctx, "customer", cid);
		const inv = ctx.index.getPass("customer_invoice_child", cid);
		const del = ctx.index.getPass("customer_delivery_child", cid);
		return { cells: {
			"partner_invoice_id/id": inv ?? main,
			"partner_shipping_id/id": del ?? main
		} };
	},
	px_quote_date: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		return { value: localToUtc(v, "09:00", input.state.ctx.settings.tenantTimeZone)?.utc ?? null };
	},
	px_pricelist: (input) => {
		const cur = (s(input.values[0]) ?? input.state.ctx.settings.companyCurrency).toUpperCase();
		const e = {
			model: "product.pricelist",
			xmlid: "ferry_plexus.plexus_pricelist_" + String(cur.toLowerCase()),
			role: "ensure",
			matchBy: ["currency_id"],
			values: {
				name: "Plexus " + String(cur),
				"currency_id/id": "base." + String(cur)
			}
		};
		return {
			value: e.xmlid,
			pre: [e]
		};
	},
	px_sale_owner: (input) => {
		const r = input.state.ctx.owners.byUserId(input.values[0]);
		if (r.userId === null && r.sourceRef === null) {
			const fb = input.state.ctx.owners.fallback;
			return { value: fb ? String(fb.id) : null };
		}
		return ownerCell(r, "owner_user_id");
	},
	px_quote_fiscal: (input) => {
		const ctx = input.state.ctx;
		const cust = ctx.index.row("customers", s(input.values[0]) ?? "");
		const fp = ctx.settings.exemptFiscalPositionId;
		return { value: cust?.["tax_exempt"] === true && fp ? String(fp) : void 0 };
	},
	px_quote_totals: (input) => {
		const d = input.state.record.data;
		input.state.document = {
			number: d["number"],
			subtotal: d["subtotal"],
			tax_total: d["tax_total"],
			total: d["total"]
		};
		return {};
	},
	px_ql_product: (input) => {
		const d = input.state.record.data;
		const sku = s(d["sku"]);
		if (sku === null) {
			const e = {
				model: "product.product",
				xmlid: "ferry_plexus.plexus_product_generic",
				role: "ensure",
				matchBy: [],
				values: {
					name: "Plexus item",
					type: "service",
					sale_ok: "1"
				}
			};
			return {
				value: e.xmlid,
				pre: [e]
			};
		}
		const up = typeof d["unit_price"] === "number" ? d["unit_price"] : parseMoney(s(d["unit_price"]))?.amount;
		const e = {
			model: "product.product",
			xmlid: "ferry_plexus.plexus_product_" + String(slug(sku)),
			role: "ensure",
			matchBy: ["default_code"],
			values: {
				name: sku,
				default_code: sku,
				type: /^LAB-/i.test(sku) ? "service" : "consu",
				sale_ok: "1",
				list_price: String(up ?? 0)
			}
		};
		return {
			value: e.xmlid,
			pre: [e]
		};
	},
	px_ql_discount: (input) => {
		const d = input.state.record.data;
		const disc = d["discount"];
		if (isBlankValue(disc)) return { value: "0" };
		const dv = typeof disc === "number" ? disc : Number(s(disc));
		if (nameKey(s(d["discount_type"])) === "amount") {
			const r = discountPercent(dv, typeof d["quantity"] === "number" ? d["quantity"] : Number(s(d["quantity"])), typeof d["unit_price"] === "number" ? d["unit_price"] : parseMoney(s(d["unit_price"]))?.amount ?? 0);
			if (!r) return { value: "0" };
			return {
				value: r.pct,
				...r.rounded ? { issues: [flag("discount_rounded", "amount discount " + String(dv) + " is " + String(r.pct) + " % after rounding", "discount", dv)] } : {}
			};
		}
		return { value: String(dv) };
	},
	px_ql_tax: (input) => {
		const ctx = input.state.ctx;
		const id = s(input.values[0]);
		if (id === null) return { value: "" };
		const tax = ctx.settings.taxMap?.[id];
		if (tax === void 0) return {
			value: "",
			issues: [flag("tax_unmapped", "tax code " + String(id) + " is not mapped to exactly one Odoo tax", "tax_code_id", id)]
		};
		return { value: String(tax) };
	},
	px_times_ten: (input) => {
		const n = Number(input.values[0]);
		return { value: Number.isFinite(n) ? String(n * 10) : "10" };
	},
	px_expense_product: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const isCategory = input.state.om.object === "expense_categories";
		const cid = isCategory ? null : s(d["category_id"]);
		const row = cid ? ctx.index.row("expense_categories", cid) : void 0;
		const r = lookupValueMap(ctx, "expense_category", isCategory ? s(d["code"]) : (row ? s(row["code"]) : null) ?? s(d["category"]));
		const dc = r.values?.["value"] ?? "EXP-OTHER";
		const name = r.values?.["name"] ?? "Other expenses";
		const e = {
			model: "product.product",
			xmlid: "ferry_plexus.plexus_expense_product_" + String(slug(dc.replace(/^EXP-/, ""))),
			role: "ensure",
			matchBy: ["default_code"],
			values: {
				name,
				default_code: dc,
				can_be_expensed: "1",
				standard_price: "0",
				type: "service"
			}
		};
		const out = {
			value: e.xmlid,
			pre: [e]
		};
		if (r.issue) out.issues = [{
			...r.issue,
			field: "category"
		}];
		if (!isCategory && s(d["description"]) === null) out.cells = { name };
		return out;
	},
	px_expense_amount: (input) => {
		const v = input.values[0];
		if (isBlankValue(v)) return { reject: {
			code: "missing_required",
			message: "amount is blank",
			field: "amount"
		} };
		const m = typeof v === "number" ? { amount: v } : parseMoney(s(v));
		if (!m) return { reject: {
			code: "invalid_required_value",
			message: "unparseable amount \"" + String(String(v)) + "\"",
			field: "amount"
		} };
		const ctx = input.state.ctx;
		const model = input.draft?.model ?? "hr.expense";
		const planned = plannedFieldSet(ctx);
		if (fieldExists(ctx.profile, model, "total_amount_currency", planned)) return { cells: {
			total_amount_currency: String(m.amount),
			quantity: "1"
		} };
		if (fieldExists(ctx.profile, model, "unit_amount", planned)) return { cells: {
			unit_amount: String(m.amount),
			quantity: "1"
		} };
		throw new Error("schema: hr.expense has neither total_amount_currency nor unit_amount");
	},
	px_expense_description: (input) => {
		const q = input.state.record.data["quantity"];
		const parts = [];
		if (!isBlankValue(q)) parts.push(String(String(q)) + " miles");
		return { value: parts.join("\n") || null };
	},
	px_expense_analytic: (input) => {
		const ctx = input.state.ctx;
		const wo = s(input.values[0]);
		if (wo === null) return {};
		if (!ctx.index.isLoaded("work_orders", wo)) return { issues: [flag("orphan_reference", "work order " + String(wo) + " not loaded", "work_order_id", wo)] };
		return { refs: [{
			column: "analytic_distribution",
			xmlid: woProjectXmlid(ctx, wo),
			field: "account_id",
			format: "analytic_distribution"
		}] };
	},
	/** Expense currency (§3.11): kept as entered; a foreign currency without an Odoo rate is flagged. */
	px_currency: (input) => {
		const ctx = input.state.ctx;
		const c = (s(input.values[0]) ?? ctx.settings.companyCurrency).toUpperCase();
		const out = { value: "base." + String(c) };
		if (c !== ctx.settings.companyCurrency.toUpperCase() && ctx.settings.rates?.[c] === void 0) out.issues = [flag("currency_not_converted", "no " + String(c) + " rate in Odoo; amount kept as entered", "currency", c)];
		return out;
	},
	px_attachment_parent: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const type = nameKey(s(d["parent_type"]));
		const pid = s(d["parent_id"]) ?? "";
		const sp = {
			customer: [
				"customers",
				"res.partner",
				"customer"
			],
			work_order: [
				"work_orders",
				"project.task",
				"wo"
			],
			quote: [
				"quotes",
				"sale.order",
				"quote"
			],
			expense: [
				"expenses",
				"hr.expense",
				"expense"
			]
		}[type];
		if (!sp || !ctx.index.isKnown(sp[0], pid)) return { reject: {
			code: "orphan_reference",
			message: String(type) + " " + String(pid) + " is not in the export",
			field: "parent_id"
		} };
		if (!ctx.index.isLoaded(sp[0], pid)) return { reject: {
			code: "parent_not_loaded",
			message: String(type) + " " + String(pid) + " was not loaded",
			field: "parent_id"
		} };
		const bin = {};
		if (s(d["file_path"])) bin.path = s(d["file_path"]);
		if (s(d["download_url"])) bin.url = s(d["download_url"]);
		if (s(d["sha256"])) bin.sha256 = s(d["sha256"]);
		if (typeof d["size_bytes"] === "number") bin.size = d["size_bytes"];
		return {
			value: sp[1],
			refs: [{
				column: "res_id",
				xmlid: X(ctx, sp[2], pid)
			}],
			binary: bin
		};
	},
	px_attachment_description: (input) => {
		const ctx = input.state.ctx;
		const d = input.state.record.data;
		const by = s(d["uploaded_by_user_id"]);
		const who = by ? ctx.owners.sourceUserById(by)?.name ?? by : "unknown";
		const desc = s(d["description"]);
		const line = "Uploaded " + String(isoOffsetToUtc(s(d["uploaded_at"])) ?? s(d["uploaded_at"]) ?? "") + " UTC by " + String(who);
		return { value: desc ? String(desc) + "\n" + String(line) : line };
	},
	px_text: (input) => {
		const v = input.values[0];
		const t = typeof v === "string" ? htmlToText(v) : "";
		return { value: t === "" ? "/" : t };
	}
};
var PLEXUS_PREDICATES = {
	px_deleted: (state) => state.record.data["deleted"] === true,
	px_is_org: (state) => isOrg(state.record.data),
	px_org_with_primary: (state) => isOrg(state.record.data) && hasPrimary(o(state.record.data["primary_contact"])),
	px_individual: (state) => !isOrg(state.record.data),
	px_individual_without_name: (state) => {
		if (isOrg(state.record.data)) return false;
		return !hasPrimary(o(state.record.data["primary_contact"]));
	},
	px_has_delivery: (state) => {
		const d = state.record.data;
		const sa = o(d["service_address"]);
		if (!sa) return false;
		return addrKey(sa, state.ctx.settings.defaultCountry) !== addrKey(o(d["billing_address"]), state.ctx.settings.defaultCountry);
	},
	px_contact_blank: (state) => [
		"first_name",
		"last_name",
		"email"
	].every((k) => isBlankValue(state.record.data[k])),
	px_is_labor_subtask: (state) => {
		const mode = String(state.ctx.doc.options["jobLinesMode"] ?? "mixed");
		if (mode === "subtasks") return true;
		if (mode === "description") return false;
		return nameKey(s(state.record.data["line_type"])) === "labor";
	},
	px_schedule_cancelled: (state) => nameKey(s(state.record.data["status"])) === "cancelled"
};
var PLEXUS_POSTS = {
	px_user_validate: (state) => {
		const u = state.ctx.owners.byUserId(state.record.id);
		state.outcome = { outcome: "validated" };
		state.document = {
			odooUserId: u.userId,
			matched: !u.flags.includes("owner_unmatched"),
			inactive: u.flags.includes("owner_inactive")
		};
	},
	/** §3.3 remember children for quotes; customers' primary person for merges. */
	px_customer_children: (state) => {
		const ctx = state.ctx;
		if (state.drafts.has("delivery")) ctx.index.setPass("customer_delivery_child", state.record.id, state.drafts.get("delivery").xmlid);
	},
	/** §3.4 role handling: merge a primary duplicate, flag a second primary, remember billing children. */
	px_contact_role: (state) => {
		const ctx = state.ctx;
		const d = state.record.data;
		const cid = s(d["customer_id"]) ?? "";
		const role = nameKey(s(d["role"]));
		const draft = state.drafts.get("main");
		if (role === "billing" && draft && !ctx.index.getPass("customer_invoice_child", cid)) ctx.index.setPass("customer_invoice_child", cid, draft.xmlid);
		if (role !== "primary") return;
		const cust = ctx.index.row("customers", cid);
		const pc = o(cust?.["primary_contact"]);
		if (!hasPrimary(pc)) return;
		const e1 = normalizeEmail(s(d["email"])).email;
		const e2 = normalizeEmail(s(pc?.["email"])).email;
		const n1 = nameKey(personName(s(d["first_name"]), null, s(d["last_name"]), null));
		const n2 = nameKey(personName(s(pc?.["first_name"]), null, s(pc?.["last_name"]), null));
		if (e1 !== null && e1 === e2 || n1 !== "" && n1 === n2) {
			const target = cust && isOrg(cust) ? X(ctx, "customer", cid, "primary") : X(ctx, "customer", cid);
			state.outcome = { outcome: "merged" };
			state.ref = {
				model: "res.partner",
				xmlid: target
			};
			return;
		}
		state.issues.push(flag("second_primary_contact", "primary contact differs from the customer's embedded primary contact", "role"));
	},
	/** §3.7 non-subtask job lines become rows of the parent's description table (emitted by the finisher). */
	px_job_line_table: (state) => {
		const ctx = state.ctx;
		const d = state.record.data;
		const wo = s(d["work_order_id"]) ?? "";
		if (state.drafts.has("main")) {
			ctx.index.setPass("job_line_subtask", state.record.id, true);
			return;
		}
		const parsed = typeof d["unit_price"] === "number" ? d["unit_price"] : parseMoney(s(d["unit_price"]))?.amount ?? null;
		if (parsed === null) state.issues.push(flag("invalid_amount", "unparseable unit price \"" + String(String(d["unit_price"])) + "\"; 0 used", "unit_price", d["unit_price"]));
		if (d["prevailing_wage"] === true) state.issues.push(flag("prevailing_wage_not_migrated", "prevailing-wage line", "prevailing_wage", true));
		const up = parsed ?? 0;
		const rows = ctx.index.getPass("job_line_rows", wo) ?? [];
		rows.push([
			String(d["line_number"] ?? ""),
			s(d["line_type"]) ?? "",
			s(d["sku"]) ?? "",
			s(d["description"]) ?? "",
			String(d["quantity"] ?? ""),
			s(d["unit"]) ?? "",
			String(up),
			d["billable"] === true ? "yes" : "no"
		]);
		ctx.index.setPass("job_line_rows", wo, rows);
		state.ref = {
			model: "project.task",
			xmlid: X(ctx, "wo", wo)
		};
	},
	px_custom_definition: (state) => {
		const ctx = state.ctx;
		const d = state.record.data;
		const key = s(d["key"]) ?? "";
		const model = s(d["applies_to"]) === "work_order" ? "project.task" : "res.partner";
		const ttype = inferTtype(s(d["type"]) ?? "text") ?? "char";
		const opts = Array.isArray(d["options"]) ? d["options"].map((x) => String(x)) : [];
		const name = customFieldName("x_plexus_", key);
		const drift = ctx.index.getPass("custom_drift", String(model) + "." + String(name)) ?? [];
		const cf = {
			model,
			name,
			ttype,
			label: s(d["label"]) ?? key,
			...ttype === "selection" ? { selection: [...opts.map((x) => [slug(x), x]), ...drift] } : {}
		};
		planCustomField(ctx, cf);
		state.post.push(...customFieldOutputs(ctx, ctx.customFields.get(String(model) + "." + String(cf.name)) ?? cf));
	},
	px_workflow_document: (state) => {
		state.outcome = { outcome: "documented" };
		state.document = workflowEntry(state.ctx, state.record.data);
	},
	px_tax_validate: (state) => {
		const mapped = state.ctx.settings.taxMap?.[state.record.id];
		state.outcome = { outcome: "validated" };
		state.document = {
			id: state.record.id,
			code: state.record.data["code"],
			rate: state.record.data["rate"],
			price_inclusive: state.record.data["price_inclusive"],
			odooTaxId: mapped ?? null,
			mapped: mapped !== void 0
		};
	}
};
var TRIGGERS = {
	record_created: "on_create",
	status_changed: "on_stage_set",
	field_changed: "on_create_or_write",
	scheduled_time: "on_time"
};
var ACTIONS = {
	send_email: "server action \"Send email\" (create the e-mail template first)",
	send_sms: "server action \"Send SMS\" (needs IAP credits)",
	assign_user: "server action \"Update record\" (responsible user)",
	set_field: "server action \"Update record\"",
	create_follow_up: "server action \"Create activity\"",
	webhook: "server action \"Send webhook notification\""
};
/** §3.14 one rebuild-reference entry: the rule verbatim plus an Odoo automation-rule suggestion. */
function workflowEntry(ctx, d) {
	const trig = o(d["trigger"]) ?? {};
	const actions = Array.isArray(d["actions"]) ? d["actions"].map((a) => o(a) ?? {}) : [];
	const notes = [];
	const model = lookupValueMap(ctx, "workflow_object", trig["object"]).values?.["value"] ?? null;
	if (!model) notes.push("no Odoo model for object \"" + String(String(trig["object"])) + "\"");
	const ev = s(trig["event"]) ?? "";
	const trigger = { type: TRIGGERS[ev] ?? null };
	if (!TRIGGERS[ev]) notes.push("trigger event \"" + String(ev) + "\" has no equivalent");
	const conds = Array.isArray(trig["conditions"]) ? trig["conditions"] : [];
	if (ev === "field_changed") trigger["trigger_fields"] = conds.map((c) => c["field"]);
	if (ev === "scheduled_time") {
		const sch = o(trig["schedule"]);
		trigger["offset_minutes"] = sch?.["offset_minutes"] ?? null;
		trigger["relative_to"] = sch?.["relative_to"] ?? null;
	}
	if (conds.length) trigger["filter"] = conds.map((c) => String(String(c["field"])) + " " + String(String(c["op"])) + " " + String(JSON.stringify(c["value"]))).join(" AND ");
	const sugg = actions.map((a) => {
		const t = s(a["type"]) ?? "";
		if (!ACTIONS[t]) notes.push("action \"" + String(t) + "\" has no equivalent");
		return {
			type: t,
			odoo: ACTIONS[t] ?? null,
			params: a["params"] ?? null
		};
	});
	return {
		id: d["id"],
		name: d["name"],
		description: d["description"] ?? null,
		enabled: d["enabled"],
		trigger: d["trigger"],
		actions: d["actions"],
		suggestion: {
			model,
			trigger,
			actions: sugg,
			notes
		}
	};
}
var PLEXUS_PREPASSES = {
	/**
	* §3.12 option drift, decided at schema time: dropdown values used by customers / work orders but missing from
	* the definition's options are appended to the field before any record is written (so no record waits for its option).
	*/
	px_custom_drift: (ctx, _om, records) => {
		const scan = {
			customer: "customers",
			work_order: "work_orders"
		};
		for (const r of records) {
			const d = r.data;
			if (s(d["type"]) !== "dropdown" || d["deleted"] === true) continue;
			const key = s(d["key"]) ?? "";
			const appliesTo = s(d["applies_to"]) ?? "";
			const model = appliesTo === "work_order" ? "project.task" : "res.partner";
			const name = customFieldName("x_plexus_", key);
			const opts = Array.isArray(d["options"]) ? d["options"].map((x) => String(x)) : [];
			const known = new Set(opts.flatMap((x) => [nameKey(x), slug(x)]));
			const added = [];
			for (const row of (ctx.index.rows.get(scan[appliesTo] ?? "") ?? /* @__PURE__ */ new Map()).values()) {
				const v = o(row["custom_fields"])?.[key];
				if (typeof v !== "string" || v.trim() === "") continue;
				if (known.has(nameKey(v)) || known.has(slug(v))) continue;
				known.add(nameKey(v));
				known.add(slug(v));
				added.push([slug(v), v.trim()]);
			}
			if (added.length) {
				ctx.index.setPass("custom_drift", String(model) + "." + String(name), added);
				ctx.index.setPass("custom_drift_values", String(model) + "." + String(name), added.map(([v]) => v));
			}
		}
	},
	/** §3.3 e-mail duplicates among loadable customers. */
	px_customer_email_dup: (ctx, om, records) => {
		const rows = records.filter((r) => passesChecks(ctx, om, r)).map((r) => ({
			id: r.id,
			key: normalizeEmail(s(o(r.data["primary_contact"])?.["email"])).email
		}));
		for (const id of duplicateKeys(rows)) ctx.index.setPass("customer_email_dup", id, true);
	},
	/** §3.8 window of work orders without scheduled start/end: earliest confirmed schedule start, latest end. */
	px_wo_schedule_window: (ctx) => {
		const scheds = ctx.index.rows.get("schedules") ?? /* @__PURE__ */ new Map();
		for (const d of scheds.values()) {
			if (nameKey(s(d["status"])) !== "confirmed" || d["deleted"] === true) continue;
			const wo = s(d["work_order_id"]);
			if (!wo) continue;
			const zone = s(d["time_zone"]) ?? ctx.settings.tenantTimeZone;
			const a = localDateTimeToUtc(s(d["start"]), zone)?.utc;
			const b = localDateTimeToUtc(s(d["end"]), zone)?.utc;
			const cs = ctx.index.getPass("wo_sched_start", wo);
			const ce = ctx.index.getPass("wo_sched_end", wo);
			if (a && (!cs || a < cs)) ctx.index.setPass("wo_sched_start", wo, a);
			if (b && (!ce || b > ce)) ctx.index.setPass("wo_sched_end", wo, b);
		}
	}
};
/** Finisher after job lines: the HTML table of non-subtask lines appended to each parent's description. */
function jobLineTableOutputs(ctx) {
	const out = [];
	const m = ctx.index.passes.get("job_line_rows");
	if (!m) return out;
	const esc = (x) => x.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
	for (const [wo, rows] of m) {
		const r = rows.sort((a, b) => Number(a[0]) - Number(b[0]));
		const table = "<table><thead><tr>" + String([
			"#",
			"type",
			"SKU",
			"description",
			"qty",
			"unit",
			"unit price",
			"billable"
		].map((h) => "<th>" + String(h) + "</th>").join("")) + "</tr></thead><tbody>" + String(r.map((row) => "<tr>" + String(row.map((c) => "<td>" + String(esc(c)) + "</td>").join("")) + "</tr>").join("")) + "</tbody></table>";
		const woRow = ctx.index.row("work_orders", wo);
		const desc = woRow && typeof woRow["description"] === "string" && woRow["description"].trim() !== "" ? textToHtml(woRow["description"]) : "";
		out.push({
			model: "project.task",
			xmlid: X(ctx, "wo", wo),
			role: "update",
			values: { description: desc + table }
		});
	}
	return out;
}
/** Finisher after employees: manager links (second pass §3.2). */
function employeeManagerOutputs(ctx) {
	const out = [];
	for (const [id, d] of ctx.index.rows.get("employees") ?? /* @__PURE__ */ new Map()) {
		const mgr = s(d["manager_employee_id"]);
		if (!mgr || !ctx.index.isLoaded("employees", id)) continue;
		if (!ctx.index.isLoaded("employees", mgr)) continue;
		out.push({
			model: "hr.employee",
			xmlid: X(ctx, "employee", id),
			role: "update",
			values: { "parent_id/id": X(ctx, "employee", mgr) }
		});
	}
	return out;
}
// bridge/src/core/mapping/computes-common.ts
/** Named computes shared by both sources. */
/** Lowest-id loaded row of `object` whose normalized e-mail is in index `index`. */
function emailMatch(ids, isLoaded) {
	return ids.filter(isLoaded).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? null;
}
var COMMON_RULES = { 
/** lookup_email rules: normalized e-mail → loaded row (lowest id) → its xmlid. */
email_lookup: (input) => {
	const ctx = input.state.ctx;
	const rawv = s(input.values[0]);
	const fieldName = arg(input, "field", void 0);
	const e = normalizeEmail(rawv);
	if (e.email === null) {
		if (e.invalid !== void 0) return {
			value: null,
			issues: [flag("email_invalid", "invalid e-mail \"" + String(e.invalid) + "\"", fieldName, e.invalid)]
		};
		return { value: null };
	}
	const object = arg(input, "object", "contact");
	const sourceObject = arg(input, "sourceObject", "contacts");
	const id = emailMatch(ctx.index.get(arg(input, "index", "contact_email"), e.email), (x) => ctx.index.isLoaded(sourceObject, x));
	if (id) return { value: xmlid(ctx.source, object, id) };
	const onMissing = arg(input, "onMissing", "flag");
	const out = { value: null };
	if (onMissing !== "empty") out.issues = [flag(arg(input, "missingFlag", "orphan_reference"), "no loaded record with e-mail " + String(e.email), fieldName, e.email)];
	return out;
} };
// bridge/src/core/mapping/registry.ts
var reg = null;
function registry$1() {
	reg ??= {
		rules: {
			...TRANSFORMS,
			...COMMON_RULES,
			...PLANPLUS_RULES,
			...PLEXUS_RULES
		},
		predicates: {
			...PLANPLUS_PREDICATES,
			...PLEXUS_PREDICATES
		},
		posts: {
			...PLANPLUS_POSTS,
			...PLEXUS_POSTS
		},
		prepasses: {
			...PLANPLUS_PREPASSES,
			...PLEXUS_PREPASSES
		},
		finishers: {
			"plexus:employees": employeeManagerOutputs,
			"plexus:job_lines": jobLineTableOutputs,
			...PLANPLUS_FINISHERS
		}
	};
	return reg;
}
// bridge/src/core/mapping/engine.ts
/** Value at an exact key (PlanPlus headers), else a dot path into nested JSON (Plexus). */
function getPath(data, path) {
	if (path in data) return data[path];
	let cur = data;
	for (const part of path.split(".")) {
		if (cur === null || typeof cur !== "object") return void 0;
		cur = cur[part];
	}
	return cur;
}
function isBlankValue(v) {
	if (v === null || v === void 0) return true;
	if (typeof v === "string") return v.trim() === "";
	if (Array.isArray(v)) return v.length === 0;
	return false;
}
/** Truthy per sources.md boolean spellings (blank = false). */
function truthy(v) {
	if (typeof v === "boolean") return v;
	if (typeof v === "number") return v !== 0;
	if (typeof v !== "string") return false;
	return [
		"true",
		"yes",
		"y",
		"1",
		"x",
		"on"
	].includes(v.trim().toLowerCase());
}
function evalCondition(state, cond) {
	const data = state.record.data;
	switch (cond.op) {
		case "blank": return isBlankValue(getPath(data, cond.field));
		case "present": return !isBlankValue(getPath(data, cond.field));
		case "true": return truthy(getPath(data, cond.field));
		case "false": return !truthy(getPath(data, cond.field));
		case "eq":
		case "ne": {
			const v = getPath(data, cond.field);
			const eq = v !== null && v !== void 0 && nameKey(String(v)) === nameKey(cond.value);
			return cond.op === "eq" ? eq : !eq;
		}
		case "in": {
			const v = getPath(data, cond.field);
			if (v === null || v === void 0) return false;
			const k = nameKey(String(v));
			return cond.values.some((x) => nameKey(x) === k);
		}
		case "all": return cond.of.every((c) => evalCondition(state, c));
		case "any": return cond.of.some((c) => evalCondition(state, c));
		case "not": return !evalCondition(state, cond.of);
		case "predicate": {
			const fn = registry$1().predicates[cond.name];
			if (!fn) throw new Error("unknown predicate " + String(cond.name));
			return fn(state, cond.args ?? {});
		}
	}
}
function plannedFieldSet(ctx) {
	return new Set(ctx.customFields.keys());
}
/** Look a raw value up in a value map (mapping.md §5). Unknown → default row + `value_unmapped` (counted). */
function lookupValueMap(ctx, mapName, raw) {
	const map = ctx.doc.valueMaps[mapName];
	if (!map) throw new Error("unknown value map " + String(mapName));
	const text = raw === null || raw === void 0 ? "" : String(raw);
	const key = nameKey(text);
	if (key === "") {
		const b = map.rows.find((r) => r.blank);
		return {
			values: b ? b.values : null,
			blank: true
		};
	}
	const row = map.rows.find((r) => r.match.some((m) => nameKey(m) === key));
	if (row) return {
		values: row.values,
		blank: false
	};
	for (const p of map.patterns ?? []) if (new RegExp(p.regex, "i").test(text.trim())) {
		const r = map.rows[p.row];
		if (r) return {
			values: r.values,
			blank: false
		};
	}
	ctx.index.countUnmapped(mapName, text.trim());
	const def = map.rows.find((r) => r.default);
	return {
		values: def ? def.values : null,
		blank: false,
		issue: flag("value_unmapped", "\"" + String(text.trim()) + "\" is not in value map " + String(mapName) + "; default used", void 0, text)
	};
}
// bridge/src/core/mapping/transforms.ts
function s(v) {
	if (v === null || v === void 0) return null;
	if (typeof v === "object") return null;
	const t = String(v).trim();
	return t === "" ? null : t;
}
/** Untrimmed text for verbatim columns (Description/Notes). */
function raw(v) {
	if (v === null || v === void 0 || typeof v === "object") return null;
	const t = String(v);
	return t.trim() === "" ? null : t;
}
/** `[a-z0-9_]` slug of a label (xmlids, selection values). */
function slug(text) {
	const out = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
	return out === "" ? "x" : out;
}
function arg(input, name, dflt) {
	const v = input.args[name];
	return v === void 0 ? dflt : v;
}
/** Value of another source path of the same row. */
function field(input, path) {
	return getPath(input.state.record.data, path);
}
function mod(ctx) {
	return XMLID_MODULE[ctx.source];
}
/** Owner result → `user_id/.id` style value + flags. */
function ownerCell(res, field) {
	const out = { value: res.userId === null ? null : String(res.userId) };
	if (res.flags.length) out.issues = res.flags.map((f) => flag(f, "owner " + String(res.sourceRef ?? "") + ": " + String(f), field, res.sourceRef));
	return out;
}
/** Find-or-create helper record (tags, industries, sources): an `ensure` output and its xmlid. */
function ensure(ctx, model, object, name, extra = {}, matchBy = ["name"]) {
	return {
		model,
		xmlid: String(mod(ctx)) + "." + String(ctx.source) + "_" + String(object) + "_" + String(slug(name)),
		values: {
			name,
			...extra
		},
		role: "ensure",
		matchBy
	};
}
/** Country cell: ISO-2 → `base.<cc>` xmlid; blank → default country. */
function countryXmlid(ctx, rawCountry) {
	const txt = s(rawCountry);
	const code = txt === null ? countryCode(ctx.settings.defaultCountry) : countryCode(txt);
	if (code === null) return {
		xmlid: null,
		code: null,
		unknown: txt ?? void 0
	};
	return {
		xmlid: "base." + String(code.toLowerCase()),
		code
	};
}
/** State by code or name within the country, from the state table the run layer supplies; not found → null (reported, not flagged). */
function stateId(ctx, countryCodeIso, rawState) {
	const txt = s(rawState);
	if (!txt || !countryCodeIso) return null;
	const k = nameKey(txt);
	const hit = (ctx.settings.states ?? []).find((x) => x.country.toUpperCase() === countryCodeIso && (nameKey(x.code) === k || nameKey(x.name) === k));
	return hit ? String(hit.id) : null;
}
var TRANSFORMS = {
	/** truncate_name: > 250 characters → cut, full text prepended to the notes field, `text_truncated`. */
	truncate_name: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const t = truncateName(v.replace(/\s+/g, " "));
		if (!t.truncated) return { value: t.name };
		return {
			value: t.name,
			prepend: [v],
			issues: [flag("text_truncated", "name longer than 250 characters", arg(input, "field", void 0))]
		};
	},
	/** email(): first address → field; others → notes; invalid → empty + raw in notes + `email_invalid`. */
	email: (input) => {
		const label = arg(input, "label", "E-mail");
		const r = normalizeEmail(s(input.values[0]));
		const out = {
			value: r.email,
			notes: []
		};
		if (r.extra.length) out.notes.push("Other " + String(label.toLowerCase()) + ": " + String(r.extra.join("; ")));
		if (r.invalid !== void 0) {
			out.notes.push("Original " + String(label.toLowerCase()) + ": " + String(r.invalid));
			out.issues = [flag("email_invalid", "invalid e-mail \"" + String(r.invalid) + "\"", arg(input, "field", void 0), r.invalid)];
		}
		return out;
	},
	/** phone(): E.164 with the record's country (arg countryFrom), extra numbers → notes, invalid → notes + `phone_invalid`. */
	phone: (input) => {
		const label = arg(input, "label", "Phone");
		const cf = arg(input, "countryFrom", null);
		const country = cf ? s(field(input, cf)) : null;
		const v = input.values[0];
		const r = normalizePhone(typeof v === "number" ? v : s(v), country, input.state.ctx.settings.defaultCountry);
		const out = {
			value: r.phone,
			notes: []
		};
		if (r.extra.length) out.notes.push("Other " + String(label.toLowerCase()) + ": " + String(r.extra.join(" / ")));
		if (r.invalid !== void 0) {
			out.notes.push("Original " + String(label.toLowerCase()) + ": " + String(r.invalid));
			out.issues = [flag("phone_invalid", "unusable phone \"" + String(r.invalid) + "\"", arg(input, "field", void 0), r.invalid)];
		}
		if (input.column === null && r.phone) {
			out.notes.push(String(label) + ": " + String(r.phone));
			out.value = void 0;
		}
		return out;
	},
	/** html(): plain text escaped with <br>/<p>; HTML kept. */
	html: (input) => {
		const v = raw(input.values[0]);
		return { value: v === null ? null : textToHtml(v) };
	},
	/** text(): tags stripped, entities decoded. */
	text: (input) => {
		const v = raw(input.values[0]);
		const dflt = arg(input, "default", null);
		const t = v === null ? "" : htmlToText(v);
		return { value: t === "" ? dflt : t };
	},
	/** A labelled line in the notes field (`Fax: …`). */
	note_line: (input) => {
		const v = s(input.values[0]);
		return v === null ? {} : { notes: [String(arg(input, "label", "Note")) + ": " + String(v)] };
	},
	/** boolean(): "1"/"0"; blank → "0" (flags) unless `nullable`. */
	bool: (input) => {
		const b = parseBool(input.values[0]);
		if (b === null) return { value: arg(input, "nullable", false) ? null : "0" };
		return { value: b ? "1" : "0" };
	},
	/** Negated boolean (`is_active=false` → active "0" is `bool`; this is for `deleted`-like inputs). */
	not_bool: (input) => {
		return { value: parseBool(input.values[0]) ? "0" : "1" };
	},
	/** Street cell: first line → street, remaining lines → street2. */
	street_lines: (input) => {
		const v = raw(input.values[0]);
		if (v === null) return { cells: {
			street: "",
			street2: ""
		} };
		const lines = v.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter((l) => l !== "");
		return { cells: {
			street: lines[0] ?? "",
			street2: lines.slice(1).join(", ")
		} };
	},
	/**
	* Address from separate columns (args: street?, street2?, city, state, zip, country) or a Plexus Address
	* object (values[0] object with line1…country). Writes street, street2, city, state_id/.id, zip, country_id/id.
	*/
	address: (input) => {
		const ctx = input.state.ctx;
		let a;
		const first = input.values[0];
		if (first !== null && typeof first === "object") {
			const o = first;
			a = {
				line1: o["line1"],
				line2: o["line2"],
				city: o["city"],
				state: o["state"],
				zip: o["postal_code"],
				country: o["country"]
			};
		} else {
			const g = (k) => {
				const p = arg(input, k, null);
				return p ? field(input, p) : null;
			};
			const lines = (raw(g("street")) ?? "").replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter((l) => l !== "");
			a = {
				line1: lines[0] ?? null,
				line2: lines.slice(1).join(", ") || s(g("street2")),
				city: g("city"),
				state: g("state"),
				zip: g("zip"),
				country: g("country")
			};
		}
		const c = countryXmlid(ctx, a["country"]);
		const zipRaw = a["zip"];
		const zip = normalizeZip(typeof zipRaw === "number" ? zipRaw : s(zipRaw), c.code, ctx.settings.defaultCountry);
		const cells = {
			street: s(a["line1"]) ?? "",
			street2: s(a["line2"]) ?? "",
			city: s(a["city"]) ?? "",
			zip: zip ?? "",
			"country_id/id": c.xmlid ?? ""
		};
		cells["state_id/.id"] = stateId(ctx, c.code, a["state"]) ?? "";
		const out = { cells };
		if (c.unknown) out.notes = ["Country: " + String(c.unknown)];
		return out;
	},
	/** Copy with whitespace collapsed (no truncation). */
	collapse: (input) => {
		const v = s(input.values[0]);
		return { value: v === null ? null : v.replace(/\s+/g, " ") };
	},
	/** Date (any accepted shape) → YYYY-MM-DD; invalid → empty + raw in notes + `invalid_date`; day-first → `date_ambiguous`. */
	date: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const label = arg(input, "label", "Date");
		const p = parsePlanPlusDate(v);
		if (!p) return {
			value: null,
			notes: [String(label) + ": " + String(v)],
			issues: [flag("invalid_date", "unusable date \"" + String(v) + "\"", arg(input, "field", void 0), v)]
		};
		const out = { value: p.date };
		if (p.dayFirst) out.issues = [flag("date_ambiguous", "\"" + String(v) + "\" read day-first", arg(input, "field", void 0), v)];
		return out;
	},
	/** Plexus Date (YYYY-MM-DD) as given; unparseable → empty. */
	iso_date: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const p = parsePlanPlusDate(v);
		return { value: p ? p.date : null };
	},
	/** Plexus Instant → naive UTC. */
	instant: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		return { value: isoOffsetToUtc(v) ?? null };
	},
	/** Plexus LocalDateTime → naive UTC (offset, else the tenant zone + `timezone_assumed`). */
	local_datetime: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const r = localDateTimeToUtc(v, input.state.ctx.settings.tenantTimeZone);
		if (!r) return {
			value: null,
			issues: [flag("invalid_date", "unusable date-time \"" + String(v) + "\"", arg(input, "field", void 0), v)]
		};
		return {
			value: r.utc,
			issues: r.flags.map((f) => flag(f, String(f) + " for \"" + String(v) + "\"", arg(input, "field", void 0), v))
		};
	},
	/** deadline(date, export zone) for Datetime deadlines; a Date field gets the date (profile decides). */
	deadline: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const p = parsePlanPlusDate(v);
		if (!p) return {
			value: null,
			notes: [String(arg(input, "label", "Date")) + ": " + String(v)],
			issues: [flag("invalid_date", "unusable date \"" + String(v) + "\"", arg(input, "field", void 0), v)]
		};
		const issues = p.dayFirst ? [flag("date_ambiguous", "\"" + String(v) + "\" read day-first", arg(input, "field", void 0), v)] : [];
		const draft = input.draft;
		const info = draft && input.column ? input.state.ctx.profile.fields[draft.model]?.[input.column] : void 0;
		if (info && info.type === "date") return {
			value: p.date,
			issues
		};
		const zone = input.state.ctx.source === "planplus" ? input.state.ctx.settings.exportTimeZone : input.state.ctx.settings.tenantTimeZone;
		return {
			value: deadlineUtc(p.date, zone),
			issues
		};
	},
	/** money(): optional amounts; unparseable → 0 + `invalid_amount`. */
	money: (input) => {
		const v = input.values[0];
		if (isBlankValue(v)) return { value: arg(input, "blankValue", null) };
		const m = parseMoney(typeof v === "number" ? v : s(v));
		if (!m) return {
			value: "0",
			issues: [flag("invalid_amount", "unparseable amount \"" + String(String(v)) + "\"", arg(input, "field", void 0), v)]
		};
		return { value: String(m.amount) };
	},
	/** Number (percent, quantity): parsed with money rules, `%` stripped; unparseable → empty. */
	number: (input) => {
		const v = input.values[0];
		if (isBlankValue(v)) return { value: null };
		const m = parseMoney(typeof v === "number" ? v : String(v).replace(/%\s*$/, ""));
		if (!m) return { value: null };
		const mult = arg(input, "multiply", 1);
		const n = m.amount * mult;
		return { value: arg(input, "integer", false) ? String(Math.round(n)) : String(n) };
	},
	/** Quadrant (sources.md B.5) → x_quadrant value via value map `quadrant`. */
	quadrant: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const q = parseQuadrant(v);
		const r = lookupValueMap(input.state.ctx, "quadrant", q ?? v);
		const out = { value: r.values ? r.values["value"] ?? null : null };
		if (r.issue) out.issues = [{
			...r.issue,
			field: arg(input, "field", void 0)
		}];
		return out;
	},
	/** res.partner.industry find/create (xmlid `<source>_industry_<slug>`). */
	industry: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const e = ensure(input.state.ctx, "res.partner.industry", "industry", v, { full_name: v });
		return {
			value: e.xmlid,
			pre: [e]
		};
	},
	/** Tags (`;` or `,` list) → find/create records of `model`, value = comma list of xmlids. */
	tags: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		const model = arg(input, "model", "res.partner.category");
		const object = arg(input, "object", "tag");
		const pre = [...new Set(v.split(/[;,]/).map((x) => x.trim().replace(/\s+/g, " ")).filter((x) => x !== ""))].map((n) => ensure(input.state.ctx, model, object, n));
		const seen = /* @__PURE__ */ new Set();
		return {
			value: pre.map((p) => p.xmlid).filter((x) => seen.has(x) ? false : (seen.add(x), true)).join(","),
			pre
		};
	},
	/** Owner by Plexus user id. */
	owner_id: (input) => ownerCell(input.state.ctx.owners.byUserId(input.values[0]), arg(input, "field", "owner")),
	/** Owner by PlanPlus e-mail cell. */
	owner_email: (input) => ownerCell(input.state.ctx.owners.byEmailCell(input.values[0]), arg(input, "field", "owner")),
	/** Owner by PlanPlus display name. */
	owner_name: (input) => ownerCell(input.state.ctx.owners.byDisplayName(input.values[0]), arg(input, "field", "owner")),
	/** Source creation time → output createDate (§1.6): PlanPlus export zone, Plexus Instant. */
	create_date: (input) => {
		const v = s(input.values[0]);
		const d = input.draft;
		if (v === null || !d) return {};
		const ctx = input.state.ctx;
		const utc = ctx.source === "plexus" ? isoOffsetToUtc(v) : parsePlanPlusDateTime(v, ctx.settings.exportTimeZone)?.utc ?? null;
		if (utc) d.createDate = utc;
		return {};
	},
	/** xmlid of another record of this source, built from a source id column (no existence check). */
	xmlid_of: (input) => {
		const v = s(input.values[0]);
		if (v === null) return { value: null };
		return { value: xmlid(input.state.ctx.source, arg(input, "object", "x"), v, arg(input, "suffix", void 0)) };
	},
	/** Blank check helper for computed "first non-blank" columns. */
	first_present: (input) => {
		for (const v of input.values) if (!isBlank(v) && typeof v !== "object") return { value: String(v).trim() };
		return { value: null };
	}
};
var SYNONYMS = {
	id: ["—"],
	"modified date": ["—"],
	"updated at": ["—"],
	deleted: ["—"],
	"deleted at": ["—"],
	"last login": ["—"],
	"last login at": ["—"],
	"created date": ["create_date", "—"],
	"created at": ["create_date"],
	"uploaded at": ["create_date"],
	name: ["name"],
	"full name": ["name"],
	"display name": ["name"],
	"first name": ["name"],
	"middle name": ["name"],
	"last name": ["name"],
	suffix: ["name"],
	"company name": [
		"name",
		"partner_name",
		"company_name"
	],
	subject: ["name"],
	summary: ["name"],
	"deal name": ["name"],
	"project name": ["project_id", "name"],
	"milestone name": ["name"],
	"stage name": ["name"],
	question: ["name"],
	"file name": ["name"],
	code: ["default_code", "name"],
	prefix: ["title"],
	email: [
		"login",
		"work_email",
		"email",
		"email_from"
	],
	"email address": [
		"login",
		"work_email",
		"email",
		"email_from"
	],
	"contact email": [
		"email_from",
		"partner_email",
		"email"
	],
	"user email": ["login"],
	"email 2 address": ["comment"],
	phone: ["phone", "work_phone"],
	"main phone": ["phone"],
	"business phone": ["phone"],
	"mobile phone": ["mobile", "mobile_phone"],
	mobile: ["mobile", "mobile_phone"],
	"home phone": ["comment"],
	fax: ["comment"],
	"business fax": ["comment"],
	"web page": ["website"],
	website: ["website"],
	"job title": ["function", "job_title"],
	title: ["function", "job_title"],
	industry: ["industry_id"],
	categories: [
		"category_id",
		"categ_ids",
		"tag_ids"
	],
	category: [
		"tag_ids",
		"product_id",
		"parent_id"
	],
	birthday: ["x_pp_birthday"],
	street: ["street"],
	"business street": ["street"],
	city: ["city"],
	"business city": ["city"],
	state: ["state_id"],
	"state province": ["state_id"],
	"business state": ["state_id"],
	"postal code": ["zip"],
	"business postal code": ["zip"],
	country: ["country_id"],
	"business country": ["country_id"],
	"billing address": ["street"],
	"service address": ["res.partner:child_ids", "x_plexus_service_address"],
	address: ["street"],
	"primary contact": ["res.partner:child_ids"],
	owner: ["user_id"],
	"owner email": ["user_id", "user_ids"],
	"organizer email": ["user_id"],
	"assigned to": ["user_id"],
	"project manager": ["user_id"],
	"owner user id": ["user_id", "x_plexus_owner_id"],
	"manager user id": ["user_id"],
	"manager employee id": ["parent_id"],
	"user id": ["user_id"],
	"employee id": [
		"employee_id",
		"partner_ids",
		"user_id"
	],
	"assigned employee ids": ["user_ids"],
	"uploaded by user id": ["description"],
	"created by user id": ["—"],
	attendees: ["partner_ids"],
	"related contact id": ["partner_ids", "partner_id"],
	"contact id": ["partner_id", "id"],
	"contact name": ["contact_name", "name"],
	company: [
		"company_name",
		"partner_name",
		"parent_id",
		"partner_id"
	],
	"company id": ["parent_id", "id"],
	"customer id": ["partner_id", "parent_id"],
	"related company id": ["res_id", "—"],
	description: [
		"description",
		"comment",
		"name",
		"note"
	],
	notes: [
		"comment",
		"description",
		"name",
		"body"
	],
	answer: ["body"],
	terms: ["note"],
	"mission statement": ["res.partner:x_pp_mission_statement"],
	stage: ["stage_id"],
	status: [
		"stage_id",
		"state",
		"active",
		"show_as"
	],
	priority: ["priority"],
	quadrant: ["x_quadrant"],
	"priority quadrant": ["x_quadrant"],
	active: ["active", "—"],
	"is active": ["active"],
	"is won": ["is_won"],
	folded: ["fold"],
	order: ["sequence"],
	"sort order": ["sequence"],
	"line number": ["sequence"],
	position: ["sequence"],
	"probability": ["probability", "requirements"],
	role: ["type"],
	"customer type": ["is_company"],
	"start date": [
		"date_start",
		"start",
		"planned_date_begin"
	],
	"due date": [
		"date_deadline",
		"date",
		"deadline"
	],
	"end date": ["date", "stop"],
	"close date": ["date_deadline"],
	"completed date": ["date_end", "x_pp_completed_date"],
	"completed at": ["date_end"],
	"resolved date": ["date_closed"],
	"issue date": ["date_order"],
	"expiry date": ["validity_date"],
	"start time": ["start"],
	"end time": ["stop"],
	start: ["start", "date"],
	end: ["stop"],
	"scheduled start": ["planned_date_begin"],
	"scheduled end": ["date_deadline"],
	"all day": ["allday"],
	"all day event": ["allday"],
	"time zone": ["tz", "—"],
	date: ["date"],
	"hire date": ["x_plexus_hire_date"],
	"termination date": ["departure_date"],
	amount: [
		"expected_revenue",
		"total_amount_currency",
		"amount"
	],
	"unit price": ["price_unit", "list_price"],
	quantity: [
		"product_uom_qty",
		"quantity",
		"allocated_hours",
		"description"
	],
	discount: ["discount"],
	"discount type": ["discount"],
	"duration minutes": ["unit_amount"],
	"hourly cost": ["hourly_cost"],
	currency: ["pricelist_id", "currency_id"],
	rate: ["amount"],
	"price inclusive": ["price_include"],
	sku: ["product_id", "default_code"],
	"tax code id": [
		"tax_id",
		"tax_ids",
		"x_plexus_default_tax_code"
	],
	"paid by": ["payment_mode"],
	location: ["location"],
	"show time as": ["show_as"],
	private: ["privacy"],
	"recurrence pattern": ["rrule_type"],
	"lead source": ["source_id"],
	"account number": ["ref"],
	"customer po": ["client_order_ref"],
	department: ["department_id"],
	"parent task id": ["parent_id"],
	"project id": ["project_id", "id"],
	"group id": ["project_id"],
	"work order id": [
		"task_id",
		"parent_id",
		"res_id",
		"x_plexus_work_order_id",
		"analytic_distribution"
	],
	"job line id": ["task_id"],
	"quote id": ["order_id"],
	"category id": ["product_id"],
	"parent id": ["res_id"],
	"parent type": ["res_model"],
	"content type": ["mimetype"],
	"file path": ["datas"],
	"download url": ["datas"],
	"summary file": ["datas"],
	completed: ["is_reached"],
	published: ["name"],
	"field label": ["field_description"],
	"field type": ["ttype"],
	object: ["model_id"],
	"applies to": ["model_id"],
	key: ["name"],
	label: ["field_description"],
	type: ["ttype"],
	options: ["selection_ids"],
	"is primary": ["parent_id"],
	relationship: ["x_pp_relationship"],
	"ticket number": ["x_ticket_number"],
	number: ["name"],
	"employee number": ["x_plexus_employee_number"],
	"tax exempt": ["property_account_position_id"],
	"receipt attachment id": ["ir.attachment:res_id"]
};
/** Phrases that never carry data worth a field (audit columns, opaque keys, dropped values). */
var NEVER = [
	"gps",
	"unit cost",
	"size bytes",
	"sha256",
	"expires at",
	"jurisdiction",
	"required",
	"default rate",
	"unit",
	"subtotal",
	"tax total",
	"total",
	"account",
	"scope",
	"provider",
	"is lost",
	"record id",
	"value",
	"link id",
	"stage id",
	"deal id",
	"event id",
	"task id",
	"milestone id",
	"ticket id",
	"article id",
	"connection id",
	"line type",
	"prevailing wage",
	"enabled",
	"trigger",
	"actions",
	"custom fields",
	"lines"
];
/** Related model named by a `<thing> id` column. */
var RELATIONS = {
	customer: "res.partner",
	contact: "res.partner",
	company: "res.partner",
	employee: "hr.employee",
	project: "project.project",
	group: "project.project",
	"work order": "project.task",
	task: "project.task",
	quote: "sale.order",
	user: "res.users",
	"owner user": "res.users",
	"manager user": "res.users",
	"tax code": "account.tax",
	category: "product.product"
};
// bridge/src/core/suggest/index.ts
/**
* The mapping suggester ("AI proposes the map", issue 6): deterministic and offline.
*
* Input: column profiles (name, inferred type, samples) of one source object + the `fields_get` of the
* candidate target models (first = primary). Output per column: a proposed existing field, a proposed
* new `x_` custom field with an inferred type, or "no target", with a confidence 0–1 and a reason; for
* selection targets, a value-map proposal by fuzzy match. An optional adviser (e.g. an LLM) may
* re-rank proposals through `SuggestAdviser`, but nothing depends on it.
*/
/** Values that read as an archive flag (active / not active). */
var BOOLISH = /* @__PURE__ */ new Set([
	"yes",
	"no",
	"true",
	"false",
	"y",
	"n",
	"1",
	"0",
	"x",
	"on",
	"off",
	"active",
	"inactive",
	"archived",
	"on hold",
	"completed",
	"cancelled"
]);
/** Column names too generic to trust without checking the values against the target. */
var OVERLOADED = /* @__PURE__ */ new Set(["status", "state"]);
var TECHNICAL = /^(message_|activity_|website_message|rating_|access_|__|display_name$|create_uid$|write_uid$|write_date$|id$)/;
/** Normalized phrase of a column name: words, lower case, `e-mail` → `email`, punctuation dropped. */
function phrase(name) {
	return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/e-?mail/g, "email").replace(/[^a-z0-9]+/g, " ").trim().replace(/\s+/g, " ");
}
function tokens(s) {
	return phrase(s).split(" ").filter((t) => t !== "" && t !== "id" && t !== "ids");
}
function jaccard(a, b) {
	if (a.length === 0 || b.length === 0) return 0;
	const A = new Set(a);
	const B = new Set(b);
	let i = 0;
	for (const x of A) if (B.has(x)) i++;
	return i / (A.size + B.size - i);
}
/** All of the field's words appear in the column name (`Zip Code` ⊇ `zip`). */
function contained(field, column) {
	if (field.length === 0) return 0;
	const c = new Set(column);
	return field.every((t) => c.has(t)) ? .9 : 0;
}
function levenshtein(a, b) {
	const m = a.length;
	const n = b.length;
	if (m === 0) return n;
	if (n === 0) return m;
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= m; i++) {
		const cur = [i];
		for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = cur;
	}
	return prev[n];
}
function similarity(a, b) {
	const x = phrase(a).replace(/ /g, "");
	const y = phrase(b).replace(/ /g, "");
	if (!x || !y) return 0;
	return 1 - levenshtein(x, y) / Math.max(x.length, y.length);
}
/** Column value type from the profiler type or the samples. */
function sampleType(col) {
	const t = col.type ?? col.inferredType;
	if (t && t !== "empty") return t;
	const vals = col.samples.filter((s) => s.trim() !== "");
	if (vals.length === 0) return "empty";
	const counts = /* @__PURE__ */ new Map();
	for (const v of vals) {
		const t = classifyValue(v);
		counts.set(t, (counts.get(t) ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
/** Is a field type able to hold values of this sample type? 1 = natural, 0.6 = possible, 0 = no. */
function typeFit(sample, f) {
	const t = f.type;
	switch (sample) {
		case "email":
		case "phone":
		case "url": return t === "char" ? 1 : t === "many2one" || t === "many2many" || t === "text" || t === "html" ? .6 : 0;
		case "date": return t === "date" || t === "datetime" ? 1 : t === "char" ? .4 : 0;
		case "number":
		case "money": return t === "float" || t === "monetary" || t === "integer" ? 1 : t === "char" || t === "selection" || t === "many2one" ? .5 : 0;
		case "bool": return t === "boolean" ? 1 : t === "selection" ? .6 : .2;
		case "enum": return t === "selection" || t === "many2one" ? 1 : t === "char" || t === "boolean" ? .7 : .3;
		default: return t === "char" || t === "text" || t === "html" ? 1 : t === "many2one" || t === "many2many" || t === "selection" ? .6 : .3;
	}
}
function customType(sample, col) {
	switch (sample) {
		case "date": return "date";
		case "number":
		case "money": return "float";
		case "bool": return "boolean";
		case "enum": return "selection";
		default: return col.samples.some((s) => s.length > 255 || /[\r\n]/.test(s)) ? "text" : "char";
	}
}
/** Fuzzy value-map proposal: each source value → best selection key by label/key similarity. */
function proposeValueMap(values, options) {
	return values.map((v) => {
		let best = null;
		for (const [key, label] of options) {
			const sc = Math.max(similarity(v, label), similarity(v, key), jaccard(tokens(v), tokens(label)));
			if (!best || sc > best[1]) best = [key, sc];
		}
		if (!best || best[1] < .5) return {
			source: v,
			target: null,
			confidence: 0
		};
		return {
			source: v,
			target: best[0],
			confidence: Math.round(best[1] * 100) / 100
		};
	});
}
function selectionOf(f) {
	return Array.isArray(f.selection) ? f.selection : [];
}
/** Suggest a target for one column. */
function suggestColumn(col, targets, opts, index = 0) {
	const ph = phrase(col.name);
	const stype = sampleType(col);
	const primary = targets[0];
	const none = (confidence, reason) => ({
		column: col.name,
		proposal: { kind: "none" },
		confidence,
		reason,
		alternatives: []
	});
	const finish = (s) => {
		if (s.proposal.kind === "field") {
			const f = targets.find((t) => t.model === s.proposal.model)?.fields[s.proposal.field];
			const existing = opts.existingValues?.[String(s.proposal.model) + "." + String(s.proposal.field)];
			if (f && (f.type === "selection" || f.type === "boolean" || f.type === "many2one" && existing) && (col.topValues?.length || col.samples.length)) {
				const vals = [...new Set((col.topValues?.map((t) => t.value) ?? col.samples).filter((v) => v.trim() !== ""))];
				const opts2 = f.type === "boolean" ? [["1", "Yes true"], ["0", "No false"]] : f.type === "many2one" ? existing ?? [] : selectionOf(f);
				if (opts2.length) s.valueMap = proposeValueMap(vals, opts2);
			}
		}
		return s;
	};
	if ((opts.idColumns ?? []).includes(col.name) || index === 0 && /(^| )id$/.test(ph)) return none(.95, "row identifier: kept in the ledger and the external id, not in a field");
	const last = col.name.includes(".") ? phrase(col.name.slice(col.name.lastIndexOf(".") + 1)) : ph;
	const syn = SYNONYMS[ph] ?? SYNONYMS[ph.replace(/^(business|main|primary contact|billing address) /, "")] ?? SYNONYMS[last];
	if (syn) {
		if (syn[0] === "—") return none(.9, "\"" + String(col.name) + "\" is an audit/technical column (kept in the ledger only)");
		const vals = [...new Set((col.topValues?.map((t) => t.value) ?? col.samples).filter((v) => v.trim() !== ""))];
		for (const t of targets) for (const raw of syn) {
			if (raw === "—") break;
			const [pinned, cand] = raw.includes(":") ? raw.split(":") : [null, raw];
			if (pinned !== null && pinned !== t.model) continue;
			const f = t.fields[cand];
			if (!f) continue;
			const overloaded = OVERLOADED.has(ph);
			if (overloaded && f.type === "selection" && vals.length > 0) {
				if (proposeValueMap(vals, selectionOf(f)).filter((v) => v.target !== null && v.confidence >= .8).length / vals.length < .5) continue;
			}
			if (overloaded && f.type === "boolean" && vals.length > 0 && !vals.every((v) => BOOLISH.has(v.trim().toLowerCase()))) continue;
			const fit = typeFit(stype, f);
			return finish({
				column: col.name,
				proposal: {
					kind: "field",
					model: t.model,
					field: cand
				},
				confidence: fit >= .6 || stype === "empty" ? .95 : .75,
				reason: "name \"" + String(col.name) + "\" is a known synonym of " + String(t.model) + "." + String(cand) + " (" + String(f.string ?? cand) + ", " + String(f.type) + ")" + String(fit < .6 && stype !== "empty" ? "; sample type " + String(stype) + " fits poorly" : ""),
				alternatives: []
			});
		}
		for (const raw of syn) {
			if (raw === "—") return none(.8, "\"" + String(col.name) + "\" has no target field on " + String(targets.map((t) => t.model).join(", ")) + " (used for conversion / kept in the ledger)");
			const [pinned, cand] = raw.includes(":") ? raw.split(":") : [null, raw];
			const model = pinned ?? primary?.model;
			if (cand.startsWith("x_") && model) return {
				column: col.name,
				proposal: {
					kind: "custom",
					model,
					field: cand,
					ttype: customType(stype, col)
				},
				confidence: .8,
				reason: "known source attribute without a standard Odoo field: new " + String(model) + "." + String(cand),
				alternatives: []
			};
		}
	}
	if (NEVER.includes(ph)) return none(.8, "\"" + String(col.name) + "\" has no Odoo equivalent (reported, not migrated)");
	const rel = /^(.*) id$/.exec(ph);
	if (rel) {
		const relModel = RELATIONS[rel[1]];
		if (relModel) for (const t of targets) {
			const hit = Object.entries(t.fields).find(([n, f]) => !TECHNICAL.test(n) && f.type === "many2one" && f.relation === relModel);
			if (hit) return {
				column: col.name,
				proposal: {
					kind: "field",
					model: t.model,
					field: hit[0]
				},
				confidence: .85,
				reason: "reference to " + String(rel[1]) + " → many2one " + String(hit[0]) + " (" + String(relModel) + ")",
				alternatives: []
			};
		}
	}
	const ct = tokens(col.name);
	const scored = [];
	for (const t of targets) for (const [name, f] of Object.entries(t.fields)) {
		if (TECHNICAL.test(name) || f.readonly === true) continue;
		const nameSim = Math.max(similarity(col.name, name), jaccard(ct, tokens(name)), contained(tokens(name), ct), f.string ? Math.max(similarity(col.name, f.string), jaccard(ct, tokens(f.string)), contained(tokens(f.string), ct)) : 0);
		let fit = stype === "empty" ? .8 : typeFit(stype, f);
		if (f.type === "selection" && col.samples.length > 0) {
			const vm = proposeValueMap([...new Set(col.samples)], selectionOf(f));
			const cov = vm.filter((v) => v.target !== null && v.confidence >= .8).length / vm.length;
			fit = Math.max(fit, cov);
		}
		const score = nameSim * (.6 + .4 * fit) * (t === primary ? 1 : .95);
		if (score > .3) scored.push({
			model: t.model,
			field: name,
			score: Math.round(score * 1e3) / 1e3
		});
	}
	scored.sort((a, b) => b.score - a.score || (a.field < b.field ? -1 : 1));
	const best = scored[0];
	if (best && best.score >= .7) return finish({
		column: col.name,
		proposal: {
			kind: "field",
			model: best.model,
			field: best.field
		},
		confidence: Math.min(.9, best.score),
		reason: "name similarity with " + String(best.model) + "." + String(best.field) + " and compatible type (" + String(stype) + ")",
		alternatives: scored.slice(1, 4)
	});
	if (!primary || stype === "empty") return none(.5, "no compatible field and no values to type a custom field");
	const field = (String(opts.customPrefix) + String(slug(col.name))).slice(0, 60);
	return {
		column: col.name,
		proposal: {
			kind: "custom",
			model: primary.model,
			field,
			ttype: customType(stype, col)
		},
		confidence: .6,
		reason: "no standard field matches \"" + String(col.name) + "\"; new " + String(customType(stype, col)) + " field inferred from " + String(col.samples.length) + " sample values (" + String(stype) + ")",
		alternatives: scored.slice(0, 3)
	};
}
var codeLike = (c) => c.samples.length > 0 && c.samples.every((v) => /^[A-Za-z]*[-_/]?[A-Za-z0-9]*\d[A-Za-z0-9\-_/.]*$/.test(v.trim()) && !/\s/.test(v.trim()));
var oneLine = (c) => c.samples.length > 0 && c.samples.every((v) => v.length <= 80 && !/[\r\n<]/.test(v));
/**
* Suggest targets for all columns of one source object, then apply whole-object rules:
* - codes (`WO-10042`) competing with a text column for the same name field become a reference field;
* - a record needs a name: when no column names it, a one-line `description` becomes the name.
*/
function suggestMapping(columns, targets, opts, adviser) {
	const out = columns.map((c, i) => suggestColumn(c, targets, opts, i));
	const primary = targets[0];
	if (primary) {
		const onName = out.map((s, i) => [s, columns[i]]).filter(([s]) => s.proposal.kind === "field" && s.proposal.model === primary.model && s.proposal.field === "name");
		const codes = onName.filter(([, c]) => codeLike(c));
		if (codes.length > 0 && codes.length < onName.length) for (const [s, c] of codes) {
			const idx = out.indexOf(s);
			out[idx] = {
				...s,
				proposal: {
					kind: "custom",
					model: primary.model,
					field: (String(opts.customPrefix) + String(slug(c.name))).slice(0, 60),
					ttype: "char"
				},
				confidence: .7,
				reason: "\"" + String(c.name) + "\" holds codes (" + String(c.samples[0] ?? "") + ") while another column names the record: kept as a searchable reference field"
			};
		}
		if (!out.some((s) => s.proposal.kind === "field" && s.proposal.model === primary.model && s.proposal.field === "name") && primary.fields["name"]) {
			const i = columns.findIndex((c, k) => phrase(c.name) === "description" && oneLine(c) && out[k].proposal.kind === "field");
			if (i >= 0) out[i] = {
				...out[i],
				proposal: {
					kind: "field",
					model: primary.model,
					field: "name"
				},
				confidence: .75,
				reason: "no other column names the " + String(primary.model) + " record and \"" + String(columns[i].name) + "\" is one line of text: used as its name"
			};
		}
	}
	return adviser ? out.map((s, i) => adviser.advise(columns[i], s, targets)) : out;
}
// web/src/model/suggest.ts
/**
* Mapping proposals for the Mapping step, from the bridge's suggester (bridge/src/core/suggest):
* per source column a target field of the object's Odoo model, or a new typed `x_` custom field, with
* a confidence and a reason, computed from the column profile and the model's `fields_get`.
*/
/** Target model per source object (mapping.md §3, §4; Community defaults, fallbacks of §6). */
var TARGET_MODEL = {
	planplus: {
		companies: "res.partner",
		contacts: "res.partner",
		deal_stages: "crm.stage",
		deals: "crm.lead",
		events: "calendar.event",
		tasks: "project.task",
		projects: "project.project",
		milestones: "project.milestone",
		help_desk_tickets: "crm.lead",
		faq_articles: "mail.message"
	},
	plexus: {
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
		attachments: "ir.attachment"
	}
};
function columnInput(c) {
	return {
		name: c.name,
		type: c.inferredType,
		samples: c.samples,
		topValues: c.topValues
	};
}
function proposeObject(source, model, columns, fields) {
	const record = {};
	for (const f of fields) record[f.name] = {
		type: f.type,
		string: f.string,
		relation: f.relation,
		selection: f.selection,
		required: f.required,
		readonly: f.readonly
	};
	return suggestMapping(columns.map(columnInput), [{
		model,
		fields: record
	}], { customPrefix: source === "plexus" ? "x_plexus_" : "x_pp_" }).map((s, i) => {
		const col = columns[i];
		const p = s.proposal;
		return {
			source: s.column,
			target: p.kind === "none" ? "" : p.field,
			newFieldType: p.kind === "custom" ? p.ttype : "",
			confidence: Math.round(s.confidence * 100) / 100,
			reason: s.reason,
			samples: col.samples,
			values: (s.valueMap ?? []).map((v) => ({
				source: v.source,
				target: v.target ?? "",
				confidence: v.confidence,
				reason: v.target ? "closest option" : "no similar option: choose one (unmapped values are flagged value_unmapped)"
			}))
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
// bridge/src/core/diff.ts
var CAUSE_LABEL = {
	value_normalized: "value normalized by Odoo (case, spacing, format)",
	truncated: "truncated in Odoo",
	relation_not_resolved: "relation not resolved",
	field_missing_in_odoo: "field missing in Odoo",
	timezone_shift: "timezone shift",
	different_value: "different value"
};
var EXPECTED_LABEL = {
	address_from_company: "child contact's address synced from its company (Odoo)",
	url_scheme_added: "http:// added to a website (Odoo)",
	html_sanitized: "HTML wrapped/sanitized by Odoo",
	task_state_computed: "task 'waiting' state reset to in progress by Odoo (it derives waiting from blocking tasks)"
};
/** Words for a mismatch cause or an expected rewrite (sample_diff.csv `cause` column), undefined when unknown. */
function diffCauseLabel(cause) {
	return CAUSE_LABEL[cause] ?? EXPECTED_LABEL[cause];
}
/** True for a `cause` that names an expected Odoo rewrite, not a mismatch. */
function isExpectedRewrite(cause) {
	return Object.prototype.hasOwnProperty.call(EXPECTED_LABEL, cause);
}
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
	],
	status: ["status"],
	note: ["note"]
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
		const status = get("status");
		return {
			object: get("object"),
			sourceId: get("sourceId"),
			model: get("model"),
			resId: get("resId"),
			field: get("field"),
			source: get("source"),
			odoo: get("odoo"),
			cause: get("cause") || (status && status !== "mismatch" ? status : "differs"),
			status,
			note: get("note")
		};
	}).filter((d) => d.status !== "match");
}
function filterDiff(rows, f) {
	const field = f.field.trim().toLowerCase();
	return rows.filter((r) => (!f.object || r.object === f.object) && (!f.cause || r.cause === f.cause) && (!field || r.field.toLowerCase().includes(field)));
}
function distinct(rows, key) {
	return [...new Set(rows.map((r) => r[key]).filter(Boolean))].sort();
}
var STATUS_LABEL = {
	not_loaded: "not loaded",
	no_write: "not written (unchanged)",
	differs: "different value"
};
/** Words for a mismatch cause or row status (the bridge's labels), e.g. "truncated in Odoo". */
function causeLabel(cause) {
	return diffCauseLabel(cause) ?? STATUS_LABEL[cause] ?? cause.replace(/_/g, " ");
}
/** Short form for the badge: the label without its parenthesis. */
function causeShort(cause) {
	return causeLabel(cause).replace(/\s*\(.*\)$/, "");
}
/** Badge colour: benign normalizations are informative, lost or unloaded values need a look. */
function causeClass(cause) {
	if (cause === "value_normalized" || cause === "no_write" || isExpectedRewrite(cause)) return "text-bg-info";
	if (cause === "not_loaded" || cause === "field_missing_in_odoo" || cause === "relation_not_resolved") return "text-bg-danger";
	return "text-bg-warning";
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
// bridge/src/core/profile/hll.ts
/** HyperLogLog distinct-count estimator (precision 12: 4096 registers, ~1.6 % standard error). */
function hash32(s) {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	h ^= h >>> 16;
	h = Math.imul(h, 2246822507);
	h ^= h >>> 13;
	h = Math.imul(h, 3266489909);
	h ^= h >>> 16;
	return h >>> 0;
}
var HyperLogLog = class {
	p;
	m;
	reg;
	/** exact set while small (exact answers for low-cardinality columns) */
	exact = /* @__PURE__ */ new Set();
	exactLimit;
	constructor(precision = 12, exactLimit = 2e3) {
		this.p = precision;
		this.m = 1 << precision;
		this.reg = new Uint8Array(this.m);
		this.exactLimit = exactLimit;
	}
	add(value) {
		if (this.exact) {
			this.exact.add(value);
			if (this.exact.size > this.exactLimit) this.exact = null;
		}
		const h = hash32(value);
		const idx = h >>> 32 - this.p;
		const w = h << this.p >>> 0;
		const rank = w === 0 ? 32 - this.p + 1 : Math.clz32(w) + 1;
		if (rank > this.reg[idx]) this.reg[idx] = rank;
	}
	estimate() {
		if (this.exact) return this.exact.size;
		let sum = 0;
		let zeros = 0;
		for (let i = 0; i < this.m; i++) {
			const r = this.reg[i];
			sum += 2 ** -r;
			if (r === 0) zeros++;
		}
		const e = .7213 / (1 + 1.079 / this.m) * this.m * this.m / sum;
		if (e <= 2.5 * this.m && zeros > 0) return Math.round(this.m * Math.log(this.m / zeros));
		return Math.round(e);
	}
};
// bridge/src/core/profile/index.ts
/**
* Streaming column profiler (issue 4): fed row by row, returns per column fill rate, distinct
* estimate, inferred type (email/phone/date/number/money/url/bool/text/enum), top values and
* samples. Pure and isomorphic; memory is bounded per column.
*/
var ColumnState = class {
	name;
	rows = 0;
	filled = 0;
	maxLength = 0;
	hll = new HyperLogLog();
	types = {};
	counts = /* @__PURE__ */ new Map();
	samples = [];
	constructor(name) {
		this.name = name;
	}
};
function isEmpty(v) {
	return v === null || v === void 0 || typeof v === "string" && v.trim() === "";
}
var Profiler$1 = class {
	cols = /* @__PURE__ */ new Map();
	rows = 0;
	o;
	constructor(opts = {}) {
		this.o = {
			topN: opts.topN ?? 10,
			samples: opts.samples ?? 5,
			trackLimit: opts.trackLimit ?? 1e3,
			maxValueLength: opts.maxValueLength ?? 120,
			flatten: opts.flatten ?? true
		};
	}
	col(name) {
		let c = this.cols.get(name);
		if (!c) {
			c = new ColumnState(name);
			c.rows = this.rows - 1;
			this.cols.set(name, c);
		}
		return c;
	}
	flatten(row, prefix, out, depth) {
		for (const [k, v] of Object.entries(row)) {
			const key = prefix ? String(prefix) + "." + String(k) : k;
			if (v !== null && typeof v === "object" && !Array.isArray(v) && this.o.flatten && depth < 3) this.flatten(v, key, out, depth + 1);
			else if (Array.isArray(v)) out.set(key, v.length === 0 ? null : v.every((x) => x === null || typeof x !== "object") ? v.join(";") : "[" + String(v.length) + " items]");
			else out.set(key, v);
		}
	}
	addRow(row) {
		this.rows++;
		const flat = /* @__PURE__ */ new Map();
		this.flatten(row, "", flat, 0);
		for (const c of this.cols.values()) if (!flat.has(c.name)) c.rows++;
		for (const [name, v] of flat) {
			const c = this.col(name);
			c.rows++;
			if (isEmpty(v)) continue;
			c.filled++;
			const s = typeof v === "string" ? v : String(v);
			c.maxLength = Math.max(c.maxLength, s.length);
			const t = classifyValue(v);
			c.types[t] = (c.types[t] ?? 0) + 1;
			const key = s.length > this.o.maxValueLength ? s.slice(0, this.o.maxValueLength) : s;
			c.hll.add(s);
			c.counts.set(key, (c.counts.get(key) ?? 0) + 1);
			if (c.counts.size > this.o.trackLimit) {
				const min = Math.min(...c.counts.values());
				for (const [k, n] of c.counts) if (n <= min) c.counts.delete(k);
			}
			if (c.samples.length < this.o.samples && !c.samples.includes(key)) c.samples.push(key);
		}
	}
	result() {
		return [...this.cols.values()].map((c) => {
			const distinct = c.hll.estimate();
			let best = "text";
			let bestN = 0;
			for (const [t, n] of Object.entries(c.types)) if (n > bestN) [best, bestN] = [t, n];
			let type = c.filled === 0 ? "empty" : best;
			let conf = c.filled ? bestN / c.filled : 0;
			const num = c.types.number ?? 0;
			const money = c.types.money ?? 0;
			if (c.filled && money > 0 && (num + money) / c.filled >= .8) {
				type = "money";
				conf = (num + money) / c.filled;
			} else if (c.filled && conf < .8) {
				type = "text";
				conf = (c.types.text ?? 0) / c.filled;
			}
			if (type === "text" && c.filled >= 10 && distinct <= Math.max(12, Math.ceil(c.filled * .05)) && c.maxLength <= 60) {
				type = "enum";
				conf = 1 - distinct / c.filled;
			}
			const topValues = [...c.counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.o.topN).map(([value, count]) => ({
				value,
				count
			}));
			return {
				name: c.name,
				rows: c.rows,
				filled: c.filled,
				fillRate: c.rows ? c.filled / c.rows : 0,
				distinctEstimate: distinct,
				inferredType: type,
				confidence: Math.round(conf * 1e3) / 1e3,
				typeCounts: { ...c.types },
				topValues,
				samples: [...c.samples],
				maxLength: c.maxLength
			};
		});
	}
};
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
// web/src/profile/column_profile.ts
/**
* Profile of one source file: per column the core profiler's figures (bridge/src/core/profile: fill
* rate, distinct estimate, inferred type, top values, samples), plus what the wizard needs on top:
* the record count, malformed rows (wrong field count / invalid JSON) and owner references.
* Memory is bounded (the core profiler caps tracked values per column).
*/
var Profiler = class {
	core = new Profiler$1({
		samples: 5,
		topN: 12
	});
	owners;
	header = [];
	rows = 0;
	malformed = 0;
	invalidJson = 0;
	/** `objectName` is the detected source object ("users" collects the user rows). */
	constructor(objectName = null) {
		this.owners = new OwnerCollector(objectName);
	}
	setHeader(header) {
		this.header = header;
	}
	/** One CSV record; blank records are ignored, records of the wrong length count as malformed. */
	addCsv(header, record) {
		if (record.every((c) => c.trim() === "")) return;
		this.rows += 1;
		if (record.length !== header.length) {
			this.malformed += 1;
			return;
		}
		const row = {};
		for (let i = 0; i < header.length; i += 1) {
			const name = header[i];
			const cell = record[i] ?? "";
			row[name] = cell;
			this.owners.addCell(name, cell);
		}
		this.core.addRow(row);
		this.owners.addUserRow(row);
	}
	/** One JSON Lines line: top-level keys are columns (nested objects flattened by the core profiler). */
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
		for (const [k, v] of Object.entries(row)) this.owners.addCell(k, v);
		this.core.addRow(row);
		this.owners.addUserRow(row);
	}
	result() {
		const columns = this.core.result();
		for (const h of this.header) if (!columns.some((c) => c.name === h)) columns.push({
			name: h,
			rows: 0,
			filled: 0,
			fillRate: 0,
			distinctEstimate: 0,
			inferredType: "empty",
			confidence: 0,
			typeCounts: {},
			topValues: [],
			samples: [],
			maxLength: 0
		});
		return {
			columns,
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
	const step = opts.sliceBytes ?? 65536;
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
	/** Closes the sticky "review needed" notification once the run leaves the gate. */
	closeGateNotice = null;
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
	/** Server operations run one after the other (a click while a save is in flight waits for it). */
	chain = Promise.resolve();
	guard(fn, errorTitle) {
		this.busy = true;
		const run = async () => {
			try {
				return await fn();
			} catch (e) {
				this.ui.notify(errorMessage(e), {
					type: "danger",
					title: errorTitle
				});
				return;
			}
		};
		const p = this.chain.then(run);
		this.chain = p.finally(() => {
			if (this.chain === settled) this.busy = false;
		});
		const settled = this.chain;
		return p;
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
	/** Back to the "new project" form: nothing of the previous project stays on screen. */
	newProject() {
		this.project = null;
		this.draft = {
			name: "",
			source: this.draft.source,
			scope: this.draft.source === "planplus" ? [...PLANPLUS_OBJECTS] : [...PLEXUS_SCOPE]
		};
		this.resetProjectState();
	}
	resetProjectState() {
		this.audit = {
			required: [],
			optional: [],
			existing: [],
			done: false
		};
		this.uploads = [];
		this.files = [];
		this.mappings = [];
		this.activeMapping = 0;
		this.owners = [];
		this.ownerHints = {};
		this.run = null;
		this.phases = [];
		this.sampleRun = null;
		this.diff = [];
		this.recon = null;
		this.ledgerCounts = {};
		this.rates = new RateTracker();
	}
	async selectProject(id) {
		this.resetProjectState();
		this.project = await this.api.readProject(id);
		this.draft.source = this.project.source;
		this.credentials = {
			url: this.project.plexusUrl,
			stored: this.project.hasPlexusToken
		};
		this.draft.scope = this.project.scope.length ? this.project.scope : this.project.source === "planplus" ? [...PLANPLUS_OBJECTS] : [...PLEXUS_SCOPE];
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
				const lines = proposeObject(src, model, file.parsed.columns, fields).map((p) => ({
					source: p.source,
					target: p.target,
					transform: p.newFieldType ? "new_field:" + String(p.newFieldType) : "",
					confidence: p.confidence,
					reason: p.reason,
					values: p.values
				}));
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
		await this.approveMapping(view.rec.id);
	}
	/**
	* Approves the mapping with this id. Queued behind any save in flight (never dropped), and
	* idempotent: it looks the mapping up when its turn comes and does nothing if it is approved by
	* then (a double click, or a click queued behind the same approval).
	*/
	async approveMapping(mappingId) {
		await this.guard(async () => {
			const view = this.mappings.find((m) => m.rec.id === mappingId);
			if (!view || view.rec.state === "approved") return;
			await this.api.approveLines(view.lines.filter((l) => !l.rec.approved && l.rec.target).map((l) => l.rec.id));
			await this.api.approveMapping(view.rec.id);
			await this.loadMappings();
			this.ui.notify("Mapping " + String(view.rec.object) + " → " + String(view.rec.model) + " approved.", { type: "success" });
		}, "Approval refused");
	}
	async reopen(view) {
		await this.reopenMapping(view.rec.id);
	}
	/** Returns an approved mapping to draft; a no-op when it is a draft by the time its turn comes. */
	async reopenMapping(mappingId) {
		await this.guard(async () => {
			const view = this.mappings.find((m) => m.rec.id === mappingId);
			if (!view || view.rec.state !== "approved") return;
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
		await this.guard(async () => {
			const fb = this.project?.fallbackOwnerId;
			if (!fb) {
				this.ui.notify("Choose the fallback owner first.", { type: "warning" });
				return;
			}
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
			if (this.run.state !== "halted" && this.closeGateNotice) {
				this.closeGateNotice();
				this.closeGateNotice = null;
			}
			if (this.run.state === "halted") this.closeGateNotice = this.ui.notify(this.run.message || "The run halted at a reconciliation gate.", {
				type: "warning",
				title: "Review needed",
				sticky: true
			}) ?? null;
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
		const counts = await this.guard(() => this.api.ledgerCounts(run.id), "Could not read the ledger");
		if (!counts) return;
		this.ledgerCounts = counts;
		const c = counts;
		const n = (x) => (x ?? 0).toLocaleString("en-US");
		const left = this.rollbackHoursLeft;
		if (left !== null && left <= 0) {
			this.ui.notify("The rollback window of this run has closed.", { type: "warning" });
			return;
		}
		if (!await this.ui.confirm({
			title: "Roll back this migration run?",
			body: "This deletes " + String(n(c.create)) + " created records (archives those Odoo refuses to delete), restores " + String(n(c.update)) + " updated records and un-archives " + String(n(c.archive)) + ". " + String(left === null ? "" : String(left) + " hours remain in the rollback window. ") + (force ? "Records edited in Odoo since the migration are rolled back too." : "Records edited in Odoo since the migration are kept and listed."),
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
		else m.newProject();
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
      <t t-foreach="props.model.files" t-as="f" t-key="f.id">
      <tr>
        <td t-esc="f.name"/>
        <td><span t-if="f.object" class="badge text-bg-info" t-esc="f.object"/><span t-else="" class="badge text-bg-warning">not recognised</span></td>
        <td t-esc="f.encoding"/>
        <td class="text-end" t-esc="fmtInt(f.rows)"/>
        <td class="text-end" t-esc="f.parsed ? f.parsed.columns.length : ''"/>
        <td class="small"><t t-if="f.parsed and (f.parsed.malformed or f.parsed.invalidJson)"><t t-set="bad" t-value="f.parsed.malformed + f.parsed.invalidJson"/><span class="text-danger"><t t-esc="bad"/> malformed row<t t-if="bad > 1">s</t></span></t></td>
        <td class="text-end text-nowrap">
          <button t-if="f.parsed" type="button" class="btn btn-link btn-sm o_ferry_profile_toggle" t-att-aria-expanded="state.open === f.id ? 'true' : 'false'" t-att-aria-label="'Column profile of ' + f.name" t-on-click="() => this.toggle(f.id)"><i t-attf-class="fa {{ state.open === f.id ? 'fa-caret-down' : 'fa-caret-right' }} me-1" aria-hidden="true"/>Profile</button>
          <button type="button" class="btn btn-link btn-sm text-danger" t-att-aria-label="'Remove ' + f.name" t-on-click="() => props.model.removeFile(f.id)"><i class="fa fa-trash" aria-hidden="true"/></button>
        </td>
      </tr>
      <tr t-if="state.open === f.id and f.parsed" class="o_ferry_profile">
        <td colspan="7" class="bg-light">
          <table class="table table-sm mb-0">
            <thead><tr><th>Column</th><th>Type</th><th class="text-end">Filled</th><th class="text-end">Distinct</th><th>Top values</th></tr></thead>
            <tbody>
              <tr t-foreach="f.parsed.columns" t-as="c" t-key="c.name">
                <td t-esc="c.name"/>
                <td><span class="badge text-bg-light border" t-esc="c.inferredType"/></td>
                <td class="text-end" t-esc="Math.round(c.fillRate * 100) + '%'"/>
                <td class="text-end" t-esc="'~' + c.distinctEstimate"/>
                <td class="small text-muted text-truncate" style="max-width: 22rem" t-esc="c.topValues.slice(0, 4).map(v => v.value + ' (' + v.count + ')').join(' · ')"/>
              </tr>
            </tbody>
          </table>
        </td>
      </tr>
      </t>
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
		this.state = useState({
			dragging: false,
			open: 0
		});
		this.token = useRef("token");
	}
	fmtBytes = fmtBytes;
	fmtInt = fmtInt;
	pct = pct;
	toggle(id) {
		this.state.open = this.state.open === id ? 0 : id;
	}
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
    <div t-if="view" class="border border-top-0 p-3 o_ferry_mapping" role="tabpanel" t-att-data-object="view.rec.object" t-att-data-state="view.rec.state">
      <div class="d-flex justify-content-between align-items-start mb-2">
        <div>
          <span class="fs-5"><t t-esc="view.rec.object"/> → <code t-esc="view.rec.model"/></span>
          <div t-if="view.rec.state === 'approved'" class="text-success small o_ferry_approved_by">
            Approved by <t t-esc="view.rec.approvedBy"/> on <t t-esc="view.rec.approvedAt"/>
          </div>
        </div>
        <div class="d-flex gap-2">
          <!-- One button element for both actions: it is never swapped or disabled under the pointer
               while the wizard re-renders or saves, so a click always reaches it; the model applies it
               to the mapping shown when it was clicked, once (see WizardModel.approveMapping). -->
          <button type="button" t-att-class="'btn ' + (view.rec.state === 'approved' ? 'btn-secondary o_ferry_reopen' : 'btn-primary o_ferry_approve')"
                  t-att-aria-busy="props.model.busy ? 'true' : 'false'" t-on-click="() => this.onApproveToggle(view.rec.id, view.rec.state)"
                  t-esc="view.rec.state === 'approved' ? 'Back to draft' : 'Approve'"/>
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
		const f = view.fields.find((x) => x.name === line.rec.target);
		if (f?.type === "boolean") return [["1", "Yes"], ["0", "No"]];
		return f?.selection ?? [];
	}
	/** Approve or reopen, as the button read when it was clicked (a repeated click is a no-op). */
	async onApproveToggle(mappingId, shownState) {
		if (shownState === "approved") await this.props.model.reopenMapping(mappingId);
		else await this.props.model.approveMapping(mappingId);
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
          <option t-foreach="props.model.diffOptions('cause')" t-as="c" t-key="c" t-att-value="c" t-esc="causeShort(c)"/>
        </select>
      </div>
    </div>
    <p class="small text-muted o_ferry_diff_count"><t t-esc="props.model.filteredDiff.length"/> of <t t-esc="props.model.diff.length"/> differences</p>
    <table class="table table-sm align-top o_list_table o_ferry_diff">
      <thead><tr><th>Object</th><th>Source ID</th><th>Field</th><th>Source value</th><th>Odoo value</th><th>Cause</th></tr></thead>
      <tbody>
        <tr t-foreach="props.model.filteredDiff.slice(0, 500)" t-as="d" t-key="d_index">
          <td class="text-nowrap" t-esc="d.object"/><td class="text-nowrap" t-esc="d.sourceId"/><td class="text-nowrap"><code t-esc="d.field"/></td>
          <td class="o_ferry_diff_value" style="min-width: 10rem; overflow-wrap: break-word" t-esc="d.source"/><td class="o_ferry_diff_value" style="min-width: 10rem; overflow-wrap: break-word" t-esc="d.odoo"/>
          <td class="text-nowrap"><span t-attf-class="badge {{ causeClass(d.cause) }}" t-att-title="causeLabel(d.cause)" t-esc="causeShort(d.cause)"/><div t-if="d.note" class="small text-muted text-wrap" t-esc="d.note"/></td>
        </tr>
      </tbody>
    </table>
  </t>
  <p t-elif="props.model.sampleRun and props.model.sampleRun.state === 'done'" class="text-success o_ferry_no_diff">The sample landed exactly as mapped: no differences.</p>
  <p t-elif="!props.model.sampleRun" class="text-muted">A sample run loads a connected slice of the data, reads it back from Odoo and compares every field.</p>
  <p t-else="" class="text-muted">Waiting for the Ferry bridge to run the sample…</p>
</div>`;
	static props = { model: Object };
	causeClass = causeClass;
	causeLabel = causeLabel;
	causeShort = causeShort;
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
    <button t-if="!props.model.runActive" type="button" class="btn btn-primary o_ferry_start_run" t-att-disabled="props.model.busy or !props.model.canStartRun" t-on-click="() => props.model.startRun()" t-esc="run and run.state === 'done' ? 'Run again (idempotent: unchanged records are skipped)' : 'Start migration run'"/>
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
        <span class="me-3"><span class="o_ferry_legend d-inline-block align-middle rounded-1 me-1" t-attf-style="width: 0.8rem; height: 0.8rem; background: {{ colors.landed }}"/> landed</span>
        <span class="me-3"><span class="o_ferry_legend d-inline-block align-middle rounded-1 me-1" t-attf-style="width: 0.8rem; height: 0.8rem; background: {{ colors.other }}"/> merged / documented / validated</span>
        <span class="me-3"><span class="o_ferry_legend d-inline-block align-middle rounded-1 me-1" t-attf-style="width: 0.8rem; height: 0.8rem; background: {{ colors.skipped }}"/> skipped</span>
        <span><span class="o_ferry_legend d-inline-block align-middle rounded-1 me-1" t-attf-style="width: 0.8rem; height: 0.8rem; background: {{ colors.rejected }}"/> rejected</span>
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
          <tbody><tr t-foreach="props.model.recon.fillRates" t-as="f" t-key="f.field"><td><code t-esc="f.field"/></td><td class="text-end" t-esc="pct(f.source)"/><td t-attf-class="text-end {{ f.odoo + 0.005 &lt; f.source ? 'text-danger' : '' }}" t-esc="pct(f.odoo)"/></tr></tbody>
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
	pct = pct;
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
/** Bus notification type the addon sends on every run change (ferry.run BUS_TYPE). */
var PROGRESS_BUS_TYPE = "ferry.run/progress";
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
			const close = notification.add(message, options);
			return typeof close === "function" ? close : void 0;
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
		const bus = this.env.services?.bus_service;
		const onProgress = (payload) => {
			const id = payload?.id;
			const m = this.model;
			if (m.run && id === m.run.id) this.tick();
			else if (m.sampleRun && id === m.sampleRun.id) this.tick();
		};
		bus?.subscribe(PROGRESS_BUS_TYPE, onProgress);
		onWillUnmount(() => {
			clearInterval(timer);
			bus?.unsubscribe(PROGRESS_BUS_TYPE, onProgress);
		});
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
