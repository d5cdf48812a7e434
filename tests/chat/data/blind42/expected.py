"""Generic engine: the answer from intent + filters only (CONV-Q.md rules), compared with the hand predicates
and hand facts in questions42_with_expected_sets.jsonl. Must print "differences: 0"."""
import calendar, json, os, sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo
from common import HERE, load, STAFF

AMS = ZoneInfo("Europe/Amsterdam")
OUT = os.path.join(HERE, "questions42_with_expected_sets.jsonl")

def interval(exp):
    """status.expected_date as (first day, last day)."""
    if not exp:
        return None
    y = int(exp[:4])
    rest = exp[5:]
    if len(exp) == 10:
        d = date.fromisoformat(exp); return d, d
    if rest.startswith("Q"):
        q = int(rest[1]); m1 = 3 * q - 2; m2 = 3 * q
        return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])
    if rest.startswith("H"):
        h = int(rest[1]); m1 = 1 if h == 1 else 7; m2 = 6 if h == 1 else 12
        return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])
    m = int(rest)
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])

def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]

def no_reply_set(due):
    return {r["gemeente"] for r in due if r["section"] == "overdue" and r["kind"] == "no_reply"}

def state_holds(st, name, d, noreply):
    c = d["case"]
    if st == "no_reply":
        return name in noreply
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

def matches(name, d, f, owner_name, noreply):
    c = d["case"]
    if not c:
        return False
    if "province" in f and d["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and d["province"] in as_list(f["not_province"]):
        return False
    if "not_gemeente" in f and name in as_list(f["not_gemeente"]):
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
    for st in f.get("state", []):
        if not state_holds(st, name, d, noreply):
            return False
    for st in f.get("not_state", []):
        if state_holds(st, name, d, noreply):
            return False
    for el in f.get("missing", []):
        if el not in c["missing"]:
            return False
    if "reason" in f and f["reason"] not in d["reasons"]:
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
        if not c["termijn"]:
            return False
        t = date.fromisoformat(c["termijn"])
        if "termijn_from" in f and t < date.fromisoformat(f["termijn_from"]):
            return False
        if "termijn_to" in f and t > date.fromisoformat(f["termijn_to"]):
            return False
    return True

def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()

def fact_value(kind, d, f):
    c = d["case"]
    if kind == "places":
        return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if kind == "expected":
        return d["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return sorted(c["missing"])
    if kind == "termijn":
        return {"termijn": c["termijn"], "days_left": c["days_left"],
                "extension_requested": c["extension_requested"],
                "extension_requested_until": c["extension_requested_until"]}
    if kind == "reply":
        if not c["reply_at"]:
            return {"reply_date": None, "on_time": None, "days_before_termijn": None}
        rd = local_day(c["reply_at"])
        return {"reply_date": rd, "on_time": c["reply_on_time"],
                "days_before_termijn": (date.fromisoformat(c["termijn"]) - date.fromisoformat(rd)).days}
    if kind == "reasons":
        return sorted(d["reasons"])
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"]}
                for m in sorted(d["messages"], key=lambda m: m["received_at"])
                if local_day(m["received_at"]) == f["date"]]
    raise ValueError(kind)

def status_summary(d):
    c = d["case"]
    return {"trede": c["trede"], "state": c["state"], "compliance": c["compliance"], "termijn": c["termijn"],
            "owner": c["owner"], "missing": sorted(c["missing"]), "expected_date": d["expected_date"],
            "realised": d["realised_total"], "planned": d["planned_total"]}

def engine(q, status, due):
    intent, f = q["intent"], q["filters"]
    if intent in ("list", "count"):
        noreply = no_reply_set(due)
        g = sorted(n for n, d in status.items() if matches(n, d, f, STAFF.get(q["as_staff"]), noreply))
        return g, len(g), None
    if intent == "fact":
        return [], None, fact_value(f["fact"], status[f["gemeente"]], f)
    if intent == "status":
        return [], None, status_summary(status[f["gemeente"]])
    return [], None, None   # help, overview, clarify, unknown

def main():
    status, due = load()
    qs = [json.loads(l) for l in open(OUT, encoding="utf-8")]
    diffs = 0
    for q in qs:
        g, n, fact = engine(q, status, due)
        if g != q["expected_gemeenten"] or n != q["count"] or fact != q["expected_fact"]:
            diffs += 1
            print("DIFF", q["id"], q["q"], "\n  engine:", g, n, fact, "\n  hand:  ", q["expected_gemeenten"], q["count"], q["expected_fact"])
    print("questions:", len(qs))
    print("differences:", diffs)
    return 1 if diffs else 0

if __name__ == "__main__":
    sys.exit(main())
