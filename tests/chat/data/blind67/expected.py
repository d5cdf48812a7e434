#!/usr/bin/env python3
"""Independent recomputation of every expected set/fact in questions67_with_expected_sets.jsonl
from the dumps (python expected.py [DUMPDIR]); prints "differences: N"."""
import json, sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

folder = sys.argv[1] if len(sys.argv) > 1 else "dumps"
status = json.load(open(f"{folder}/status.json", encoding="utf-8"))
due = json.load(open(f"{folder}/due.json", encoding="utf-8"))
universe = {g: s for g, s in status.items() if s.get("case") is not None}
overdue_no_reply = set()
for item in due:
    if item["section"] == "overdue" and item["kind"] == "no_reply":
        overdue_no_reply.add(item["gemeente"])


def bounds(e):
    parts = e.split("-")
    y = int(parts[0])
    if len(parts) == 3:
        d = date(y, int(parts[1]), int(parts[2]))
        return d, d
    p = parts[1]
    if p.startswith("Q"):
        first_m = (int(p[1]) - 1) * 3 + 1
        last_m = first_m + 2
    elif p.startswith("H"):
        first_m = 1 if p == "H1" else 7
        last_m = first_m + 5
    else:
        first_m = last_m = int(p)
    nxt = date(y + 1, 1, 1) if last_m == 12 else date(y, last_m + 1, 1)
    return date(y, first_m, 1), nxt - timedelta(days=1)


STATES = {
    "no_reply": lambda g, c: g in overdue_no_reply,
    "unanswered": lambda g, c: c["answered"] is False,
    "answered": lambda g, c: c["answered"] is True,
    "late": lambda g, c: c["answered"] is True and c["reply_on_time"] is False,
    "on_time": lambda g, c: c["answered"] is True and c["reply_on_time"] is True,
    "incomplete": lambda g, c: c["state"] == "answered_incomplete",
    "complete": lambda g, c: c["state"] == "answered_complete",
    "extended": lambda g, c: c["extension_requested"] is True,
}


def L(v):
    return v if isinstance(v, list) else ([] if v is None else [v])


def keep(g, f):
    s = universe[g]
    c = s["case"]
    tests = []
    for k, v in f.items():
        if k == "province":
            tests.append(s["province"] in L(v))
        elif k == "not_province":
            tests.append(s["province"] not in L(v))
        elif k == "not_gemeente":
            tests.append(g not in L(v))
        elif k == "trede":
            tests.append(c["trede"] in L(v))
        elif k == "not_trede":
            tests.append(c["trede"] not in L(v))
        elif k == "owner":
            tests.append(c["owner"] == v)
        elif k == "no_owner":
            tests.append((c["owner"] is None) == v)
        elif k == "letter_undelivered":
            tests.append(c["letter_undelivered"] == v)
        elif k == "compliance":
            tests.append(c["compliance"] in L(v))
        elif k == "state":
            tests.append(all(STATES[x](g, c) for x in v))
        elif k == "not_state":
            tests.append(not any(STATES[x](g, c) for x in v))
        elif k == "missing":
            tests.append(set(v) <= set(c["missing"] or []))
        elif k == "reason":
            tests.append(set(L(v)) <= set(s["reasons"] or []))
        elif k == "expected_before":
            tests.append(s["expected_date"] is not None and bounds(s["expected_date"])[1] < date.fromisoformat(v))
        elif k == "expected_after":
            tests.append(s["expected_date"] is not None and bounds(s["expected_date"])[0] > date.fromisoformat(v))
        elif k == "termijn_from":
            tests.append(c["termijn"] is not None and c["termijn"] >= v)
        elif k == "termijn_to":
            tests.append(c["termijn"] is not None and c["termijn"] <= v)
        else:
            raise SystemExit(f"unknown filter {k}")
    return all(tests)


def day(ts):
    return datetime.fromisoformat(ts).astimezone(ZoneInfo("Europe/Amsterdam")).date()


def fact(f, which):
    s = universe[f["gemeente"]]
    c = s["case"]
    if which == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "missing": c["missing"],
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"],
                "expected_date": s["expected_date"]}
    simple = {"expected": s["expected_date"], "owner": c["owner"], "missing": c["missing"], "termijn": c["termijn"],
              "reasons": s["reasons"], "trede": c["trede"], "compliance": c["compliance"],
              "places": {"realised": s["realised_total"], "planned": s["planned_total"]}}
    if which in simple:
        return simple[which]
    if which == "reply":
        if not (c["answered"] and c["reply_at"]):
            return {"reply_at": None, "on_time": None, "days_late": None, "termijn": c["termijn"]}
        r = day(c["reply_at"])
        t = date.fromisoformat(c["termijn"]) if c["termijn"] else None
        return {"reply_at": str(r), "on_time": c["reply_on_time"], "termijn": c["termijn"],
                "days_late": None if t is None else max(0, (r - t).days)}
    if which == "wrote":
        return [{"received_at": m["received_at"], "kind": m["kind"], "subject": m["subject"]}
                for m in s["messages"] if str(day(m["received_at"])) == f["date"]]
    raise SystemExit(which)


diffs = 0
rows = [json.loads(l) for l in open("questions67_with_expected_sets.jsonl", encoding="utf-8")]
seen = set()
for r in rows:
    assert r["id"] not in seen and 67001 <= r["id"] <= 67100
    seen.add(r["id"])
    assert all(a in seen for a in r["after"]), r["id"]
    if r["intent"] in ("list", "count"):
        exp = sorted(g for g in universe if keep(g, r["filters"]))
        ok = exp == r["expected_gemeenten"] and r["count"] == len(exp) and r["expected_fact"] is None
    else:
        want = None
        if r["intent"] == "facts":
            want = fact(r["filters"], r["filters"]["fact"])
        elif r["intent"] == "status":
            want = fact(r["filters"], "status")
        ok = r["expected_gemeenten"] == [] and r["count"] is None and r["expected_fact"] == want
    if not ok:
        diffs += 1
        print("DIFF", r["id"], r["q"])
print(len(rows), "questions; differences:", diffs)
