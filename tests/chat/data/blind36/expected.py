#!/usr/bin/env python3
"""Recompute every expected set from `intent` + `filters` alone (generic filter engine over
status.json / due.json) and compare with questions36_with_expected_sets.jsonl."""
import calendar, json, os, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
universe = [s for s in status if s["case"] is not None]
overdue_no_reply = {o["gemeente"] for o in due if o["section"] == "overdue" and o["kind"] == "no_reply"}


def interval(v):
    if not v:
        return None
    y = int(v[:4])
    if len(v) == 10:
        d = date.fromisoformat(v)
        return (d, d)
    tail = v[5:]
    if tail[0] == "Q":
        a, b = 3 * int(tail[1]) - 2, 3 * int(tail[1])
    elif tail[0] == "H":
        a, b = (1, 6) if tail[1] == "1" else (7, 12)
    else:
        a = b = int(tail)
    return (date(y, a, 1), date(y, b, calendar.monthrange(y, b)[1]))


def has_state(s, st):
    k = s["case"]
    if st == "no_reply":
        return s["gemeente"] in overdue_no_reply
    if st == "unanswered":
        return not k["answered"]
    if st == "answered":
        return bool(k["answered"])
    if st == "late":
        return bool(k["answered"]) and k["reply_on_time"] is False
    if st == "on_time":
        return bool(k["answered"]) and k["reply_on_time"] is True
    if st == "incomplete":
        return k["state"] == "answered_incomplete"
    if st == "complete":
        return k["state"] == "answered_complete"
    if st == "extended":
        return bool(k["extension_requested"])
    if st == "suspended":
        return bool(k["suspended"])
    raise ValueError(st)


def as_list(v):
    return v if isinstance(v, list) else [v]


def keep(s, f):
    k = s["case"]
    if "province" in f and s["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and s["gemeente"] in as_list(f["not_gemeente"]):
        return False
    if "gemeente" in f and s["gemeente"] != f["gemeente"]:
        return False
    if "trede" in f and k["trede"] != f["trede"]:
        return False
    if "not_trede" in f and k["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and k["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and k["owner"] is not None:
        return False
    if f.get("letter_undelivered") and not k["letter_undelivered"]:
        return False
    if "compliance" in f and k["compliance"] != f["compliance"]:
        return False
    if any(not has_state(s, st) for st in f.get("state", [])):
        return False
    if any(has_state(s, st) for st in f.get("not_state", [])):
        return False
    if any(e not in k["missing"] for e in f.get("missing", [])):
        return False
    if "reason" in f and not set(as_list(f["reason"])) <= set(s["reasons"]):
        return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(s["expected_date"])
        if iv is None:
            return False
        if "expected_before" in f and not iv[1] < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not iv[0] > date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        t = k["termijn"]
        if t is None:
            return False
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    return True


LISTING = {"list", "count"}
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions36_with_expected_sets.jsonl"), encoding="utf-8")]
ids = {x["id"] for x in qs}
diffs = 0
for x in qs:
    if x["intent"] in LISTING:
        got = sorted(s["gemeente"] for s in universe if keep(s, x["filters"]))
        cnt = len(got)
    else:
        got, cnt = [], None
        if x["intent"] in ("fact", "status") and x["filters"].get("gemeente") not in {s["gemeente"] for s in status}:
            print(x["id"], "unknown gemeente", x["filters"]); diffs += 1
    if got != x["expected_gemeenten"] or cnt != x["count"]:
        diffs += 1
        print(x["id"], "DIFF", sorted(set(got) ^ set(x["expected_gemeenten"])), cnt, x["count"])
    if any(a not in ids or a >= x["id"] for a in x["after"]):
        diffs += 1
        print(x["id"], "bad after", x["after"])
print(f"{len(qs)} questions; differences: {diffs}")
sys.exit(1 if diffs else 0)
