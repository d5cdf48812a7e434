#!/usr/bin/env python3
"""expected.py: a second, independent recomputation of every set, count and fact of
questions55_with_expected_sets.jsonl from status.json / due.json. Prints "differences: N"."""
import calendar, json, os, re
import datetime as dt
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
status = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
questions = [json.loads(l) for l in open(os.path.join(HERE, "questions55_with_expected_sets.jsonl"), encoding="utf-8")]
NAMES = {55501: "Judith", 55502: "Robin", 55503: "Samira", 55504: "Gert"}
TZ = ZoneInfo("Europe/Amsterdam")

overdue_no_reply = set()
for item in due:
    if (item["section"], item["kind"]) == ("overdue", "no_reply"):
        overdue_no_reply.add(item["cbs_code"])


def span(text):
    """expected date text -> (first, last) as dates; None when absent."""
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        day = dt.date(*map(int, m.groups()))
        return day, day
    m = re.fullmatch(r"(\d{4})-Q([1-4])", text)
    if m:
        y, k = int(m.group(1)), int(m.group(2))
        lo, hi = 3 * k - 2, 3 * k
        return dt.date(y, lo, 1), dt.date(y, hi, calendar.monthrange(y, hi)[1])
    m = re.fullmatch(r"(\d{4})-H([12])", text)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        lo, hi = (1, 6) if h == 1 else (7, 12)
        return dt.date(y, lo, 1), dt.date(y, hi, calendar.monthrange(y, hi)[1])
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    raise ValueError(text)


def tags(rec):
    """the set of state words that hold for a case"""
    c = rec["case"]
    t = set()
    if rec["cbs_code"] in overdue_no_reply:
        t.add("no_reply")
    if c["answered"]:
        t.add("answered")
        t.add("on_time" if c["reply_on_time"] else "late")
    else:
        t.add("unanswered")
    t |= {"answered_incomplete": {"incomplete"}, "answered_complete": {"complete"}}.get(c["state"], set())
    if c["suspended"]:
        t.add("suspended")
    if c["extension_requested"]:
        t.add("extended")
    return t


def listify(x):
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def keep(rec, flt):
    c = rec["case"]
    checks = []
    if "province" in flt:
        checks.append(rec["province"] in listify(flt["province"]))
    if "not_province" in flt:
        checks.append(rec["province"] not in listify(flt["not_province"]))
    if "not_gemeente" in flt:
        checks.append(rec["gemeente"] not in listify(flt["not_gemeente"]))
    if "trede" in flt:
        checks.append(c["trede"] == int(flt["trede"]))
    if "not_trede" in flt:
        checks.append(c["trede"] not in [int(x) for x in listify(flt["not_trede"])])
    if "owner" in flt:
        checks.append((c["owner"] or "").lower() == flt["owner"].lower())
    if flt.get("no_owner"):
        checks.append(not c["owner"])
    if flt.get("letter_undelivered"):
        checks.append(c["letter_undelivered"] is True)
    if "compliance" in flt:
        checks.append(c["compliance"] == flt["compliance"])
    st = tags(rec)
    checks.append(set(flt.get("state", [])) <= st)
    checks.append(not (set(flt.get("not_state", [])) & st))
    checks.append(set(flt.get("missing", [])) <= set(c["missing"] or []))
    if "reason" in flt:
        checks.append(set(listify(flt["reason"])) <= set(rec["reasons"] or []))
    if "expected_before" in flt or "expected_after" in flt:
        sp = span(rec["expected_date"])
        checks.append(sp is not None)
        if sp:
            if "expected_before" in flt:
                checks.append(sp[1] < dt.date.fromisoformat(flt["expected_before"]))
            if "expected_after" in flt:
                checks.append(sp[0] > dt.date.fromisoformat(flt["expected_after"]))
    if "termijn_from" in flt or "termijn_to" in flt:
        tj = c["termijn"]
        checks.append(tj is not None)
        if tj:
            tj = dt.date.fromisoformat(tj)
            lo = dt.date.fromisoformat(flt.get("termijn_from", "2000-01-01"))
            hi = dt.date.fromisoformat(flt.get("termijn_to", "2099-12-31"))
            checks.append(lo <= tj <= hi)
    return all(checks)


