# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl-3.0).
"""Run lifecycle of ``ferry.run``: states, types and allowed transitions.

Plain Python (no ORM), in the spirit of OCA queue_job's ``job.py``: the model stays thin and
asks this module whether a transition is allowed.
"""

QUEUED = "queued"
CLAIMED = "claimed"
RUNNING = "running"
HALTED = "halted"
PAUSED = "paused"
DONE = "done"
FAILED = "failed"

STATES = [
    (QUEUED, "Queued"),
    (CLAIMED, "Claimed"),
    (RUNNING, "Running"),
    (HALTED, "Halted at gate"),
    (PAUSED, "Paused"),
    (DONE, "Done"),
    (FAILED, "Failed"),
]

#: States in which a sidecar holds the lease.
LEASED = (CLAIMED, RUNNING)
#: States a run never leaves.
FINAL = (DONE, FAILED)

AUDIT = "audit"
SAMPLE = "sample"
FULL = "full"
DELTA = "delta"
ROLLBACK = "rollback"

RUN_TYPES = [
    (AUDIT, "Audit"),
    (SAMPLE, "Sample"),
    (FULL, "Full"),
    (DELTA, "Delta"),
    (ROLLBACK, "Rollback"),
]

#: Allowed transitions: state -> states it may move to.
TRANSITIONS = {
    QUEUED: {CLAIMED, PAUSED, FAILED},
    CLAIMED: {RUNNING, QUEUED, HALTED, PAUSED, DONE, FAILED},
    RUNNING: {QUEUED, HALTED, PAUSED, DONE, FAILED},
    HALTED: {QUEUED, FAILED},
    PAUSED: {QUEUED, FAILED},
    DONE: set(),
    FAILED: set(),
}

#: Ledger operations (mapping.md §1.2) and outcomes (sources.md C.1).
OPERATIONS = [
    ("create", "Create"),
    ("update", "Update"),
    ("archive", "Archive"),
    ("delete", "Delete"),
]
OUTCOMES = [
    ("loaded", "Loaded"),
    ("merged", "Merged"),
    ("skipped", "Skipped"),
    ("rejected", "Rejected"),
    ("documented", "Documented"),
    ("validated", "Validated"),
]
SOURCE_SYSTEMS = [("plexus", "Plexus Software"), ("planplus", "PlanPlus Online")]

#: Phase counters the bridge reports (mapping.md §7).
COUNTERS = ("source", "landed", "rejected", "skipped")


class TransitionError(Exception):
    """A run was asked to move to a state it cannot reach from its current one."""


def can_transition(current, target):
    return target in TRANSITIONS.get(current, set())


def check_transition(current, target):
    if not can_transition(current, target):
        raise TransitionError(f"run cannot go from {current!r} to {target!r}")
