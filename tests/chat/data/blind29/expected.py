#!/usr/bin/env python3
"""Recomputes every expected set of questions.jsonl from status.json and due.json using only each
question's `filters` (the labelling conventions of CONV-Q.md), recomputes every expected_fact, checks the
shape of the file, and prints "differences: 0" when all agree."""
import calendar, json
from datetime import date
from common import CASES, NO_REPLY, fact

INTENTS = {"list", "count", "status", "fact", "search", "help", "overview", "clarify", "unknown"}
KEYS = {"gemeente", "province", "not_province", "not_gemeente", "not_trede", "letter_undelivered", "not_state",
        "trede", "owner", "no_owner", "state", "missing", "reason", "compliance", "expected_before",
        "expected_after", "termijn_from", "termijn_to", "fact", "date", "search"}
STATES = {"no_reply", "unanswered", "answered", "late", "on_time", "incomplete", "complete", "suspended", "extended"}


def as_set(v):
    return set(v) if isinstance(v, list) else {v}


def interval(e):
    if e is None:
        return None
    if len(e) == 10:
        d = date.fromisoformat(e)
        return d, d
    y, rest = int(e[:4]), e[5:]
    if rest[0] == "Q":
        a, b = 3 * int(rest[1]) - 2, 3 * int(rest[1])
    elif rest[0] == "H":
        a, b = 6 * int(rest[1]) - 5, 6 * int(rest[1])
    else:
        a = b = int(rest)
    return date(y, a, 1), date(y, b, calendar.monthrange(y, b)[1])


def holds(state, s):
    c = s["case"]
    return {
        "no_reply": s["gemeente"] in NO_REPLY,
        "unanswered": not c["answered"],
        "answered": c["answered"],
        "late": c["answered"] and c["reply_on_time"] is False,
        "on_time": c["answered"] and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "suspended": c["suspended"],
        "extended": c["extension_requested"],
    }[state]


def match(f, s):
    c = s["case"]
    if "province" in f and s["province"] not in as_set(f["province"]): return False
    if "not_province" in f and s["province"] in as_set(f["not_province"]): return False
    if "gemeente" in f and s["gemeente"] not in as_set(f["gemeente"]): return False
    if "not_gemeente" in f and s["gemeente"] in as_set(f["not_gemeente"]): return False
    if "trede" in f and c["trede"] != f["trede"]: return False
    if "not_trede" in f and c["trede"] in as_set(f["not_trede"]): return False
    if "owner" in f and c["owner"] != f["owner"]: return False
    if f.get("no_owner") and c["owner"] is not None: return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]: return False
    if "compliance" in f and c["compliance"] != f["compliance"]: return False
    if any(not holds(x, s) for x in f.get("state", [])): return False
    if any(holds(x, s) for x in f.get("not_state", [])): return False
    if any(e not in c["missing"] for e in f.get("missing", [])): return False
    if "reason" in f and f["reason"] not in s["reasons"]: return False
    if "expected_before" in f or "expected_after" in f:
        iv = interval(s["expected_date"])
        if iv is None: return False
        if "expected_before" in f and not iv[1] < date.fromisoformat(f["expected_before"]): return False
        if "expected_after" in f and not iv[0] > date.fromisoformat(f["expected_after"]): return False
    if "termijn_from" in f or "termijn_to" in f:
        t = c["termijn"]
        if t is None: return False
        if "termijn_from" in f and t < f["termijn_from"]: return False
        if "termijn_to" in f and t > f["termijn_to"]: return False
    return True


rows = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
diff = 0
def bad(qid, msg):
    global diff
    diff += 1
    print(f"{qid}: {msg}")

assert [r["id"] for r in rows] == list(range(29001, 29101))
seen = set()
for r in rows:
    qid, f, it = r["id"], r["filters"], r["intent"]
    persona = 29501 + (qid - 29001) // 25
    if r["as_staff"] != persona: bad(qid, "as_staff")
    if r["on"] != "2027-07-14": bad(qid, "on")
    if it not in INTENTS: bad(qid, f"intent {it}")
    if set(f) - KEYS: bad(qid, f"filter keys {set(f) - KEYS}")
    if set(f.get("state", [])) - STATES or set(f.get("not_state", [])) - STATES: bad(qid, "state names")
    if any(a not in seen for a in r["after"]): bad(qid, "after refers to a later id")
    seen.add(qid)
    if it in ("list", "count"):
        got = sorted(s["gemeente"] for s in CASES if match(f, s))
        if got != r["expected_gemeenten"] or r["count"] != len(got):
            bad(qid, f"set differs: +{set(got) - set(r['expected_gemeenten'])} -{set(r['expected_gemeenten']) - set(got)}")
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None: bad(qid, "non-list must have [] / null")
        if it in ("fact", "status"):
            kind = "status" if it == "status" else f["fact"]
            if fact(f["gemeente"], kind, f.get("date")) != r.get("expected_fact"):
                bad(qid, "expected_fact differs")
            if kind == "wrote" and not r["expected_fact"]:
                bad(qid, "nothing written that day")
print("questions:", len(rows), "| intents:",
      {i: sum(r["intent"] == i for r in rows) for i in sorted({r["intent"] for r in rows})})
print("differences:", diff)
