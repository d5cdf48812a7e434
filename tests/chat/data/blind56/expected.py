#!/usr/bin/env python3
"""expected.py: a second, independent recomputation of every set, count and fact of
questions56_with_expected_sets.jsonl from status.json and due.json. Prints "differences: N"."""
import json, os, sys
from datetime import date, datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
rows = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions56_with_expected_sets.jsonl"), encoding="utf-8")]
STAFF_NAMES = {56501: "Ineke", 56502: "Jasper", 56503: "Soufiane", 56504: "Marit"}
REGION = {"Drenthe": "N", "Friesland": "N", "Groningen": "N", "Gelderland": "O", "Overijssel": "O",
          "Limburg": "Z", "Noord-Brabant": "Z", "Zeeland": "Z"}

overdue_no_reply = set()
for item in due:
    if (item["section"], item["kind"]) == ("overdue", "no_reply"):
        overdue_no_reply.add(item["gemeente"])

universe = {}
for r in rows:
    if r["case"] is None:
        continue
    c = r["case"]
    states = set()
    if r["gemeente"] in overdue_no_reply: states.add("no_reply")
    if c["answered"]:
        states.add("answered")
        states.add({True: "on_time", False: "late"}.get(c["reply_on_time"], "?"))
    else:
        states.add("unanswered")
    states.add({"answered_incomplete": "incomplete", "answered_complete": "complete"}.get(c["state"], "-"))
    if c["suspended"]: states.add("suspended")
    if c["extension_requested"]: states.add("extended")
    universe[r["gemeente"]] = (r, states)

# cross-check: due's no_reply equals case.overdue
assert overdue_no_reply == {g for g, (r, _) in universe.items() if r["case"]["overdue"]}, "no_reply != overdue"


def span(v):
    if v is None:
        return None
    parts = v.split("-")
    y = int(parts[0])
    if len(parts) == 3:
        d = date(y, int(parts[1]), int(parts[2])); return d, d
    tag = parts[1]
    if tag.startswith("Q"):
        first_m, n = 3 * (int(tag[1]) - 1) + 1, 3
    elif tag.startswith("H"):
        first_m, n = 6 * (int(tag[1]) - 1) + 1, 6
    else:
        first_m, n = int(tag), 1
    start = date(y, first_m, 1)
    nm = first_m + n
    end = (date(y + 1, 1, 1) if nm > 12 else date(y, nm, 1)) - timedelta(days=1)
    return start, end


def L(v):
    return [v] if isinstance(v, (str, int)) else list(v)


def keep(g, f):
    r, st = universe[g]
    c = r["case"]
    checks = []
    for key, val in f.items():
        if key == "province": checks.append(r["province"] in L(val))
        elif key == "not_province": checks.append(r["province"] not in L(val))
        elif key == "not_gemeente": checks.append(g not in L(val))
        elif key == "trede": checks.append(c["trede"] == val)
        elif key == "not_trede": checks.append(c["trede"] not in L(val))
        elif key == "owner": checks.append(c["owner"] == val)
        elif key == "no_owner": checks.append((c["owner"] is None) == bool(val))
        elif key == "letter_undelivered": checks.append(c["letter_undelivered"] == bool(val))
        elif key == "compliance": checks.append(c["compliance"] == val)
        elif key == "state": checks.append(set(val) <= st)
        elif key == "not_state": checks.append(not (set(val) & st))
        elif key == "missing": checks.append(set(val) <= set(c["missing"]))
        elif key == "reason": checks.append(val in r["reasons"])
        elif key == "expected_before":
            sp = span(r["expected_date"]); checks.append(sp is not None and sp[1] < date.fromisoformat(val))
        elif key == "expected_after":
            sp = span(r["expected_date"]); checks.append(sp is not None and sp[0] > date.fromisoformat(val))
        elif key == "termijn_from":
            checks.append(c["termijn"] is not None and date.fromisoformat(c["termijn"]) >= date.fromisoformat(val))
        elif key == "termijn_to":
            checks.append(c["termijn"] is not None and date.fromisoformat(c["termijn"]) <= date.fromisoformat(val))
        else:
            raise KeyError(key)
    return all(checks)


def nl_day(ts):
    t = datetime.fromisoformat(ts).astimezone(timezone.utc)
    # Europe/Amsterdam: CEST (+2) from the last Sunday of March to the last Sunday of October, else CET (+1)
    def last_sunday(y, m):
        d = date(y, m + 1, 1) - timedelta(days=1)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    y = t.year
    start = datetime(y, 3, last_sunday(y, 3).day, 1, tzinfo=timezone.utc)
    end = datetime(y, 10, last_sunday(y, 10).day, 1, tzinfo=timezone.utc)
    off = 2 if start <= t < end else 1
    return (t + timedelta(hours=off)).date().isoformat()


