"""Independent recomputation of set 63 (shares no code with engine.py / make_questions.py).

Reads status.json + due.json and questions63_with_expected_sets.jsonl, recomputes every list/count set and
every fact from the filters, checks the shape of each record, and prints "differences: N".
"""
import json
import sys
from datetime import date, datetime, timedelta, timezone

ON = "2029-12-18"
status = json.load(open("status.json", encoding="utf-8"))
due = json.load(open("due.json", encoding="utf-8"))
by_name = {s["gemeente"]: s for s in status}
cases = [s for s in status if s["case"] is not None]
overdue_no_reply = set()
for item in due:
    if item["section"] == "overdue" and item["kind"] == "no_reply":
        overdue_no_reply.add(item["gemeente"])

problems = []


def note(qid, text):
    problems.append(f"{qid}: {text}")


# --- expected date as an interval, computed with ISO strings and day steps -------------------------------
def first_of(y, m):
    return date(y, m, 1)


def last_of(y, m):
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return nxt - timedelta(days=1)


def bounds(text):
    y = int(text[:4])
    rest = text[5:]
    if len(rest) == 5:  # MM-DD
        d = date.fromisoformat(text)
        return d, d
    if rest[0] == "Q":
        months = {"1": (1, 3), "2": (4, 6), "3": (7, 9), "4": (10, 12)}[rest[1]]
    elif rest[0] == "H":
        months = {"1": (1, 6), "2": (7, 12)}[rest[1]]
    else:
        months = (int(rest), int(rest))
    return first_of(y, months[0]), last_of(y, months[1])


def listify(x):
    if x is None:
        return []
    if isinstance(x, list):
        return list(x)
    return [x]


def holds(s, state):
    c = s["case"]
    answered = c["answered"] is True
    table = {
        "no_reply": s["gemeente"] in overdue_no_reply,
        "unanswered": not answered,
        "answered": answered,
        "late": answered and c["reply_on_time"] is False,
        "on_time": answered and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": c["extension_requested"] is True,
        "suspended": c["suspended"] is True,
    }
    return table[state]


def matches(s, f):
    c = s["case"]
    tests = []
    if "province" in f:
        tests.append(s["province"] in listify(f["province"]))
    if "not_province" in f:
        tests.append(s["province"] not in listify(f["not_province"]))
    if "not_gemeente" in f:
        tests.append(s["gemeente"] not in listify(f["not_gemeente"]))
    if "trede" in f:
        tests.append(c["trede"] in listify(f["trede"]))
    if "not_trede" in f:
        tests.append(c["trede"] not in listify(f["not_trede"]))
    if "owner" in f:
        tests.append(c["owner"] == f["owner"])
    if f.get("no_owner") is True:
        tests.append(c["owner"] is None)
    if f.get("letter_undelivered") is True:
        tests.append(c["letter_undelivered"] is True)
    if "compliance" in f:
        tests.append(c["compliance"] == f["compliance"])
    for st in listify(f.get("state")):
        tests.append(holds(s, st))
    for st in listify(f.get("not_state")):
        tests.append(not holds(s, st))
    for m in listify(f.get("missing")):
        tests.append(m in (c["missing"] or []))
    if "reason" in f:
        tests.append(f["reason"] in (s["reasons"] or []))
    if "expected_before" in f or "expected_after" in f:
        if not s["expected_date"]:
            return False
        lo, hi = bounds(s["expected_date"])
        if "expected_before" in f:
            tests.append(hi.isoformat() < f["expected_before"])
        if "expected_after" in f:
            tests.append(lo.isoformat() > f["expected_after"])
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        if "termijn_from" in f:
            tests.append(c["termijn"] >= f["termijn_from"])
        if "termijn_to" in f:
            tests.append(c["termijn"] <= f["termijn_to"])
    return all(tests)


def amsterdam_day(ts):
    # Europe/Amsterdam without zoneinfo: CET, CEST from the last Sunday of March 01:00 UTC
    # to the last Sunday of October 01:00 UTC.
    t = datetime.fromisoformat(ts).astimezone(timezone.utc)
    y = t.year

    def last_sunday(month):
        d = last_of(y, month)
        while d.weekday() != 6:
            d -= timedelta(days=1)
        return datetime(d.year, d.month, d.day, 1, tzinfo=timezone.utc)

    offset = 2 if last_sunday(3) <= t < last_sunday(10) else 1
    return (t + timedelta(hours=offset)).date().isoformat()


