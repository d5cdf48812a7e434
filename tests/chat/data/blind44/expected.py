"""Generic engine: answer set / fact from intent + filters only; compared with the hand-made expectations
in questions44_with_expected_sets.jsonl. Must print 'differences: 0'."""
import json, sys
from datetime import date
from common import (load, cases, no_reply_set, interval, reply_fact, wrote_fact, status_fact, HERE)

ST, DUE = load()
CASES = cases(ST)
NOREPLY = no_reply_set(DUE)

def as_list(x):
    return x if isinstance(x, list) else [x]

def state_holds(s, g, v):
    c = v["case"]
    return {
        "no_reply": g in NOREPLY,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": bool(c["answered"]) and c["reply_on_time"] is False,
        "on_time": bool(c["answered"]) and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": bool(c["extension_requested"]),
        "suspended": bool(c["suspended"]),
    }[s]

def match(f, g, v):
    c = v["case"]
    if "gemeente" in f and g not in as_list(f["gemeente"]):
        return False
    if "province" in f and v["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and v["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and g in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if "letter_undelivered" in f and bool(c["letter_undelivered"]) != f["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    for s in f.get("state", []):
        if not state_holds(s, g, v):
            return False
    for s in f.get("not_state", []):
        if state_holds(s, g, v):
            return False
    for m in f.get("missing", []):
        if m not in c["missing"]:
            return False
    if "reason" in f and not all(r in v["reasons"] for r in as_list(f["reason"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(v["expected_date"])
        if iv is None:
            return False
        if "expected_before" in f and not iv[1] < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not iv[0] > date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = date.fromisoformat(c["termijn"])
        if "termijn_from" in f and t < date.fromisoformat(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > date.fromisoformat(f["termijn_to"]):
            return False
    return True

def fact(f):
    v = ST[f["gemeente"]]
    c = v["case"]
    k = f["fact"]
    if k == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"]}
    if k == "expected":
        return v["expected_date"]
    if k == "owner":
        return c["owner"]
    if k == "missing":
        return c["missing"]
    if k == "termijn":
        return c["termijn"]
    if k == "reply":
        return reply_fact(v)
    if k == "reasons":
        return v["reasons"]
    if k == "trede":
        return c["trede"]
    if k == "compliance":
        return c["compliance"]
    if k == "wrote":
        return wrote_fact(v, f["date"])
    raise ValueError(k)

def answer(q):
    it, f = q["intent"], q["filters"]
    if it in ("list", "count"):
        gs = sorted(g for g, v in CASES.items() if match(f, g, v))
        return gs, len(gs), None
    if it == "fact":
        return [], None, fact(f)
    if it == "status":
        return [], None, status_fact(ST[f["gemeente"]])
    return [], None, None

def main(path=f"{HERE}/questions44_with_expected_sets.jsonl"):
    diffs = 0
    n = 0
    for line in open(path, encoding="utf-8"):
        q = json.loads(line); n += 1
        gs, cnt, fc = answer(q)
        if gs != q["expected_gemeenten"] or cnt != q["count"] or fc != q["expected_fact"]:
            diffs += 1
            print("DIFF", q["id"], q["q"])
            print("  engine:", cnt, gs, fc)
            print("  hand:  ", q["count"], q["expected_gemeenten"], q["expected_fact"])
    print(f"questions: {n}")
    print(f"differences: {diffs}")

if __name__ == "__main__":
    main(*sys.argv[1:])
