#!/usr/bin/env python3
"""Independent recomputation of every expected set / count / fact in questions65_with_expected_sets.jsonl.

Shares no code with engine.py / make_questions.py: reads dump/status.json and dump/due.json directly.
Prints "differences: N".
"""
import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

st = json.load(open("dump/status.json", encoding="utf-8"))
due = json.load(open("dump/due.json", encoding="utf-8"))
reg = {x["gemeente"]: x for x in st}
with_case = [x for x in st if x["case"] is not None]
overdue_no_reply = set()
for item in due:
    if item["section"] == "overdue" and item["kind"] == "no_reply":
        overdue_no_reply.add(item["gemeente"])


def span(e):
    """(first, last) day of an expected date."""
    parts = e.split("-")
    y = int(parts[0])
    if len(parts) == 3:
        x = date(y, int(parts[1]), int(parts[2]))
        return x, x
    p = parts[1]
    if p[0] == "Q":
        first_m = (int(p[1]) - 1) * 3 + 1
        last_m = first_m + 2
    elif p[0] == "H":
        first_m = 1 if p[1] == "1" else 7
        last_m = first_m + 5
    else:
        first_m = last_m = int(p)
    nxt = date(y + (last_m == 12), last_m % 12 + 1, 1)
    return date(y, first_m, 1), nxt - timedelta(days=1)


def states_of(x):
    c = x["case"]
    out = set()
    if x["gemeente"] in overdue_no_reply:
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


def L(v):
    return list(v) if isinstance(v, list) else [v]


def keep(x, f):
    c = x["case"]
    ss = states_of(x)
    tests = {
        "province": lambda v: x["province"] in L(v),
        "not_province": lambda v: x["province"] not in L(v),
        "gemeente": lambda v: x["gemeente"] in L(v),
        "not_gemeente": lambda v: x["gemeente"] not in L(v),
        "trede": lambda v: c["trede"] == v,
        "not_trede": lambda v: c["trede"] not in L(v),
        "owner": lambda v: c["owner"] == v,
        "not_owner": lambda v: c["owner"] not in L(v),
        "no_owner": lambda v: (c["owner"] is None) == v,
        "letter_undelivered": lambda v: c["letter_undelivered"] == v,
        "compliance": lambda v: c["compliance"] in L(v),
        "state": lambda v: set(v) <= ss,
        "not_state": lambda v: not (set(v) & ss),
        "missing": lambda v: set(v) <= set(c["missing"]),
        "missing_any": lambda v: bool(set(v) & set(c["missing"])),
        "reason": lambda v: set(L(v)) <= set(x["reasons"]),
        "expected_before": lambda v: bool(x["expected_date"]) and span(x["expected_date"])[1] < date.fromisoformat(v),
        "expected_after": lambda v: bool(x["expected_date"]) and span(x["expected_date"])[0] > date.fromisoformat(v),
        "termijn_from": lambda v: bool(c["termijn"]) and c["termijn"] >= v,
        "termijn_to": lambda v: bool(c["termijn"]) and c["termijn"] <= v,
    }
    return all(tests[k](v) for k, v in f.items())


tz = ZoneInfo("Europe/Amsterdam")


def day_of(ts):
    return datetime.fromisoformat(ts).astimezone(tz).date()


def the_fact(g, what, on_day):
    x = reg[g]
    c = x["case"]
    if what == "places":
        return {"realised": x["realised_total"], "planned": x["planned_total"]}
    if what == "expected":
        return x["expected_date"]
    if what in ("owner", "termijn", "trede", "compliance"):
        return c[what]
    if what == "missing":
        return c["missing"]
    if what == "reasons":
        return sorted(x["reasons"])
    if what == "reply":
        if not c["answered"]:
            return {"answered": False, "reply_date": None, "on_time": None, "days_after_termijn": None,
                    "termijn": c["termijn"], "no_reply_overdue": g in overdue_no_reply}
        rd = day_of(c["reply_at"])
        return {"answered": True, "reply_date": str(rd), "on_time": c["reply_on_time"],
                "days_after_termijn": (rd - date.fromisoformat(c["termijn"])).days, "termijn": c["termijn"]}
    if what == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in x["messages"] if str(day_of(m["received_at"])) == on_day]
    raise SystemExit("unknown fact " + what)


diffs = 0
rows = [json.loads(l) for l in open("questions65_with_expected_sets.jsonl", encoding="utf-8")]
byid = {r["id"]: r for r in rows}
for r in rows:
    f = r["filters"]
    problems = []
    if r["intent"] in ("list", "count"):
        want = sorted(x["gemeente"] for x in with_case if keep(x, f))
        if want != r["expected_gemeenten"]:
            problems.append(f"set {len(want)} vs {len(r['expected_gemeenten'])}")
        if r["count"] != len(want):
            problems.append("count")
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None:
            problems.append("non-list with a set")
        if r["intent"] == "fact" and the_fact(f["gemeente"], f["fact"], f.get("date")) != r["expected_fact"]:
            problems.append("fact")
        if r["intent"] == "status":
            ef = r["expected_fact"]
            c = reg[f["gemeente"]]["case"]
            if (c is None) != (ef.get("case", 1) is None):
                problems.append("status case")
            elif c and any(ef[k] != c[k] for k in ("trede", "owner", "state", "compliance", "termijn", "missing")):
                problems.append("status")
    if any(a not in byid or a >= r["id"] for a in r["after"]):
        problems.append("after")
    if r["on"] != "2030-01-22":
        problems.append("on")
    if problems:
        diffs += 1
        print(r["id"], problems)
print("rows:", len(rows))
print("differences:", diffs)