def day_of(ts):
    return dt.datetime.fromisoformat(ts).astimezone(TZ).strftime("%Y-%m-%d")


def the_fact(rec, what, on_day):
    c = rec["case"]
    simple = {"expected": rec["expected_date"], "owner": c["owner"], "missing": c["missing"],
              "termijn": c["termijn"], "reasons": rec["reasons"], "trede": c["trede"],
              "compliance": c["compliance"]}
    if what in simple:
        return simple[what]
    if what == "places":
        return {"realised": rec["realised_total"], "planned": rec["planned_total"]}
    if what == "reply":
        if not c["answered"]:
            return {"reply_date": None, "on_time": None, "days_after_termijn": None}
        rd = day_of(c["reply_at"])
        delta = dt.date.fromisoformat(rd).toordinal() - dt.date.fromisoformat(c["termijn"]).toordinal()
        return {"reply_date": rd, "on_time": c["reply_on_time"], "days_after_termijn": delta}
    if what == "wrote":
        msgs = [m for m in rec["messages"] if day_of(m["received_at"]) == on_day]
        msgs.sort(key=lambda m: dt.datetime.fromisoformat(m["received_at"]))
        return [{"received": on_day, "kind": m["kind"], "subject": m["subject"]} for m in msgs]
    if what == "status":
        return {"trede": c["trede"], "owner": c["owner"], "state": c["state"], "compliance": c["compliance"],
                "termijn": c["termijn"], "overdue": rec["cbs_code"] in overdue_no_reply,
                "answered": c["answered"], "missing": c["missing"], "expected_date": rec["expected_date"],
                "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"]}
    raise KeyError(what)


by_name = {r["gemeente"]: r for r in status}
with_case = [r for r in status if r["case"] is not None]
diffs = 0
intents = {}
for qq in questions:
    intents[qq["intent"]] = intents.get(qq["intent"], 0) + 1
    problems = []
    flt = dict(qq["filters"])
    if qq["intent"] in ("list", "count"):
        if "owner" in flt and flt["owner"] not in NAMES.values():
            problems.append("unknown owner")
        want = sorted((r["gemeente"] for r in with_case if keep(r, flt)))
        if want != qq["expected_gemeenten"]:
            problems.append(f"set {len(want)} vs {len(qq['expected_gemeenten'])}")
        if qq["count"] != len(want):
            problems.append(f"count {qq['count']} vs {len(want)}")
        if qq["expected_fact"] is not None:
            problems.append("fact on a list")
    else:
        if qq["expected_gemeenten"] != [] or qq["count"] is not None:
            problems.append("non-list with a set or count")
        if qq["intent"] in ("fact", "status"):
            rec = by_name.get(flt.get("gemeente"))
            if rec is None or rec["case"] is None:
                problems.append("no case for the municipality")
            else:
                got = the_fact(rec, "status" if qq["intent"] == "status" else flt["fact"], flt.get("date"))
                if got != qq["expected_fact"]:
                    problems.append(f"fact {got!r} vs {qq['expected_fact']!r}")
        elif qq["expected_fact"] is not None:
            problems.append("fact where none is due")
    if qq["on"] != "2029-07-10" or qq["as_staff"] not in NAMES:
        problems.append("on/as_staff")
    if qq["after"] is not None and qq["after"] >= qq["id"]:
        problems.append("after points forward")
    if problems:
        diffs += 1
        print(qq["id"], "; ".join(problems))
print("questions:", len(questions), "by intent:", dict(sorted(intents.items())))
print("differences:", diffs)
