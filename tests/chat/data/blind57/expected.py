#!/usr/bin/env python3
"""Second, independent check of questions57_with_expected_sets.jsonl against status.json / due.json.
Does not import engine.py or make_questions.py. Prints "differences: N"."""
import json, re, sys
from datetime import date, datetime, timedelta, timezone

status = {o["gemeente"]: o for o in json.load(open("status.json", encoding="utf-8"))}
due = json.load(open("due.json", encoding="utf-8"))
universe = {g for g, o in status.items() if o["case"] is not None}
overdue_no_reply = {r["gemeente"] for r in due if (r["section"], r["kind"]) == ("overdue", "no_reply")}


def amsterdam(ts):
    """UTC ISO timestamp -> Europe/Amsterdam wall time (EU DST rule: last Sunday of March/October, 01:00 UTC)."""
    t = datetime.fromisoformat(ts).astimezone(timezone.utc)
    def last_sunday(y, m):
        d = date(y, m + 1, 1) - timedelta(days=1)
        return d - timedelta(days=(d.weekday() - 6) % 7)
    start = datetime.combine(last_sunday(t.year, 3), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    end = datetime.combine(last_sunday(t.year, 10), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    return (t + timedelta(hours=2 if start <= t < end else 1)).replace(tzinfo=None)


def span(s):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?", s)
    y = int(m.group(1))
    if m.group(3):
        d = date(y, int(m.group(2)), int(m.group(3))); return d, d
    if m.group(2):
        lo, hi = int(m.group(2)), int(m.group(2))
    elif m.group(4):
        lo = 3 * int(m.group(4)) - 2; hi = lo + 2
    elif m.group(5):
        lo = 1 if m.group(5) == "1" else 7; hi = lo + 5
    else:
        lo, hi = 1, 12
    end = (date(y + 1, 1, 1) if hi == 12 else date(y, hi + 1, 1)) - timedelta(days=1)
    return date(y, lo, 1), end


STATE = {
    "no_reply": lambda g, c: g in overdue_no_reply,
    "unanswered": lambda g, c: c["answered"] is not True,
    "answered": lambda g, c: c["answered"] is True,
    "late": lambda g, c: c["answered"] is True and c["reply_on_time"] is False,
    "on_time": lambda g, c: c["answered"] is True and c["reply_on_time"] is True,
    "incomplete": lambda g, c: c["state"] == "answered_incomplete",
    "complete": lambda g, c: c["state"] == "answered_complete",
    "suspended": lambda g, c: c["suspended"] is True,
    "extended": lambda g, c: c["extension_requested"] is True,
}


def L(v):
    return list(v) if isinstance(v, list) else [v]


def compute(f):
    keep = set(universe)
    for key, val in f.items():
        ok = set()
        for g in keep:
            o = status[g]; c = o["case"]
            if key == "province": hit = o["province"] in L(val)
            elif key == "not_province": hit = o["province"] not in L(val)
            elif key == "not_gemeente": hit = g not in L(val)
            elif key == "trede": hit = c["trede"] == val
            elif key == "not_trede": hit = c["trede"] not in L(val)
            elif key == "owner": hit = c["owner"] == val
            elif key == "no_owner": hit = c["owner"] is None
            elif key == "letter_undelivered": hit = c["letter_undelivered"] is True
            elif key == "compliance": hit = c["compliance"] == val
            elif key == "state": hit = all(STATE[s](g, c) for s in val)
            elif key == "not_state": hit = not any(STATE[s](g, c) for s in val)
            elif key == "missing": hit = set(val) <= set(c["missing"] or [])
            elif key == "reason": hit = val in (o["reasons"] or [])
            elif key == "expected_before": hit = bool(o["expected_date"]) and span(o["expected_date"])[1] < date.fromisoformat(val)
            elif key == "expected_after": hit = bool(o["expected_date"]) and span(o["expected_date"])[0] > date.fromisoformat(val)
            elif key == "termijn_from": hit = bool(c["termijn"]) and c["termijn"] >= val
            elif key == "termijn_to": hit = bool(c["termijn"]) and c["termijn"] <= val
            else: raise SystemExit(f"unknown filter {key}")
            if hit: ok.add(g)
        keep = ok
    return sorted(keep)


def fact(g, kind, day):
    o = status[g]; c = o["case"]
    simple = {"expected": o["expected_date"], "owner": c["owner"], "missing": c["missing"], "termijn": c["termijn"],
              "reasons": o["reasons"], "trede": c["trede"], "compliance": c["compliance"]}
    if kind in simple: return simple[kind]
    if kind == "places": return {"realised": o["realised_total"], "planned": o["planned_total"]}
    if kind == "reply":
        if not c["answered"]: return {"answered": False}
        d = amsterdam(c["reply_at"]).date()
        return {"answered": True, "reply_date": str(d), "on_time": c["reply_on_time"],
                "days_after_termijn": (d - date.fromisoformat(c["termijn"])).days}
    if kind == "wrote":
        ms = sorted((m for m in o["messages"] if str(amsterdam(m["received_at"]).date()) == day), key=lambda m: m["received_at"])
        return [{"received_at": amsterdam(m["received_at"]).strftime("%Y-%m-%d %H:%M"), "kind": m["kind"], "subject": m["subject"],
                 "reference": m["reference"], "missing": m["missing"]} for m in ms]
    if kind == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"], "termijn": c["termijn"],
                "answered": c["answered"], "overdue": c["overdue"], "missing": c["missing"], "expected_date": o["expected_date"]}
    raise SystemExit(kind)


recs = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else "questions57_with_expected_sets.jsonl", encoding="utf-8")]
diff = 0
def bad(r, msg):
    global diff; diff += 1; print(r["id"], msg)

assert len(recs) == 100 and [r["id"] for r in recs] == list(range(57001, 57101))
assert compute({"state": ["no_reply"]}) == sorted(g for g in universe if status[g]["case"]["overdue"]), "no_reply != case.overdue"
seen = {}
for r in recs:
    keys = ["id", "q", "intent", "filters", "expected_gemeenten", "count", "after", "as_staff", "on", "meaning", "expected_fact"]
    if list(r) != keys: bad(r, f"keys {list(r)}")
    if r["on"] != "2029-09-04": bad(r, "on")
    if r["after"] and (r["after"] != sorted(r["after"]) or any(a not in seen for a in r["after"])): bad(r, "after")
    if r["after"] and seen[r["after"][-1]]["after"] != r["after"][:-1]: bad(r, "after chain")
    if r["intent"] in ("list", "count"):
        want = compute(r["filters"])
        if r["expected_gemeenten"] != want: bad(r, f"set {r['expected_gemeenten']} != {want}")
        if r["count"] != len(want): bad(r, "count")
        if r["expected_fact"] is not None: bad(r, "fact on list")
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None: bad(r, "list on non-list")
        f = r["filters"]
        if r["intent"] in ("fact", "status"):
            want = fact(f["gemeente"], f.get("fact", "status") if r["intent"] == "fact" else "status", f.get("date"))
            if r["expected_fact"] != want: bad(r, f"fact {r['expected_fact']} != {want}")
            if r["intent"] == "fact" and f["fact"] == "wrote" and not want: bad(r, "wrote: nothing that day")
        elif r["expected_fact"] is not None: bad(r, "fact on help/unknown")
        if "gemeente" in f and f["gemeente"] not in universe: bad(r, "gemeente without case")
    seen[r["id"]] = r
print("differences:", diff)