def fact(f, intent):
    r = next(x for x in rows if x["gemeente"] == f["gemeente"])
    c = r["case"]
    kind = "status" if intent == "status" else f["fact"]
    if kind == "places": return {"realised": r["realised_total"], "planned": r["planned_total"]}
    if kind == "expected": return r["expected_date"]
    if kind == "owner": return c["owner"]
    if kind == "missing": return sorted(c["missing"])
    if kind == "termijn": return c["termijn"]
    if kind == "reasons": return sorted(r["reasons"])
    if kind == "trede": return c["trede"]
    if kind == "compliance": return c["compliance"]
    if kind == "reply":
        if not c["answered"]:
            return {"reply_date": None, "on_time": None, "days_after_termijn": None}
        d = nl_day(c["reply_at"])
        return {"reply_date": d, "on_time": c["reply_on_time"],
                "days_after_termijn": (date.fromisoformat(d) - date.fromisoformat(c["termijn"])).days}
    if kind == "wrote":
        ms = [m for m in r["messages"] if nl_day(m["received_at"]) == f["date"]]
        ms.sort(key=lambda m: m["received_at"])
        return [{"message_id": m["id"], "kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]} for m in ms]
    if kind == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                "missing": sorted(c["missing"]), "extension_requested": c["extension_requested"],
                "letter_undelivered": c["letter_undelivered"], "realised_total": r["realised_total"],
                "planned_total": r["planned_total"], "expected_date": r["expected_date"]}
    raise KeyError(kind)


def overview():
    tally = lambda s: sum(1 for g in universe if s in universe[g][1])
    vals = lambda k: sorted({universe[g][0]["case"][k] for g in universe}, key=str)
    return {"cases": len(universe), "no_reply": tally("no_reply"), "answered": tally("answered"),
            "on_time": tally("on_time"), "late": tally("late"), "incomplete": tally("incomplete"),
            "complete": tally("complete"), "extended": tally("extended"), "suspended": tally("suspended"),
            "letter_undelivered": sum(universe[g][0]["case"]["letter_undelivered"] for g in universe),
            "no_owner": sum(universe[g][0]["case"]["owner"] is None for g in universe),
            "trede": {str(v): sum(universe[g][0]["case"]["trede"] == v for g in universe) for v in vals("trede")},
            "compliance": {str(v): sum(universe[g][0]["case"]["compliance"] == v for g in universe) for v in vals("compliance")}}


diffs = 0
def bad(q, msg):
    global diffs
    diffs += 1
    print(f"{q['id']}: {msg}")

ids = [q["id"] for q in qs]
if ids != list(range(56001, 56101)): bad({"id": "set"}, "ids are not 56001..56100")
for q in qs:
    if q["on"] != "2029-08-07": bad(q, "on")
    if q["as_staff"] not in STAFF_NAMES: bad(q, "as_staff")
    if any(a not in ids or a >= q["id"] for a in q["after"]): bad(q, "after")
    if q["after"] and q["after"] != sorted(q["after"]): bad(q, "after order")
    # a follow-up chain: every earlier id listed is itself a chain whose after is a prefix
    if q["after"]:
        prev = next(x for x in qs if x["id"] == q["after"][-1])
        if prev["after"] + [prev["id"]] != q["after"]: bad(q, "after is not the whole chain")
    f = q["filters"]
    if f.get("owner") and q["q"].lower().find("mijn") >= 0 and f["owner"] != STAFF_NAMES[q["as_staff"]] and "jasper" not in q["q"].lower():
        bad(q, "mijn but owner is someone else")
    if q["intent"] in ("list", "count"):
        exp = sorted(g for g in universe if keep(g, f))
        if exp != q["expected_gemeenten"]: bad(q, f"set {q['expected_gemeenten']} != {exp}")
        if q["count"] != len(exp): bad(q, "count")
        if q["expected_fact"] is not None: bad(q, "fact on a list")
    else:
        if q["expected_gemeenten"] != [] or q["count"] is not None: bad(q, "non-list has a set/count")
        if q["intent"] in ("fact", "status"):
            if fact(f, q["intent"]) != q["expected_fact"]: bad(q, f"fact {q['expected_fact']} != {fact(f, q['intent'])}")
        elif q["intent"] == "overview":
            if overview() != q["expected_fact"]: bad(q, "overview")
        elif q["expected_fact"] is not None:
            bad(q, "unexpected fact")
print(f"questions: {len(qs)}; cases: {len(universe)}")
print(f"differences: {diffs}")
sys.exit(1 if diffs else 0)
