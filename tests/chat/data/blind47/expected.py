#!/usr/bin/env python3
"""Generic engine: recompute every expected set (and fact) of set 47 from intent + filters alone.

Reads status.json, due.json and questions47_with_expected_sets.jsonl; prints the differences.
Conventions: /work/blind/CONV-Q.md and README.md of this folder.
"""
import calendar, json, sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

STATUS = json.load(open("status.json", encoding="utf-8"))
DUE = json.load(open("due.json", encoding="utf-8"))
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
AMS = ZoneInfo("Europe/Amsterdam")
STAFF = {47501: "Mirjam", 47502: "Joost", 47503: "Ingrid", 47504: "Wouter"}


def as_list(x):
    return x if isinstance(x, list) else [x]


def interval(e):
    """expected_date -> (first day, last day)."""
    y = int(e[:4])
    if len(e) == 10:
        d = date.fromisoformat(e)
        return d, d
    tag = e[5:]
    if tag.startswith("Q"):
        m1, m2 = 3 * int(tag[1]) - 2, 3 * int(tag[1])
    elif tag.startswith("H"):
        m1, m2 = 6 * int(tag[1]) - 5, 6 * int(tag[1])
    else:
        m1 = m2 = int(tag)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(name, g, s):
    k = s["case"]
    if name == "no_reply":
        return g in NO_REPLY
    if name == "unanswered":
        return not k["answered"]
    if name == "answered":
        return bool(k["answered"])
    if name == "late":
        return bool(k["answered"]) and k["reply_on_time"] is False
    if name == "on_time":
        return bool(k["answered"]) and k["reply_on_time"] is True
    if name == "incomplete":
        return k["state"] == "answered_incomplete"
    if name == "complete":
        return k["state"] == "answered_complete"
    if name == "extended":
        return bool(k["extension_requested"])
    if name == "suspended":
        return bool(k["suspended"])
    raise ValueError(name)


def matches(g, s, f):
    k = s["case"]
    if "province" in f and s["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and s["province"] in as_list(f["not_province"]):
        return False
    if "gemeente" in f and g not in as_list(f["gemeente"]):
        return False
    if "not_gemeente" in f and g in as_list(f["not_gemeente"]):
        return False
    if "trede" in f and k["trede"] not in as_list(f["trede"]):
        return False
    if "not_trede" in f and k["trede"] in as_list(f["not_trede"]):
        return False
    if "owner" in f and k["owner"] != f["owner"]:
        return False
    if f.get("no_owner") and k["owner"] is not None:
        return False
    if "letter_undelivered" in f and bool(k["letter_undelivered"]) != f["letter_undelivered"]:
        return False
    if "compliance" in f and k["compliance"] not in as_list(f["compliance"]):
        return False
    if not all(state_holds(x, g, s) for x in f.get("state", [])):
        return False
    if any(state_holds(x, g, s) for x in f.get("not_state", [])):
        return False
    if not set(f.get("missing", [])) <= set(k["missing"]):
        return False
    if "reason" in f and not set(as_list(f["reason"])) <= set(s["reasons"]):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not s["expected_date"]:
            return False
        first, last = interval(s["expected_date"])
        if "expected_before" in f and not last < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not first > date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        t = k["termijn"]
        if t is None:
            return False
        if "termijn_from" in f and t < f["termijn_from"]:
            return False
        if "termijn_to" in f and t > f["termijn_to"]:
            return False
    return True


def day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date()


def fact(intent, f):
    g = f["gemeente"]
    s = STATUS[g]
    k = s["case"]
    places = {"realised": s["realised_total"], "planned": s["planned_total"]}
    if intent == "status":
        return {"trede": k["trede"], "state": k["state"], "owner": k["owner"], "termijn": k["termijn"],
                "answered": k["answered"], "reply_on_time": k["reply_on_time"], "missing": sorted(k["missing"]),
                "compliance": k["compliance"], "overdue": k["overdue"],
                "extension_requested": k["extension_requested"], "letter_undelivered": k["letter_undelivered"],
                "expected_date": s["expected_date"], "places": places, "reasons": sorted(s["reasons"])}
    what = f["fact"]
    if what == "places":
        return places
    if what == "expected":
        return s["expected_date"]
    if what == "owner":
        return k["owner"]
    if what == "missing":
        return sorted(k["missing"])
    if what == "termijn":
        return {"termijn": k["termijn"], "extension_requested": k["extension_requested"],
                "extension_requested_until": k["extension_requested_until"]}
    if what == "reply":
        if not k["answered"]:
            return {"reply_date": None, "termijn": k["termijn"], "on_time": None, "days_after_termijn": None}
        d = day(k["reply_at"])
        return {"reply_date": d.isoformat(), "termijn": k["termijn"], "on_time": k["reply_on_time"],
                "days_after_termijn": (d - date.fromisoformat(k["termijn"])).days}
    if what == "reasons":
        return sorted(s["reasons"])
    if what == "trede":
        return k["trede"]
    if what == "compliance":
        return k["compliance"]
    if what == "wrote":
        return [{"kind": m["kind"], "subject": m["subject"], "received_at": m["received_at"]}
                for m in sorted(s["messages"], key=lambda m: m["received_at"])
                if day(m["received_at"]).isoformat() == f["date"]]
    raise ValueError(what)


def main():
    rows = [json.loads(l) for l in open("questions47_with_expected_sets.jsonl", encoding="utf-8")]
    diffs = 0
    ids = {r["id"] for r in rows}
    for r in rows:
        f, intent = r["filters"], r["intent"]
        problems = []
        if any(a not in ids or a >= r["id"] for a in r["after"]):
            problems.append("bad after")
        if "owner" in f and f["owner"] not in STAFF.values():
            problems.append("unknown owner")
        if intent in ("list", "count"):
            gs = sorted(g for g, s in STATUS.items() if matches(g, s, f))
            if gs != r["expected_gemeenten"] or len(gs) != r["count"]:
                problems.append(f"set: engine {len(gs)} vs file {r['count']}")
            if r["expected_fact"] is not None:
                problems.append("fact on a list")
        else:
            if r["expected_gemeenten"] or r["count"] is not None:
                problems.append("set on a non-list")
            if intent in ("fact", "status"):
                if "gemeente" not in f or f["gemeente"] not in STATUS:
                    problems.append("no gemeente")
                elif fact(intent, f) != r["expected_fact"]:
                    problems.append(f"fact: engine {fact(intent, f)!r} vs file {r['expected_fact']!r}")
            elif r["expected_fact"] is not None:
                problems.append("fact on help/unknown/clarify/overview")
        if problems:
            diffs += 1
            print(r["id"], "; ".join(problems))
    print(f"questions: {len(rows)}")
    print(f"differences: {diffs}")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
