#!/usr/bin/env python3
"""Independent recomputation of every expected set / fact of questions64_with_expected_sets.jsonl.
Shares no code with engine.py: reads status.json and due.json itself and re-derives everything.
Prints every difference and finally "differences: N"."""
import json, os
from datetime import date, datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions64_with_expected_sets.jsonl"), encoding="utf-8")]

overdue_no_reply = set()
for row in due:
    if (row["section"], row["kind"]) == ("overdue", "no_reply"):
        overdue_no_reply.add(row["gemeente"])

universe = {}
for naam, s in status.items():
    if s.get("case") is not None:
        universe[naam] = s
assert len(universe) == 229


def span(exp):
    """first and last day of an expected date, by stepping days (different method from engine)."""
    parts = exp.split("-")
    year = int(parts[0])
    if len(parts) == 3:
        d = date(year, int(parts[1]), int(parts[2]))
        return d, d
    tag = parts[1]
    if tag.startswith("Q"):
        months = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}[int(tag[1])]
    elif tag.startswith("H"):
        months = (1, 6) if tag == "H1" else (7, 12)
    else:
        months = (int(tag), int(tag))
    first = date(year, months[0], 1)
    nxt = date(year + (months[1] == 12), months[1] % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def states_of(naam):
    c = universe[naam]["case"]
    out = set()
    if naam in overdue_no_reply:
        out.add("no_reply")
    if c["answered"]:
        out.add("answered")
        if c["reply_on_time"] is True:
            out.add("on_time")
        if c["reply_on_time"] is False:
            out.add("late")
    else:
        out.add("unanswered")
    if c["state"] == "answered_incomplete":
        out.add("incomplete")
    if c["state"] == "answered_complete":
        out.add("complete")
    if c["extension_requested"]:
        out.add("extended")
    if c["suspended"]:
        out.add("suspended")
    return out


def L(x):
    return [x] if isinstance(x, (str, int)) else list(x)


def keep(naam, f):
    s = universe[naam]; c = s["case"]; st = states_of(naam)
    checks = []
    for key, val in f.items():
        if key == "province":
            checks.append(s["province"] in L(val))
        elif key == "not_province":
            checks.append(s["province"] not in L(val))
        elif key == "not_gemeente":
            checks.append(naam not in L(val))
        elif key == "trede":
            checks.append(c["trede"] == val)
        elif key == "not_trede":
            checks.append(c["trede"] not in L(val))
        elif key == "owner":
            checks.append(c["owner"] == val)
        elif key == "no_owner":
            checks.append(c["owner"] is None)
        elif key == "letter_undelivered":
            checks.append(c["letter_undelivered"] is True)
        elif key == "compliance":
            checks.append(c["compliance"] == val)
        elif key == "state":
            checks.append(set(val) <= st)
        elif key == "not_state":
            checks.append(not (set(val) & st))
        elif key == "missing":
            checks.append(set(val) <= set(c["missing"] or []))
        elif key == "reason":
            checks.append(set(L(val)) <= set(s["reasons"] or []))
        elif key in ("expected_before", "expected_after"):
            if not s["expected_date"]:
                checks.append(False)
                continue
            first, last = span(s["expected_date"])
            lim = date.fromisoformat(val)
            checks.append(last < lim if key == "expected_before" else first > lim)
        elif key in ("termijn_from", "termijn_to"):
            if not c["termijn"]:
                checks.append(False)
                continue
            t = date.fromisoformat(c["termijn"][:10]); lim = date.fromisoformat(val)
            checks.append(t >= lim if key == "termijn_from" else t <= lim)
        else:
            raise KeyError(key)
    return all(checks)


def amsterdam_day(ts):
    # CET/CEST by the EU rule (last Sunday of March / October, 01:00 UTC), without zoneinfo
    t = datetime.fromisoformat(ts).astimezone(timezone.utc)
    def last_sunday(y, m):
        d = date(y, m + 1, 1) - timedelta(days=1)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    start = datetime.combine(last_sunday(t.year, 3), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    end = datetime.combine(last_sunday(t.year, 10), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    off = 2 if start <= t < end else 1
    return (t + timedelta(hours=off)).date().isoformat()


def fact_of(naam, kind, day):
    s = status[naam]; c = s["case"]
    if kind == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if kind == "expected":
        return s["expected_date"]
    if kind in ("owner", "missing", "termijn", "trede", "compliance"):
        return c[kind]
    if kind == "reasons":
        return s["reasons"]
    if kind == "reply":
        r = amsterdam_day(c["reply_at"]) if c["reply_at"] else None
        d = {"reply_at": r, "termijn": c["termijn"], "on_time": c["reply_on_time"]}
        if r and c["termijn"]:
            d["days_after_termijn"] = (date.fromisoformat(r) - date.fromisoformat(c["termijn"][:10])).days
        return d
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"], "received": amsterdam_day(m["received_at"])}
                for m in s["messages"] if amsterdam_day(m["received_at"]) == day]
    raise KeyError(kind)


def summary(naam):
    s = status[naam]; c = s["case"]
    d = {k: c[k] for k in ("trede", "owner", "state", "compliance", "termijn", "answered", "reply_on_time", "overdue",
                            "missing", "extension_requested", "letter_undelivered")}
    d.update(expected_date=s["expected_date"], realised_total=s["realised_total"], planned_total=s["planned_total"])
    return d


def overview():
    def tally(fn):
        out = {}
        for s in universe.values():
            k = fn(s)
            out[k] = out.get(k, 0) + 1
        return dict(sorted(out.items()))
    return {"cases": len(universe), "trede": {str(k): v for k, v in tally(lambda s: s["case"]["trede"]).items()},
            "state": tally(lambda s: s["case"]["state"]), "compliance": tally(lambda s: str(s["case"]["compliance"])),
            "no_reply": len(overdue_no_reply), "late": sum("late" in states_of(n) for n in universe),
            "extended": sum("extended" in states_of(n) for n in universe),
            "letter_undelivered": sum(bool(s["case"]["letter_undelivered"]) for s in universe.values()),
            "no_owner": sum(s["case"]["owner"] is None for s in universe.values())}


diffs = 0
ids = set()
for q in qs:
    problems = []
    ids.add(q["id"])
    for a in q["after"]:
        if a not in ids:
            problems.append(f"after {a} not earlier")
    if q["on"] != "2030-01-08":
        problems.append("on")
    if q["intent"] in ("list", "count"):
        want = sorted(n for n in universe if keep(n, q["filters"]))
        if want != q["expected_gemeenten"] or q["count"] != len(want):
            problems.append(f"set: file {q['count']} {q['expected_gemeenten'][:5]} vs {len(want)} {want[:5]}")
    else:
        if q["expected_gemeenten"] != [] or q["count"] is not None:
            problems.append("non-list must have [] and null")
        f = q["filters"]
        if q["intent"] == "fact":
            g = f["gemeente"]
            want = ({n: fact_of(n, f["fact"], f.get("date")) for n in g} if isinstance(g, list)
                    else fact_of(g, f["fact"], f.get("date")))
        elif q["intent"] == "status":
            want = summary(f["gemeente"])
        elif q["intent"] == "overview":
            want = overview()
        else:
            want = q["expected_fact"]
            if q["intent"] in ("help", "clarify", "unknown") and not want:
                problems.append("no expected_fact note")
        if json.loads(json.dumps(want)) != q["expected_fact"]:
            problems.append(f"fact: file {q['expected_fact']} vs {want}")
    for p in problems:
        print(q["id"], p)
    diffs += len(problems)
assert len(qs) == 100 and ids == set(range(64001, 64101))
print("differences:", diffs)
