#!/usr/bin/env python3
"""expected.py: recompute every expected set / fact of questions.jsonl from status.json + due.json by the
conventions (CONV-Q.md + README.md of this folder), reading only each question's intent and filters.
Prints "N questions; differences: D"."""
import json, os, sys, datetime as dt
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__))
ST = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY = {s["gemeente"]: s for s in ST}
UNIVERSE = [s for s in ST if s["case"]]
NO_REPLY = {d["cbs_code"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}

def aslist(v): return v if isinstance(v, list) else [v]

def interval(e):
    if not e: return None
    y = int(e[:4])
    if len(e) == 10: return dt.date.fromisoformat(e), dt.date.fromisoformat(e)
    if "-Q" in e: a, b = 3 * int(e[-1]) - 2, 3 * int(e[-1])
    elif "-H" in e: a, b = 6 * int(e[-1]) - 5, 6 * int(e[-1])
    elif len(e) == 7: a = b = int(e[5:])
    else: a, b = 1, 12
    first = dt.date(y, a, 1)
    last = dt.date(y + b // 12, b % 12 + 1, 1) - dt.timedelta(days=1)
    return first, last

def state_holds(st, s):
    k = s["case"]
    return {
        "no_reply": lambda: s["cbs_code"] in NO_REPLY,
        "unanswered": lambda: not k["answered"],
        "answered": lambda: bool(k["answered"]),
        "late": lambda: bool(k["answered"]) and k["reply_on_time"] is False,
        "on_time": lambda: bool(k["answered"]) and k["reply_on_time"] is True,
        "incomplete": lambda: k["state"] == "answered_incomplete",
        "complete": lambda: k["state"] == "answered_complete",
        "extended": lambda: bool(k["extension_requested"]),
        "suspended": lambda: bool(k["suspended"]),
    }[st]()

def matches(f, s):
    k = s["case"]
    if "province" in f and s["province"] not in aslist(f["province"]): return False
    if "not_province" in f and s["province"] in aslist(f["not_province"]): return False
    if "not_gemeente" in f and s["gemeente"] in aslist(f["not_gemeente"]): return False
    if "trede" in f and k["trede"] != f["trede"]: return False
    if "not_trede" in f and k["trede"] in aslist(f["not_trede"]): return False
    if "owner" in f and k["owner"] != f["owner"]: return False
    if f.get("no_owner") and k["owner"] is not None: return False
    if "letter_undelivered" in f and bool(k["letter_undelivered"]) != f["letter_undelivered"]: return False
    if "compliance" in f and k["compliance"] != f["compliance"]: return False
    if any(not state_holds(x, s) for x in f.get("state", [])): return False
    if any(state_holds(x, s) for x in f.get("not_state", [])): return False
    if any(m not in k["missing"] for m in f.get("missing", [])): return False
    if "reason" in f and f["reason"] not in s["reasons"]: return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(s["expected_date"])
        if iv is None: return False
        if "expected_before" in f and not iv[1] < dt.date.fromisoformat(f["expected_before"]): return False
        if "expected_after" in f and not iv[0] > dt.date.fromisoformat(f["expected_after"]): return False
    if "termijn_from" in f or "termijn_to" in f:
        t = k["termijn"]
        if t is None: return False
        if "termijn_from" in f and t < f["termijn_from"]: return False
        if "termijn_to" in f and t > f["termijn_to"]: return False
    return True

def day(ts): return dt.datetime.fromisoformat(ts).astimezone(ZoneInfo("Europe/Amsterdam")).date()

def fact_value(q):
    f = q["filters"]; it = q["intent"]
    if it == "overview":
        return {"cases": len(UNIVERSE), "no_reply": len(NO_REPLY),
                "answered": sum(1 for s in UNIVERSE if s["case"]["answered"]),
                "extended": sum(1 for s in UNIVERSE if s["case"]["extension_requested"])}
    if it not in ("fact", "status"): return None
    s = BY[f["gemeente"]]; k = s["case"]
    if it == "status":
        return {"trede": k["trede"], "state": k["state"], "compliance": k["compliance"], "owner": k["owner"],
                "termijn": k["termijn"], "answered": k["answered"], "overdue": k["overdue"], "missing": k["missing"],
                "expected_date": s["expected_date"], "realised_total": s["realised_total"],
                "planned_total": s["planned_total"]}
    kind = f["fact"]
    if kind == "reply":
        if not k["answered"]:
            return {"answered": False, "reply_date": None, "on_time": None, "days_before_termijn": None}
        d = day(k["reply_at"])
        return {"answered": True, "reply_date": d.isoformat(), "on_time": k["reply_on_time"],
                "days_before_termijn": (dt.date.fromisoformat(k["termijn"]) - d).days if k["termijn"] else None}
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"]} for m in s["messages"]
                if day(m["received_at"]).isoformat() == f["date"]]
    return {"places": {"realised_total": s["realised_total"], "planned_total": s["planned_total"]},
            "expected": s["expected_date"], "owner": k["owner"], "missing": k["missing"], "termijn": k["termijn"],
            "trede": k["trede"], "compliance": k["compliance"], "reasons": s["reasons"]}[kind]

def main():
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8")]
    diffs = 0
    ids = {q["id"] for q in qs}
    for q in qs:
        if q["intent"] in ("list", "count"):
            g = sorted(s["gemeente"] for s in UNIVERSE if matches(q["filters"], s))
            want = (g, len(g))
        else:
            want = ([], None)
        got = (q["expected_gemeenten"], q["count"])
        probs = []
        if got != want: probs.append(f"set {got[1]} vs {want[1]}: +{sorted(set(got[0])-set(want[0]))} -{sorted(set(want[0])-set(got[0]))}")
        if q.get("expected_fact") != fact_value(q): probs.append(f"fact {q.get('expected_fact')!r} vs {fact_value(q)!r}")
        if any(a not in ids or a >= q["id"] for a in q["after"]): probs.append("bad after")
        g = q["filters"].get("gemeente")
        if g and g not in BY: probs.append(f"unknown gemeente {g}")
        if probs:
            diffs += 1
            print(q["id"], q["q"], "|", "; ".join(probs))
    print(f"{len(qs)} questions; differences: {diffs}")
    return 1 if diffs else 0

if __name__ == "__main__":
    sys.exit(main())
