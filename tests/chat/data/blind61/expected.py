#!/usr/bin/env python3
"""Independent recomputation of questions61_with_expected_sets.jsonl from status.json and due.json.
Shares no code with engine.py / make_questions.py. Prints "differences: N"."""
import calendar, json, os, re
from datetime import date, datetime, timedelta, timezone

here = os.path.dirname(os.path.abspath(__file__))
status = json.load(open(os.path.join(here, "status.json"), encoding="utf-8"))
due = json.load(open(os.path.join(here, "due.json"), encoding="utf-8"))
questions = [json.loads(l) for l in open(os.path.join(here, "questions61_with_expected_sets.jsonl"), encoding="utf-8")]

overdue_no_reply = set()
for item in due:
    if item["section"] == "overdue" and item["kind"] == "no_reply":
        overdue_no_reply.add(item["gemeente"])

PAT = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$")


def span(text):
    """'2027-Q2' -> (date(2027,4,1), date(2027,6,30)); also YYYY-MM-DD, YYYY-MM, YYYY-Hn"""
    m = PAT.match(text)
    if not m:
        raise ValueError(text)
    year = int(m.group(1))
    if m.group(3):
        day = date(year, int(m.group(2)), int(m.group(3)))
        return day, day
    if m.group(2):
        a = b = int(m.group(2))
    elif m.group(4):
        b = int(m.group(4)) * 3
        a = b - 2
    elif m.group(5):
        a, b = (1, 6) if m.group(5) == "1" else (7, 12)
    else:
        a, b = 1, 12
    return date(year, a, 1), date(year, b, calendar.monthrange(year, b)[1])


def ymd(s):
    y, m, d = (int(x) for x in s.split("-"))
    return date(y, m, d)


def states_of(rec):
    c = rec["case"]
    s = set()
    if rec["gemeente"] in overdue_no_reply:
        s.add("no_reply")
    if c["answered"]:
        s.add("answered")
        s.add("on_time" if c["reply_on_time"] else "late")
    else:
        s.add("unanswered")
    if c["state"] == "answered_incomplete":
        s.add("incomplete")
    elif c["state"] == "answered_complete":
        s.add("complete")
    if c["extension_requested"]:
        s.add("extended")
    if c["suspended"]:
        s.add("suspended")
    return s


def listify(v):
    if isinstance(v, list):
        return set(v)
    return {v}


def keep(rec, f):
    c = rec["case"]
    checks = []
    for key, val in f.items():
        if key in ("fact", "date", "search"):
            continue
        if key == "gemeente":
            checks.append(rec["gemeente"] in listify(val))
        elif key == "province":
            checks.append(rec["province"] in listify(val))
        elif key == "not_province":
            checks.append(rec["province"] not in listify(val))
        elif key == "not_gemeente":
            checks.append(rec["gemeente"] not in listify(val))
        elif key == "trede":
            checks.append(c["trede"] in listify(val))
        elif key == "not_trede":
            checks.append(c["trede"] not in listify(val))
        elif key == "owner":
            checks.append(c["owner"] == val)
        elif key == "no_owner":
            checks.append((c["owner"] is None) == bool(val))
        elif key == "letter_undelivered":
            checks.append(bool(c["letter_undelivered"]) == bool(val))
        elif key == "compliance":
            checks.append(c["compliance"] in listify(val))
        elif key == "state":
            checks.append(set(val) <= states_of(rec))
        elif key == "not_state":
            checks.append(not (set(val) & states_of(rec)))
        elif key == "missing":
            checks.append(set(val) <= set(c["missing"]))
        elif key == "reason":
            checks.append(listify(val) <= set(rec["reasons"]))
        elif key == "expected_before":
            checks.append(rec["expected_date"] is not None and span(rec["expected_date"])[1] < ymd(val))
        elif key == "expected_after":
            checks.append(rec["expected_date"] is not None and span(rec["expected_date"])[0] > ymd(val))
        elif key == "termijn_from":
            checks.append(c["termijn"] is not None and ymd(c["termijn"]) >= ymd(val))
        elif key == "termijn_to":
            checks.append(c["termijn"] is not None and ymd(c["termijn"]) <= ymd(val))
        else:
            raise KeyError(key)
    return all(checks)


def ams_day(ts):
    t = datetime.fromisoformat(ts).astimezone(timezone.utc)
    # Europe/Amsterdam: CEST (+2) from last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC
    y = t.year
    def last_sunday(month):
        d = date(y, month, calendar.monthrange(y, month)[1])
        return d - timedelta(days=(d.weekday() + 1) % 7)
    start = datetime(y, 3, last_sunday(3).day, 1, tzinfo=timezone.utc)
    end = datetime(y, 10, last_sunday(10).day, 1, tzinfo=timezone.utc)
    return (t + timedelta(hours=2 if start <= t < end else 1)).date()


by_name = {r["gemeente"]: r for r in status}
with_case = [r for r in status if r["case"] is not None]
assert len(with_case) == 229, len(with_case)

diff = 0
for q in questions:
    if q["intent"] in ("list", "count"):
        names = sorted(r["gemeente"] for r in with_case if keep(r, q["filters"]))
        if names != q["expected_gemeenten"] or len(names) != q["count"]:
            diff += 1
            print("DIFF", q["id"], q["count"], len(names), set(names) ^ set(q["expected_gemeenten"]))
    else:
        if q["expected_gemeenten"] != [] or q["count"] is not None:
            diff += 1
            print("DIFF non-list has a set", q["id"])
        if q["intent"] == "fact":
            g = q["filters"]["gemeente"]
            rec = by_name[g]
            c = rec["case"]
            fact = q["filters"]["fact"]
            ef = q["expected_fact"]
            if c is None:
                ok = isinstance(ef, dict) and ef.get("case", 1) is None
            elif fact == "places":
                ok = ef == {"realised": rec["realised_total"], "planned": rec["planned_total"]}
            elif fact == "expected":
                ok = ef == rec["expected_date"]
            elif fact in ("owner", "missing", "termijn", "trede", "compliance"):
                ok = ef == c[fact]
            elif fact == "reasons":
                ok = ef == rec["reasons"]
            elif fact == "reply":
                if not c["answered"]:
                    ok = ef["answered"] is False
                else:
                    rd = ams_day(c["reply_at"])
                    delta = (ymd(c["termijn"]) - rd).days
                    ok = (ef["reply_date"] == rd.isoformat() and ef["on_time"] == (delta >= 0)
                          and ef.get("days_before_termijn", -ef.get("days_late", 0)) == delta)
            elif fact == "wrote":
                day = ymd(q["filters"]["date"])
                msgs = [m for m in rec["messages"] if ams_day(m["received_at"]) == day]
                ok = [m["kind"] for m in msgs] == [e["kind"] for e in ef] and len(msgs) > 0
            else:
                ok = False
            if not ok:
                diff += 1
                print("DIFF fact", q["id"], fact, ef)
        if q["intent"] in ("fact", "status", "unknown") and "gemeente" in q["filters"]:
            if q["filters"]["gemeente"] not in by_name:
                diff += 1
                print("DIFF unknown name", q["id"])
    for a in q["after"]:
        if not (61001 <= a < q["id"]):
            diff += 1
            print("DIFF after", q["id"])
    if q["on"] != "2029-11-20":
        diff += 1
print("questions:", len(questions))
print("differences:", diff)
