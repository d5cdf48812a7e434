"""Independent recomputation of every expected set (and simple facts) from status.json / due.json.

Shares no code with engine.py / make_questions.py: its own reading of the expected-date intervals
(via ordinal day numbers) and of the states. Prints each difference, then "differences: N".
"""
import json
import os
from datetime import date, datetime, timedelta, timezone

here = os.path.dirname(os.path.abspath(__file__))
rows = json.load(open(os.path.join(here, "status.json"), encoding="utf-8"))
due = json.load(open(os.path.join(here, "due.json"), encoding="utf-8"))
questions = [json.loads(l) for l in open(os.path.join(here, "questions60_with_expected_sets.jsonl"), encoding="utf-8")]

overdue_no_reply = set()
for item in due:
    if item.get("section") == "overdue" and item.get("kind") == "no_reply":
        overdue_no_reply.add(item["gemeente"])


def first_of_month(y, m):
    return date(y, m, 1)


def last_of_month(y, m):
    # first day of the following month minus one day
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return nxt - timedelta(days=1)


def span(text):
    """Expected date text -> (first day, last day) as ordinals; None when absent."""
    if text is None:
        return None
    parts = text.split("-")
    year = int(parts[0])
    if len(parts) == 3:
        d = date(year, int(parts[1]), int(parts[2]))
        return d.toordinal(), d.toordinal()
    p = parts[1]
    if p[0] == "Q":
        months = {"1": (1, 3), "2": (4, 6), "3": (7, 9), "4": (10, 12)}[p[1]]
    elif p[0] == "H":
        months = {"1": (1, 6), "2": (7, 12)}[p[1]]
    else:
        months = (int(p), int(p))
    return first_of_month(year, months[0]).toordinal(), last_of_month(year, months[1]).toordinal()


def ordinal(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return date(y, m, d).toordinal()


def has_state(name, row):
    c = row["case"]
    answered = c["answered"] is True
    table = {
        "no_reply": row["gemeente"] in overdue_no_reply,
        "unanswered": not answered,
        "answered": answered,
        "late": answered and c["reply_on_time"] is False,
        "on_time": answered and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": c["extension_requested"] is True,
        "suspended": c["suspended"] is True,
    }
    return table[name]


def listify(v):
    if isinstance(v, list):
        return v
    return [v]


def keep(f, row):
    c = row["case"]
    checks = []
    for key, val in f.items():
        if key == "province":
            checks.append(row["province"] in listify(val))
        elif key == "not_province":
            checks.append(row["province"] not in listify(val))
        elif key == "gemeente":
            checks.append(row["gemeente"] in listify(val))
        elif key == "not_gemeente":
            checks.append(row["gemeente"] not in listify(val))
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
            checks.append(c["compliance"] == val)
        elif key == "state":
            checks.append(all(has_state(s, row) for s in val))
        elif key == "not_state":
            checks.append(not any(has_state(s, row) for s in val))
        elif key == "missing":
            checks.append(set(val) <= set(c["missing"]))
        elif key == "reason":
            checks.append(set(listify(val)) <= set(row["reasons"]))
        elif key == "expected_before":
            sp = span(row["expected_date"])
            checks.append(sp is not None and sp[1] < ordinal(val))
        elif key == "expected_after":
            sp = span(row["expected_date"])
            checks.append(sp is not None and sp[0] > ordinal(val))
        elif key == "termijn_from":
            checks.append(c["termijn"] is not None and ordinal(c["termijn"]) >= ordinal(val))
        elif key == "termijn_to":
            checks.append(c["termijn"] is not None and ordinal(c["termijn"]) <= ordinal(val))
        elif key in ("fact", "date", "search"):
            pass
        else:
            raise SystemExit(f"unknown filter {key}")
    return all(checks)


def amsterdam_date(ts):
    # Europe/Amsterdam: UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC
    t = datetime.fromisoformat(ts).astimezone(timezone.utc)
    def last_sunday(y, m):
        d = last_of_month(y, m)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    start = datetime.combine(last_sunday(t.year, 3), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    end = datetime.combine(last_sunday(t.year, 10), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    offset = 2 if start <= t < end else 1
    return (t + timedelta(hours=offset)).date()


def simple_fact(kind, row, q):
    c = row["case"]
    if kind == "places":
        return {"realised": row["realised_total"], "planned": row["planned_total"]}
    if kind == "expected":
        return row["expected_date"]
    if kind in ("owner", "missing", "trede", "compliance"):
        return c[kind]
    if kind == "reasons":
        return row["reasons"]
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"], "no_reply_overdue": row["gemeente"] in overdue_no_reply}
        rd = amsterdam_date(c["reply_at"])
        return {"answered": True, "reply_date": rd.isoformat(), "termijn": c["termijn"],
                "on_time": c["reply_on_time"], "days_after_termijn": rd.toordinal() - ordinal(c["termijn"])}
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in row["messages"] if amsterdam_date(m["received_at"]).isoformat() == q["filters"]["date"]]
    return q["expected_fact"]  # termijn/status summaries: checked by eye


by_name = {r["gemeente"]: r for r in rows}
universe = [r for r in rows if r["case"] is not None]
differences = 0
assert len(questions) == 100 and [q["id"] for q in questions] == list(range(60001, 60101))
for q in questions:
    assert q["on"] == "2029-11-06"
    assert all(a < q["id"] for a in q["after"]) and q["after"] == sorted(q["after"])
    if q["intent"] in ("list", "count"):
        mine = sorted(r["gemeente"] for r in universe if keep(q["filters"], r))
        if mine != q["expected_gemeenten"] or q["count"] != len(mine):
            differences += 1
            print("DIFF", q["id"], sorted(set(mine) ^ set(q["expected_gemeenten"])), q["count"], len(mine))
    else:
        if q["expected_gemeenten"] != [] or q["count"] is not None:
            differences += 1
            print("DIFF (non-list has a set)", q["id"])
        if q["intent"] == "fact":
            row = by_name[q["filters"]["gemeente"]]
            want = simple_fact(q["filters"]["fact"], row, q)
            if want != q["expected_fact"]:
                differences += 1
                print("DIFF fact", q["id"], want, q["expected_fact"])
        if q["intent"] == "status" and q["filters"]["gemeente"] not in by_name:
            differences += 1
            print("DIFF unknown gemeente", q["id"])
print("differences:", differences)
