"""The client's push: the payload is stored in the replica before it is sent, so a push cut off
(a killed process, a dropped connection) is sent again unchanged and the server applies it once."""
from __future__ import annotations

import json
import uuid
from dataclasses import replace

from core.project.db import transaction
from core.sync import records as rec
from core.sync import replica
from core.sync.serverside import Change, receive_push


def prepare(conn, tables: tuple[rec.Table, ...]) -> replica.State | None:
    """Store the next push (id and payload) in the replica unless one is already waiting;
    returns the state holding it, or None when there is nothing to push."""
    state = replica.read_state(conn)
    if state.pending_push_id:
        return state
    changes = replica.local_changes(conn, tables)
    if not changes:
        return None
    payload = json.dumps([c.to_json() for c in changes], ensure_ascii=False)
    state = replace(state, pending_push_id=str(uuid.uuid4()), pending_payload=payload)
    with transaction(conn):
        replica.write_state(conn, state)
    return state


def send(conn, server, tables: tuple[rec.Table, ...], state: replica.State) -> dict:
    """Send the waiting push and record the server's answer in the replica: the records it
    applied (or already had) become the new bases."""
    changes = [Change.from_json(c) for c in json.loads(state.pending_payload)]
    answer = receive_push(server, tables, state.pending_push_id, changes)
    accepted = {(t, k) for t, k in answer["applied"]}
    with transaction(conn):
        replica.set_bases(conn, [(c.table, c.key, c.hash) for c in changes
                                 if (c.table, c.key) in accepted])
        replica.write_state(conn, replace(replica.read_state(conn), pending_push_id=None,
                                          pending_payload=None))
    return answer


def push(conn, server, tables: tuple[rec.Table, ...]) -> tuple[int, list]:
    """Send a push left waiting by a cut, then the local changes; returns (records applied,
    records the server refused)."""
    applied, refused = 0, []
    left = replica.read_state(conn)
    for state in (left if left.pending_push_id else None, "fresh"):
        if state == "fresh":
            state = prepare(conn, tables)
        if state is None:
            continue
        answer = send(conn, server, tables, state)
        applied += len(answer["applied"])
        refused += answer["refused"]
    return applied, refused
