"""Deciding what each incoming response is: new, the same as a stored one, a completion of one,
or a conflict with one (see :mod:`core.project.imports`)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from core.project import assessments as store
from core.project import encode


def classify(conn, live: pd.DataFrame, toolkit_id: str, answers: pd.DataFrame) -> None:
    """Set ``action`` (add/same/update/conflict), ``match_id`` and ``uid`` of each live row."""
    existing = pd.DataFrame(conn.execute(
        "SELECT id, company_id, assessed_on, answers_hash, kobo_uuid, status, conflicts_with, uid "
        "FROM assessments WHERE toolkit_id = ?", (toolkit_id,)).fetchall(),
        columns=["id", "company_id", "assessed_on", "hash", "kobo_uuid", "status", "conflicts_with", "uid"])
    current = existing[existing["status"] == "current"]
    live["key"] = live["company_id"] + "\x1f" + live["assessed_on"]
    by_key = dict(zip(current["company_id"] + "\x1f" + current["assessed_on"], current["id"]))
    by_kobo = dict(zip(current["kobo_uuid"].dropna(), current.loc[current["kobo_uuid"].notna(), "id"]))
    match = live["kobo_uuid"].map(by_kobo)
    match = match.where(match.notna(), live["key"].map(by_key))
    live["match_id"] = match
    live["action"] = np.where(match.isna(), "add", "check")
    # a response without a date in the file is the same assessment when its answers are
    # (otherwise re-importing it on another day would add it again)
    by_content = dict(zip(current["company_id"] + "\x1f" + current["hash"], current["id"]))
    content = (live["company_id"] + "\x1f" + live["hash"]).map(by_content)
    live.loc[live["undated"] & match.isna() & content.notna(), "action"] = "same"
    live["conflicts_with"] = None
    dup = live["key"].duplicated().to_numpy()
    live.loc[dup, "action"] = "dup"
    checking = live["action"].eq("check").to_numpy()
    if checking.any():
        hash_of = dict(zip(existing["id"], existing["hash"]))
        waiting = set(zip(existing["conflicts_with"], existing["hash"]))
        same = checking & (live["match_id"].map(hash_of) == live["hash"]).to_numpy()
        live.loc[same, "action"] = "same"
        for i in live.index[checking & ~same]:
            mid = int(live.at[i, "match_id"])
            if (mid, live.at[i, "hash"]) in waiting:
                live.at[i, "action"] = "same"
                continue
            old = store.stored_answers(conn, mid)[0]
            new = encode.canonical(answers.iloc[[int(live.at[i, "pos"])]]).iloc[0].to_dict()
            verdict = store.answers_equal_or_more(old, new)
            live.at[i, "action"] = {"same": "same", "more": "update"}.get(verdict, "conflict")
            live.at[i, "conflicts_with"] = mid if verdict == "different" else None


def point_duplicates(live: pd.DataFrame) -> None:
    """Later rows repeating a key inside one file: unchanged if identical, else a conflict."""
    dup = live["action"].eq("dup").to_numpy()
    if not dup.any():
        return
    first = live[~dup].drop_duplicates("key").set_index("key")
    target = np.where(first["match_id"].notna(), first["match_id"], first["id"])
    target_of = dict(zip(first.index, target))
    hash_of = dict(zip(first.index, first["hash"]))
    same = live["hash"].to_numpy() == live["key"].map(hash_of).to_numpy()
    live.loc[dup & same, "action"] = "same"
    conflict = dup & ~same
    if conflict.any():
        live.loc[conflict, "action"] = "conflict"
        live.loc[conflict, "conflicts_with"] = live.loc[conflict, "key"].map(target_of)


def rounds(conn, live: pd.DataFrame, toolkit_id: str, explicit: int | None) -> pd.Series:
    if explicit is not None:
        return pd.Series(explicit, index=live.index, dtype="Int64")
    old = pd.DataFrame(conn.execute("SELECT company_id, assessed_on FROM assessments WHERE "
                                    "toolkit_id = ? AND status = 'current'", (toolkit_id,)).fetchall(),
                       columns=["company_id", "assessed_on"])
    both = pd.concat([old, live[["company_id", "assessed_on"]]], ignore_index=True)
    rank = both.groupby("company_id")["assessed_on"].rank(method="dense").astype("Int64")
    return pd.Series(rank.iloc[len(old):].to_numpy(), index=live.index)
