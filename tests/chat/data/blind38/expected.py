#!/usr/bin/env python3
"""expected.py: a generic engine that computes every answer from intent + filters alone
(conventions of CONV-Q.md), and compares with questions38_with_expected_sets.jsonl
(written by make_questions.py from hand-written predicates)."""
import json, os, sys
from datetime import date, timedelta
from common import HERE, load, local_day

S, D = load()
CASES = {g: s for g, s in S.items() if s["case"]}
NO_REPLY = {x["gemeente"] for x in D if x["section"] == "overdue" and x["kind"] == "no_reply"}
DAYS_OVERDUE = {x["gemeente"]: x["days_overdue"] for x in D if x["section"] == "overdue" and x["kind"] == "no_reply"}


def as_list(v):
    return v if isinstance(v, list) else [v]


def interval(x):
    """an expected date (YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn) as (first day, last day)."""
    y = int(x[:4])
    if len(x) == 10:
        d = date.fromisoformat(x)
        return d, d
    r = x[5:]
    if r[0] == "Q":
        first, months = 3 * int(r[1]) - 2, 3
    elif r[0] == "H":
        first, months = 6 * int(r[1]) - 5, 6
    else:
        first, months = int(r), 1
    last_month = first + months - 1
    nxt = date(y + 1, 1, 1) if last_month == 12 else date(y, last_month + 1, 1)
    return date(y, first, 1), nxt - timedelta(days=1)


def holds(state, g, c):
    late = bool(c["answered"]) and c["reply_on_time"] is False
    return {
        "no_reply": g in NO_REPLY,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": late,
        "on_time": bool(c["answered"]) and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": bool(c["extension_requested"]),
        "suspended": bool(c["suspended"]),
    }[state]


def matches(g, s, f):
    c = s["case"]
    if "gemeente" in f and g not in as_list(f["gemeente"]):
        return False
    if "province" in f and s["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]):
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
    if any(not holds(st, g, c) for st in f.get("state", [])):
        return False
    if any(holds(st, g, c) for st in f.get("not_state", [])):
        return False
    if any(m not in c["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and not set(as_list(f["reason"])) <= set(s["reasons"]):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not s["expected_date"]:
            return False
        first, last = interval(s["expected_date"])
        if "expected_before" in f and not last < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not first > date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        if "termijn_from" in f and c["termijn"] < f["termijn_from"]:
            return False
        if "termijn_to" in f and c["termijn"] > f["termijn_to"]:
            return False
    return True


def fact_value(f):
    s = S[f["gemeente"]]
    c = s["case"]
    kind = f["fact"]
    if kind == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if kind == "expected":
        return {"expected_date": s["expected_date"]}
    if kind == "owner":
        return {"owner": c["owner"]}
    if kind == "missing":
        return {"missing": c["missing"]}
    if kind == "termijn":
        return {"termijn": c["termijn"]}
    if kind == "reasons":
        return {"reasons": s["reasons"]}
    if kind == "trede":
        return {"trede": c["trede"]}
    if kind == "compliance":
        return {"compliance": c["compliance"]}
    if kind == "wrote":
        return {"messages": [{"kind": m["kind"], "subject": m["subject"]} for m in s["messages"]
                             if local_day(m["received_at"]) == f["date"]]}
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"], "overdue": f["gemeente"] in NO_REPLY,
                    "days_overdue": DAYS_OVERDUE.get(f["gemeente"])}
        day = local_day(c["reply_at"])
        return {"answered": True, "reply_date": day, "termijn": c["termijn"], "on_time": c["reply_on_time"],
                "days_after_termijn": (date.fromisoformat(day) - date.fromisoformat(c["termijn"])).days}
    raise ValueError(kind)


def status_value(g):
    s = S[g]
    c = s["case"]
    if c is None:
        return {"case": None}
    keys = ["trede", "state", "owner", "compliance", "termijn", "answered", "overdue", "missing"]
    out = {k: c[k] for k in keys}
    out["expected_date"] = s["expected_date"]
    out["extension_requested"] = c["extension_requested"]
    out["letter_undelivered"] = c["letter_undelivered"]
    return out


def answer(row):
    intent, f = row["intent"], row["filters"]
    if intent in ("list", "count"):
        gs = sorted(g for g, s in CASES.items() if matches(g, s, f))
        return gs, len(gs), None
    if intent == "fact":
        return [], None, fact_value(f)
    if intent == "status":
        return [], None, status_value(f["gemeente"])
    if intent == "overview":
        scope = [g for g, s in CASES.items() if matches(g, s, f)]
        return [], None, {"cases": len(scope), "no_reply": sum(1 for g in scope if g in NO_REPLY)}
    return [], None, None  # help, clarify, unknown


def main():
    path = os.path.join(HERE, "questions38_with_expected_sets.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    diffs = 0
    for r in rows:
        gs, n, fact = answer(r)
        if (gs, n, fact) != (r["expected_gemeenten"], r["count"], r["expected_fact"]):
            diffs += 1
            print(f"DIFF {r['id']}: engine {n} {gs[:10]} {fact} | file {r['count']} {r['expected_gemeenten'][:10]} {r['expected_fact']}")
    print(f"{len(rows)} questions; differences: {diffs}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
