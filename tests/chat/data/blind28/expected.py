#!/usr/bin/env python3
"""Expected answers for questions.jsonl, computed from status.json and due.json by /work/blind/CONV-Q.md.

`python3 expected.py` recomputes every line of questions.jsonl and reports the differences (must be 0).
make_questions.py imports `fill()` to write the expected fields."""
import calendar, json, os, sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = ZoneInfo("Europe/Amsterdam")
STAFF = {28501: "Ingeborg", 28502: "Tarik", 28503: "Marjolein", 28504: "Gijs"}
REGIONS = {"noord": ["Drenthe", "Friesland", "Groningen"], "oost": ["Gelderland", "Overijssel"],
           "zuid": ["Limburg", "Noord-Brabant", "Zeeland"]}
LIST_INTENTS = {"list", "count"}

STATUS = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
BY_NAME = {r["gemeente"]: r for r in STATUS}
CASES = [r for r in STATUS if r["case"]]
NO_REPLY = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def interval(s):
    """expected_date string -> (first day, last day)."""
    y = int(s[:4])
    rest = s[5:]
    if len(s) == 10:
        d = date.fromisoformat(s)
        return d, d
    if rest.startswith("Q"):
        q = int(rest[1])
        m1, m2 = 3 * q - 2, 3 * q
    elif rest.startswith("H"):
        h = int(rest[1])
        m1, m2 = (1, 6) if h == 1 else (7, 12)
    else:
        m1 = m2 = int(rest)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(row, st):
    c = row["case"]
    if st == "no_reply":
        return row["gemeente"] in NO_REPLY
    if st == "unanswered":
        return not c["answered"]
    if st == "answered":
        return bool(c["answered"])
    if st == "late":
        return bool(c["answered"]) and c["reply_on_time"] is False
    if st == "on_time":
        return bool(c["answered"]) and c["reply_on_time"] is True
    if st == "incomplete":
        return c["state"] == "answered_incomplete"
    if st == "complete":
        return c["state"] == "answered_complete"
    if st == "extended":
        return bool(c["extension_requested"])
    if st == "suspended":
        return bool(c["suspended"])
    raise ValueError(st)


def matches(row, f, asker):
    c = row["case"]
    if "province" in f and row["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and row["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and row["gemeente"] in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and c["trede"] != f["trede"]:
        return False
    if "not_trede" in f and c["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and c["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and c["owner"] is not None:
        return False
    if f.get("letter_undelivered") and not c["letter_undelivered"]:
        return False
    if "compliance" in f and c["compliance"] != f["compliance"]:
        return False
    if any(not state_holds(row, s) for s in f.get("state", [])):
        return False
    if any(state_holds(row, s) for s in f.get("not_state", [])):
        return False
    if any(m not in c["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and not all(r in row["reasons"] for r in as_list(f["reason"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not row["expected_date"]:
            return False
        first, last = interval(row["expected_date"])
        if "expected_before" in f and not last < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not first > date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = date.fromisoformat(c["termijn"])
        if "termijn_from" in f and t < date.fromisoformat(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > date.fromisoformat(f["termijn_to"]):
            return False
    return True


def local_day(iso):
    return datetime.fromisoformat(iso).astimezone(TZ).date()


def fact_value(row, fact, f):
    c = row["case"]
    if fact == "places":
        return {"realised": row["realised_total"], "planned": row["planned_total"]}
    if fact == "expected":
        return row["expected_date"]
    if fact == "owner":
        return c["owner"]
    if fact == "missing":
        return c["missing"]
    if fact == "termijn":
        return c["termijn"]
    if fact == "reply":
        if not c["reply_at"]:
            return {"reply_date": None, "on_time": None, "days_after_termijn": None, "overdue": c["overdue"]}
        d = local_day(c["reply_at"])
        days = (d - date.fromisoformat(c["termijn"])).days if c["termijn"] else None
        return {"reply_date": d.isoformat(), "on_time": c["reply_on_time"], "days_after_termijn": days}
    if fact == "reasons":
        return row["reasons"]
    if fact == "trede":
        return c["trede"]
    if fact == "compliance":
        return c["compliance"]
    if fact == "wrote":
        day = date.fromisoformat(f["date"])
        return [{"message_id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in row["messages"] if local_day(m["received_at"]) == day]
    raise ValueError(fact)


def status_summary(row):
    c = row["case"]
    return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
            "termijn": c["termijn"], "answered": c["answered"], "reply_on_time": c["reply_on_time"],
            "overdue": c["overdue"], "extension_requested": c["extension_requested"],
            "letter_undelivered": c["letter_undelivered"], "missing": c["missing"],
            "expected_date": row["expected_date"],
            "places": {"realised": row["realised_total"], "planned": row["planned_total"]}}


def fill(q):
    """Return the expected fields of question q (dict with intent, filters, as_staff)."""
    f = q["filters"]
    out = {"expected_gemeenten": [], "count": None}
    if q["intent"] in LIST_INTENTS:
        asker = STAFF.get(q.get("as_staff"))
        if "owner" in f and f["owner"] not in STAFF.values():
            raise ValueError(f"{q['id']}: unknown owner {f['owner']}")
        names = sorted(r["gemeente"] for r in CASES if matches(r, f, asker))
        out["expected_gemeenten"] = names
        out["count"] = len(names)
    elif q["intent"] == "fact":
        row = BY_NAME[f["gemeente"]]
        assert row["case"], f["gemeente"]
        out["expected_fact"] = fact_value(row, f["fact"], f)
    elif q["intent"] == "status":
        row = BY_NAME[f["gemeente"]]
        assert row["case"], f["gemeente"]
        out["expected_fact"] = status_summary(row)
    return out


KEYS = ["id", "q", "intent", "filters", "expected_gemeenten", "count", "after", "as_staff", "on", "meaning"]


def check_shape(q, ids_before):
    errs = []
    for k in KEYS:
        if k not in q:
            errs.append(f"missing key {k}")
    if q["intent"] in ("fact", "status") and "expected_fact" not in q:
        errs.append("missing expected_fact")
    for a in q.get("after") or []:
        if a not in ids_before:
            errs.append(f"after {a} is not an earlier id")
    if q["intent"] == "fact" and "fact" not in q["filters"]:
        errs.append("fact without filters.fact")
    return errs


def main():
    path = os.path.join(HERE, "questions.jsonl")
    diffs = 0
    seen = []
    n = 0
    for line in open(path, encoding="utf-8"):
        q = json.loads(line)
        n += 1
        for e in check_shape(q, seen):
            print(f"{q['id']}: {e}")
            diffs += 1
        exp = fill(q)
        for k, v in exp.items():
            if q.get(k) != v:
                print(f"{q['id']}: {k} differs: file {q.get(k)!r} vs computed {v!r}")
                diffs += 1
        seen.append(q["id"])
    print(f"{n} questions checked, differences: {diffs}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
