#!/usr/bin/env python3
"""Independent recomputation of every expected set (and the simple facts) of q68 from the dumps.
Does not import engine.py. Prints "differences: N"."""
import datetime as dt, json, sys

DUMP = sys.argv[1] if len(sys.argv) > 1 else "dump"
st = json.load(open(f"{DUMP}/status.json", encoding="utf-8"))
due = json.load(open(f"{DUMP}/due.json", encoding="utf-8"))
rows = [json.loads(l) for l in open("questions68_with_expected_sets.jsonl", encoding="utf-8")]
noreply = set(x["gemeente"] for x in due if x["section"] == "overdue" and x["kind"] == "no_reply")
cases = [d for d in st.values() if d["case"] is not None]


def span(e):
    y = int(e[:4])
    if len(e) == 10:
        a = b = dt.date(y, int(e[5:7]), int(e[8:10]))
    elif e[5] == "Q":
        k = int(e[6]); a = dt.date(y, 3 * k - 2, 1); b = dt.date(y + (k == 4), (3 * k) % 12 + 1, 1) - dt.timedelta(1)
    elif e[5] == "H":
        k = int(e[6]); a = dt.date(y, 6 * k - 5, 1); b = dt.date(y + (k == 2), (6 * k) % 12 + 1, 1) - dt.timedelta(1)
    else:
        m = int(e[5:7]); a = dt.date(y, m, 1); b = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)
    return a, b


def has(d, s):
    c = d["case"]
    if s == "no_reply": return d["gemeente"] in noreply
    if s == "unanswered": return c["answered"] is not True
    if s == "answered": return c["answered"] is True
    if s == "late": return c["answered"] is True and c["reply_on_time"] is False
    if s == "on_time": return c["answered"] is True and c["reply_on_time"] is True
    if s == "incomplete": return c["state"] == "answered_incomplete"
    if s == "complete": return c["state"] == "answered_complete"
    if s == "extended": return c["extension_requested"] is True
    if s == "suspended": return c["suspended"] is True
    raise ValueError(s)


def L(v):
    return set(v) if isinstance(v, list) else {v}


def ok(d, f):
    c = d["case"]
    tests = []
    for k, v in f.items():
        if k == "province": tests.append(d["province"] in L(v))
        elif k == "not_province": tests.append(d["province"] not in L(v))
        elif k == "not_gemeente": tests.append(d["gemeente"] not in L(v))
        elif k == "trede": tests.append(c["trede"] == v)
        elif k == "not_trede": tests.append(c["trede"] not in L(v))
        elif k == "owner": tests.append(c["owner"] == v)
        elif k == "no_owner": tests.append((c["owner"] is None) == v)
        elif k == "letter_undelivered": tests.append(c["letter_undelivered"] == v)
        elif k == "compliance": tests.append(c["compliance"] == v)
        elif k == "state": tests.append(all(has(d, s) for s in v))
        elif k == "not_state": tests.append(not any(has(d, s) for s in v))
        elif k == "missing": tests.append(set(v) <= set(c["missing"]))
        elif k == "reason": tests.append(v in d["reasons"])
        elif k == "expected_before": tests.append(bool(d["expected_date"]) and span(d["expected_date"])[1] < dt.date.fromisoformat(v))
        elif k == "expected_after": tests.append(bool(d["expected_date"]) and span(d["expected_date"])[0] > dt.date.fromisoformat(v))
        elif k == "termijn_from": tests.append(bool(c["termijn"]) and c["termijn"] >= v)
        elif k == "termijn_to": tests.append(bool(c["termijn"]) and c["termijn"] <= v)
        elif k == "gemeente": tests.append(d["gemeente"] == v)
        else: raise KeyError(k)
    return all(tests)


diff = 0
for r in rows:
    if r["intent"] in ("list", "count"):
        want = sorted(d["gemeente"] for d in cases if ok(d, r["filters"]))
        if want != r["expected_gemeenten"] or r["count"] != len(want):
            diff += 1
            print("DIFF", r["id"], sorted(set(want) ^ set(r["expected_gemeenten"])))
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None:
            diff += 1; print("DIFF", r["id"], "non-list with a set")
        f = r["filters"]
        simple = {"owner": lambda d: d["case"]["owner"], "trede": lambda d: d["case"]["trede"],
                  "termijn": lambda d: d["case"]["termijn"], "missing": lambda d: d["case"]["missing"],
                  "expected": lambda d: d["expected_date"], "reasons": lambda d: d["reasons"],
                  "compliance": lambda d: d["case"]["compliance"],
                  "places": lambda d: {"realised": d["realised_total"], "planned": d["planned_total"]}}
        if f.get("fact") in simple and simple[f["fact"]](st[f["gemeente"]]) != r["expected_fact"]:
            diff += 1; print("DIFF fact", r["id"])
        if "gemeente" in f and f["gemeente"] not in st:
            diff += 1; print("DIFF unknown gemeente", r["id"])
    for a in r["after"]:
        if not (a < r["id"] and r["id"] - a < 10):
            diff += 1; print("DIFF after", r["id"], a)
print(f"{len(rows)} questions; differences: {diff}")
