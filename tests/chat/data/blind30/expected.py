"""Recompute every expected set / count / fact of questions.jsonl from status.json and due.json
(a second implementation, written apart from make_questions.py) and print the differences."""
import calendar, json, sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

status = json.load(open("status.json", encoding="utf-8"))
due = json.load(open("due.json", encoding="utf-8"))
cases = {r["gemeente"]: r for r in status if r["case"] is not None}
no_reply = {d["gemeente"] for d in due if d["section"] == "overdue" and d["kind"] == "no_reply"}
assert no_reply == {g for g, r in cases.items() if r["case"]["overdue"]}, "due no_reply != case.overdue"


def span(v):
    y = int(v[:4])
    if len(v) == 10:
        return date.fromisoformat(v), date.fromisoformat(v)
    tag = v[5:]
    if tag[0] == "Q":
        m1 = 3 * int(tag[1]) - 2; m2 = m1 + 2
    elif tag[0] == "H":
        m1 = 1 if tag[1] == "1" else 7; m2 = m1 + 5
    else:
        m1 = m2 = int(tag)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def states(g):
    c = cases[g]["case"]; s = set()
    if g in no_reply: s.add("no_reply")
    if not c["answered"]: s.add("unanswered")
    if c["answered"]:
        s.add("answered")
        if c["reply_on_time"] is True: s.add("on_time")
        if c["reply_on_time"] is False: s.add("late")
    if c["state"] == "answered_incomplete": s.add("incomplete")
    if c["state"] == "answered_complete": s.add("complete")
    if c["extension_requested"]: s.add("extended")
    if c["suspended"]: s.add("suspended")
    return s


def L(v):
    return set(v) if isinstance(v, list) else {v}


def keep(g, f):
    r = cases[g]; c = r["case"]; st = states(g)
    checks = [
        ("province", lambda v: r["province"] in L(v)),
        ("not_province", lambda v: r["province"] not in L(v)),
        ("not_gemeente", lambda v: g not in L(v)),
        ("trede", lambda v: c["trede"] == v),
        ("not_trede", lambda v: c["trede"] not in L(v)),
        ("owner", lambda v: c["owner"] == v),
        ("no_owner", lambda v: (c["owner"] is None) == v),
        ("letter_undelivered", lambda v: bool(c["letter_undelivered"]) == v),
        ("compliance", lambda v: c["compliance"] == v),
        ("state", lambda v: set(v) <= st),
        ("not_state", lambda v: not (set(v) & st)),
        ("missing", lambda v: set(v) <= set(c["missing"] or [])),
        ("reason", lambda v: v in (r["reasons"] or [])),
        ("expected_before", lambda v: bool(r["expected_date"]) and span(r["expected_date"])[1] < date.fromisoformat(v)),
        ("expected_after", lambda v: bool(r["expected_date"]) and span(r["expected_date"])[0] > date.fromisoformat(v)),
        ("termijn_from", lambda v: bool(c["termijn"]) and c["termijn"] >= v),
        ("termijn_to", lambda v: bool(c["termijn"]) and c["termijn"] <= v),
    ]
    known = {k for k, _ in checks} | {"gemeente", "fact", "date"}
    unknown_keys = set(f) - known
    assert not unknown_keys, unknown_keys
    return all(fn(f[k]) for k, fn in checks if k in f)


def day_local(ts):
    return datetime.fromisoformat(ts).astimezone(ZoneInfo("Europe/Amsterdam")).date()


def fact_value(q):
    f = q["filters"]; g = f["gemeente"]; r = cases[g]; c = r["case"]
    kind = "status" if q["intent"] == "status" else f["fact"]
    places = {"realised": r["realised_total"], "planned": r["planned_total"]}
    if kind == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "answered": c["answered"], "reply_on_time": c["reply_on_time"],
                "missing": c["missing"], "expected_date": r["expected_date"], "places": places, "reasons": r["reasons"]}
    if kind == "reply":
        d = day_local(c["reply_at"])
        return {"reply_date": str(d), "on_time": c["reply_on_time"],
                "days_after_termijn": (d - date.fromisoformat(c["termijn"])).days}
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"]} for m in r["messages"]
                if str(day_local(m["received_at"])) == f["date"]]
    return {"places": places, "expected": r["expected_date"], "owner": c["owner"], "missing": c["missing"],
            "termijn": c["termijn"], "trede": c["trede"], "compliance": c["compliance"], "reasons": r["reasons"]}[kind]


qs = [json.loads(l) for l in open("questions.jsonl", encoding="utf-8")]
diff = 0
ids = [q["id"] for q in qs]
assert ids == list(range(30001, 30101)), "ids"
for q in qs:
    if q["intent"] in ("list", "count"):
        exp = sorted(g for g in cases if keep(g, q["filters"]))
        if exp != q["expected_gemeenten"] or q["count"] != len(exp):
            diff += 1; print("DIFF", q["id"], q["q"], "\n  file:", q["expected_gemeenten"], "\n  here:", exp)
    else:
        if q["expected_gemeenten"] != [] or q["count"] is not None:
            diff += 1; print("DIFF", q["id"], "non-list question with a set/count")
        if q["intent"] in ("fact", "status"):
            v = fact_value(q)
            if q.get("expected_fact", "<absent>") != v:
                diff += 1; print("DIFF", q["id"], q["q"], "\n  file:", q.get("expected_fact"), "\n  here:", v)
    for a in q["after"]:
        assert a < q["id"] and q["id"] - a < 25, (q["id"], a)
from collections import Counter
print("intents:", dict(Counter(q["intent"] for q in qs)))
print("personas:", dict(Counter(q["as_staff"] for q in qs)))
print("differences:", diff)
sys.exit(1 if diff else 0)
