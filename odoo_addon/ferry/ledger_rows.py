# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Normalize ledger rows sent by the bridge (plain Python, no ORM).

Accepts the addon's field names and the bridge's local ``ledger.jsonl`` names
(``bridge/src/run/ledger.ts`` ``LedgerEntry``) so a sidecar can mirror its local ledger as is.
"""

FIELDS = (
    "phase", "source_system", "source_object", "source_id", "source_row", "outcome", "code",
    "flags", "res_model", "res_id", "xmlid", "operation", "previous_values", "source_hash", "side_effect_of",
    "bridge_run", "ledger_seq",
)
#: bridge name -> addon field. ``run`` is the bridge's own run id and ``seq`` the line's number in
#: its ledger.jsonl: together the key that makes mirroring a line twice harmless.
ALIASES = {
    "source": "source_system", "object": "source_object", "model": "res_model", "previous": "previous_values",
    "run": "bridge_run", "seq": "ledger_seq",
}
#: bridge keys the server ignores: the time comes from the server clock.
IGNORED = {"time"}
#: Operations that wrote to Odoo keep their name; the others record a decision, not a write.
WRITE_OPERATIONS = {"create", "update", "archive", "delete"}
OPERATION_MAP = {"restore": "update", "unchanged": False, "reject": False, "skip": False}
OUTCOMES = {"loaded", "merged", "skipped", "rejected", "documented", "validated"}
#: Delta outcome names (mapping.md §1.2) -> C.1 outcome; the delta name is kept in ``code``.
DELTA_OUTCOMES = {
    "created": "loaded", "updated": "loaded", "deleted": "loaded",
    "unchanged": "skipped", "ignored_unknown_delete": "skipped", "conflict": "skipped",
}


class LedgerRowError(ValueError):
    pass


def normalize_ledger_row(row):
    """Return ``row`` as ferry.ledger values; raise LedgerRowError on unknown keys or values."""
    if not isinstance(row, dict):
        raise LedgerRowError(f"ledger row must be an object, got {type(row).__name__}")
    vals = {}
    for key, value in row.items():
        if key in IGNORED:
            continue
        field = ALIASES.get(key, key)
        if field not in FIELDS:
            raise LedgerRowError(f"unknown ledger key {key!r}")
        vals[field] = value
    op = vals.get("operation")
    if op and op not in WRITE_OPERATIONS:
        if op not in OPERATION_MAP:
            raise LedgerRowError(f"unknown ledger operation {op!r}")
        vals["operation"] = OPERATION_MAP[op]
    outcome = vals.get("outcome")
    if outcome not in OUTCOMES:
        if outcome in DELTA_OUTCOMES:
            vals["outcome"] = DELTA_OUTCOMES[outcome]
            if not vals.get("code"):
                vals["code"] = outcome
        else:
            raise LedgerRowError(f"unknown ledger outcome {outcome!r}")
    if vals.get("source_id") is not None and not isinstance(vals["source_id"], str):
        vals["source_id"] = str(vals["source_id"])
    seq = vals.get("ledger_seq")
    if seq is not None and (isinstance(seq, bool) or not isinstance(seq, int) or seq < 1):
        raise LedgerRowError(f"ledger line number (seq) must be a positive integer, got {seq!r}")
    if seq is not None and not vals.get("bridge_run"):
        raise LedgerRowError("a ledger line number (seq) needs the bridge run id (run)")
    return vals
