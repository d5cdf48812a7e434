"""Shared reading of status.json / due.json for make_questions.py (labels per /work/blind/CONV-Q.md)."""
import calendar, datetime as dt, json
from zoneinfo import ZoneInfo

AMS = ZoneInfo("Europe/Amsterdam")
STAFF = {53501: "Ellen", 53502: "Mark", 53503: "Fatima", 53504: "Tom"}
ON = "2029-06-05"

STATUS = {d["gemeente"]: d for d in json.load(open("status.json", encoding="utf-8"))}
DUE = json.load(open("due.json", encoding="utf-8"))
CASES = {g: d for g, d in STATUS.items() if d["case"]}
NO_REPLY = {x["gemeente"] for x in DUE if x["section"] == "overdue" and x["kind"] == "no_reply"}


def interval(v):
    """expected_date -> (first day, last day)."""
    y = int(v[:4])
    if len(v) == 10:
        d = dt.date.fromisoformat(v)
        return d, d
    if v[5] == "Q":
        q = int(v[6])
        return dt.date(y, 3 * q - 2, 1), dt.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if v[5] == "H":
        return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if v[6] == "1" else (dt.date(y, 7, 1), dt.date(y, 12, 31))
    m = int(v[5:7])
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def state_holds(g, s):
    c = CASES[g]["case"]
    return {
        "no_reply": g in NO_REPLY,
        "unanswered": not c["answered"],
        "answered": bool(c["answered"]),
        "late": bool(c["answered"]) and c["reply_on_time"] is False,
        "on_time": bool(c["answered"]) and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": bool(c["extension_requested"]),
        "suspended": bool(c["suspended"]),
    }[s]


def as_list(v):
    return v if isinstance(v, list) else [v]


def select(f):
    out = []
    for g, d in CASES.items():
        c = d["case"]
        if "province" in f and d["province"] not in as_list(f["province"]):
            continue
        if "not_province" in f and d["province"] in as_list(f["not_province"]):
            continue
        if "not_gemeente" in f and g in as_list(f["not_gemeente"]):
            continue
        if "trede" in f and c["trede"] != f["trede"]:
            continue
        if "not_trede" in f and c["trede"] == f["not_trede"]:
            continue
        if "owner" in f and c["owner"] != f["owner"]:
            continue
        if f.get("no_owner") and c["owner"] is not None:
            continue
        if f.get("letter_undelivered") and not c["letter_undelivered"]:
            continue
        if "compliance" in f and c["compliance"] != f["compliance"]:
            continue
        if not all(state_holds(g, s) for s in f.get("state", [])):
            continue
        if any(state_holds(g, s) for s in f.get("not_state", [])):
            continue
        if not all(m in c["missing"] for m in f.get("missing", [])):
            continue
        if "reason" in f and f["reason"] not in d["reasons"]:
            continue
        if "expected_before" in f or "expected_after" in f:
            if not d["expected_date"]:
                continue
            first, last = interval(d["expected_date"])
            if "expected_before" in f and not last < dt.date.fromisoformat(f["expected_before"]):
                continue
            if "expected_after" in f and not first > dt.date.fromisoformat(f["expected_after"]):
                continue
        if "termijn_from" in f or "termijn_to" in f:
            if not c["termijn"]:
                continue
            if "termijn_from" in f and c["termijn"] < f["termijn_from"]:
                continue
            if "termijn_to" in f and c["termijn"] > f["termijn_to"]:
                continue
        out.append(g)
    return sorted(out)


def local_day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(kind, g, date=None):
    d = STATUS[g]
    c = d["case"]
    if kind == "places":
        return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if kind == "expected":
        return d["expected_date"]
    if kind == "owner":
        return c["owner"]
    if kind == "missing":
        return c["missing"]
    if kind == "termijn":
        return c["termijn"]
    if kind == "trede":
        return c["trede"]
    if kind == "compliance":
        return c["compliance"]
    if kind == "reasons":
        return d["reasons"]
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"]}
        day = local_day(c["reply_at"])
        diff = (day - dt.date.fromisoformat(c["termijn"])).days
        return {"reply_date": day.isoformat(), "termijn": c["termijn"], "on_time": c["reply_on_time"],
                "days_late" if diff > 0 else "days_before_termijn": abs(diff)}
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in d["messages"] if local_day(m["received_at"]).isoformat() == date]
    if kind == "status":
        return {"trede": c["trede"], "state": c["state"], "compliance": c["compliance"], "owner": c["owner"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
                "missing": c["missing"], "expected_date": d["expected_date"],
                "realised": d["realised_total"], "planned": d["planned_total"], "reasons": d["reasons"]}
    raise ValueError(kind)


def overview():
    gs = list(CASES)
    return {"cases": len(gs), "no_reply": len(NO_REPLY),
            **{s: sum(state_holds(g, s) for g in gs) for s in ("answered", "late", "complete", "incomplete", "extended")},
            "letter_undelivered": sum(bool(CASES[g]["case"]["letter_undelivered"]) for g in gs)}
