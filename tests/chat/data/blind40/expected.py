#!/usr/bin/env python3
"""expected.py: a generic engine that computes each question's answer from intent + filters alone
(over status.json / due.json, conventions of /work/blind/CONV-Q.md) and compares it with the labels that
make_questions.py wrote from its hand-written predicates.  Prints "N questions; differences: D".
"""
import calendar
import json
import sys
from collections import Counter
from datetime import date, datetime
from zoneinfo import ZoneInfo

QFILE = sys.argv[1] if len(sys.argv) > 1 else "questions40_with_expected_sets.jsonl"
ST = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
CASES = {g: d for g, d in ST.items() if d["case"]}
NR = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}
AMS = ZoneInfo("Europe/Amsterdam")


def as_list(v):
    return v if isinstance(v, list) else [v]


def interval(s):
    if not s:
        return None
    if len(s) == 10:
        d = date.fromisoformat(s)
        return d, d
    y, rest = int(s[:4]), s[5:]
    if rest[0] == "Q":
        m1, m2 = 3 * int(rest[1]) - 2, 3 * int(rest[1])
    elif rest[0] == "H":
        m1, m2 = (1, 6) if rest[1] == "1" else (7, 12)
    else:
        m1 = m2 = int(rest)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


STATE = {
    "no_reply": lambda g, k: g in NR,
    "unanswered": lambda g, k: not k["answered"],
    "answered": lambda g, k: bool(k["answered"]),
    "late": lambda g, k: bool(k["answered"]) and k["reply_on_time"] is False,
    "on_time": lambda g, k: bool(k["answered"]) and k["reply_on_time"] is True,
    "incomplete": lambda g, k: k["state"] == "answered_incomplete",
    "complete": lambda g, k: k["state"] == "answered_complete",
    "extended": lambda g, k: bool(k["extension_requested"]),
    "suspended": lambda g, k: bool(k["suspended"]),
}


def keep(g, d, f):
    k = d["case"]
    if "province" in f and d["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and d["province"] in as_list(f["not_province"]):
        return False
    if "gemeente" in f and g not in as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and g in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and k["trede"] not in as_list(f["trede"]):
        return False
    if "not_trede" in f and k["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and k["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and k["owner"] is not None:
        return False
    if "letter_undelivered" in f and bool(k["letter_undelivered"]) != f["letter_undelivered"]:
        return False
    if "compliance" in f and k["compliance"] not in as_list(f["compliance"]):
        return False
    if not all(STATE[s](g, k) for s in f.get("state", [])):
        return False
    if any(STATE[s](g, k) for s in f.get("not_state", [])):
        return False
    if not set(f.get("missing", [])) <= set(k["missing"]):
        return False
    if "reason" in f and not all(r in d["reasons"] for r in as_list(f["reason"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(d["expected_date"])
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


def day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def fact(f):
    g = f["gemeente"]
    d = ST[g]
    k = d["case"]
    kind = f["fact"]
    if kind == "places":
        return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if kind == "expected":
        return d["expected_date"]
    if kind in ("owner", "missing", "termijn", "trede", "compliance"):
        return k[kind]
    if kind == "reasons":
        return d["reasons"]
    if kind == "reply":
        if not k["answered"]:
            return {"reply_date": None, "on_time": None, "days_from_termijn": None}
        r = day(k["reply_at"])
        return {"reply_date": r, "on_time": k["reply_on_time"],
                "days_from_termijn": (date.fromisoformat(r) - date.fromisoformat(k["termijn"])).days}
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "reference": m["reference"]}
                for m in d["messages"] if day(m["received_at"]) == f["date"]]
    raise ValueError(kind)


def status(g):
    d = ST[g]
    k = d["case"]
    out = {x: k[x] for x in ("trede", "state", "compliance", "owner", "termijn", "answered", "reply_on_time",
                             "overdue", "missing", "extension_requested", "letter_undelivered")}
    out.update(expected_date=d["expected_date"], realised=d["realised_total"], planned=d["planned_total"])
    return out


def overview():
    cs = [d["case"] for d in CASES.values()]
    return {"cases": len(cs),
            "by_state": dict(sorted(Counter(k["state"] for k in cs).items())),
            "by_trede": {str(t): n for t, n in sorted(Counter(k["trede"] for k in cs).items())},
            "by_compliance": dict(sorted(Counter(str(k["compliance"]) for k in cs).items())),
            "no_reply": len(NR),
            "answered": sum(1 for g in CASES if STATE["answered"](g, CASES[g]["case"])),
            "late": sum(1 for g in CASES if STATE["late"](g, CASES[g]["case"])),
            "extended": sum(1 for k in cs if k["extension_requested"]),
            "letter_undelivered": sum(1 for k in cs if k["letter_undelivered"]),
            "no_owner": sum(1 for k in cs if k["owner"] is None)}


def answer(q):
    i, f = q["intent"], q["filters"]
    if i in ("list", "count"):
        gs = sorted(g for g, d in CASES.items() if keep(g, d, f))
        return gs, len(gs), None
    if i == "fact":
        return [], None, fact(f)
    if i == "status":
        return [], None, status(f["gemeente"])
    if i == "overview":
        return [], None, overview()
    return [], None, None          # help, clarify, unknown


def main():
    rows = [json.loads(l) for l in open(QFILE, encoding="utf-8")]
    diffs = 0
    byid = {r["id"]: r for r in rows}
    for r in rows:
        gs, n, fx = answer(r)
        problems = []
        if gs != r["expected_gemeenten"]:
            problems.append(f"gemeenten {sorted(set(gs) ^ set(r['expected_gemeenten']))}")
        if n != r["count"]:
            problems.append(f"count {n} != {r['count']}")
        if fx != r["expected_fact"]:
            problems.append(f"fact {fx!r} != {r['expected_fact']!r}")
        if r["on"] != "2028-07-12" or any(a not in byid or a >= r["id"] for a in r["after"]):
            problems.append("on/after")
        if r["expected_gemeenten"] != sorted(r["expected_gemeenten"]):
            problems.append("not sorted")
        if problems:
            diffs += 1
            print(r["id"], "; ".join(problems))
    print(f"{len(rows)} questions; differences: {diffs}")


if __name__ == "__main__":
    main()