def recompute_fact(f):
    s = by_name[f["gemeente"]]
    c = s["case"]
    kind = f["fact"]
    if kind == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if kind == "expected":
        return s["expected_date"]
    if kind in ("owner", "missing", "termijn", "trede", "compliance"):
        return None if c is None else c[kind]
    if kind == "reasons":
        return s["reasons"]
    if kind == "reply":
        if c is None or not c["answered"]:
            return {"reply_date": None, "on_time": None, "days": None, "termijn": c and c["termijn"]}
        day = amsterdam_day(c["reply_at"])
        delta = (date.fromisoformat(day) - date.fromisoformat(c["termijn"])).days
        key = "days_late" if delta > 0 else "days_before_termijn"
        return {"reply_date": day, "on_time": c["reply_on_time"], key: abs(delta), "termijn": c["termijn"]}
    if kind == "wrote":
        return [{"message_id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in s["messages"] if amsterdam_day(m["received_at"]) == f["date"]]
    raise KeyError(kind)


KEYS = ["id", "q", "intent", "filters", "expected_gemeenten", "count", "after", "as_staff", "on", "meaning",
        "expected_fact"]
INTENTS = {"list", "count", "fact", "status", "overview", "help", "clarify", "unknown"}
FACTS = {"places", "expected", "owner", "missing", "wrote", "termijn", "reply", "reasons", "trede", "compliance"}
STAFF = {63501, 63502, 63503, 63504}

records = [json.loads(line) for line in open("questions63_with_expected_sets.jsonl", encoding="utf-8")]
if len(records) != 100:
    problems.append(f"{len(records)} records, not 100")
seen = set()
for i, r in enumerate(records):
    qid = r.get("id")
    if list(r.keys()) != KEYS:
        note(qid, f"keys {list(r.keys())}")
    if qid != 63001 + i:
        note(qid, "id out of sequence")
    if r["intent"] not in INTENTS:
        note(qid, f"intent {r['intent']}")
    if r["on"] != ON:
        note(qid, "on")
    if r["as_staff"] not in STAFF:
        note(qid, "as_staff")
    for a in r["after"]:
        if a not in seen:
            note(qid, f"after {a} is not an earlier question")
    if r["after"] != sorted(r["after"]):
        note(qid, "after not oldest first")
    if r["after"] and records[r["after"][-1] - 63001]["as_staff"] != r["as_staff"]:
        note(qid, "follow-up of another persona")
    seen.add(qid)
    f = r["filters"]
    for v in ("province", "not_province", "not_gemeente"):
        if isinstance(f.get(v), list) and f[v] != sorted(f[v]):
            note(qid, f"{v} list not sorted")
    if "gemeente" in f and f["gemeente"] not in by_name:
        note(qid, f"unknown gemeente {f['gemeente']}")
    for g in listify(f.get("not_gemeente")):
        if g not in by_name:
            note(qid, f"unknown not_gemeente {g}")
    if r["intent"] in ("list", "count"):
        want = sorted(s["gemeente"] for s in cases if matches(s, f))
        if want != r["expected_gemeenten"]:
            note(qid, f"set differs: {sorted(set(want) ^ set(r['expected_gemeenten']))}")
        if r["count"] != len(want):
            note(qid, f"count {r['count']} != {len(want)}")
        if r["expected_fact"] is not None:
            note(qid, "expected_fact on a list/count")
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None:
            note(qid, "non-list carries a set or count")
        if r["intent"] == "fact":
            if f.get("fact") not in FACTS:
                note(qid, f"fact {f.get('fact')}")
            elif recompute_fact(f) != r["expected_fact"]:
                note(qid, f"fact differs: {recompute_fact(f)!r} vs {r['expected_fact']!r}")
        if r["intent"] == "status":
            c = by_name[f["gemeente"]]["case"]
            ef = r["expected_fact"]
            for k in ("trede", "owner", "state", "compliance", "termijn", "missing"):
                if ef.get(k) != c[k]:
                    note(qid, f"status {k} differs")
            if ef.get("expected_date") != by_name[f["gemeente"]]["expected_date"]:
                note(qid, "status expected_date differs")
        if r["intent"] == "overview":
            ef = r["expected_fact"]
            if ef["cases"] != len(cases) or ef["no_reply"] != len(overdue_no_reply):
                note(qid, "overview totals differ")

# the convention's own cross-check: the due no_reply set equals case.overdue
if overdue_no_reply != {s["gemeente"] for s in cases if s["case"]["overdue"]}:
    problems.append("due no_reply set differs from case.overdue")

for p in problems:
    print(p)
print(f"differences: {len(problems)}")
sys.exit(1 if problems else 0)
