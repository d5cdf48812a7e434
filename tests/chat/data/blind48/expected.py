#!/usr/bin/env python3
"""Generic engine: recompute every expected set (and every fact) of questions48_with_expected_sets.jsonl
from intent + filters alone, over status.json and due.json, and print the differences."""
import calendar, json, os, sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
S = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
DUE = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
NO_REPLY = {d["gemeente"] for d in DUE if d["section"] == "overdue" and d["kind"] == "no_reply"}
AMS = ZoneInfo("Europe/Amsterdam")
STAFF = {48501: "Ilse", 48502: "Jeroen", 48503: "Maaike", 48504: "Stijn"}


def as_list(x):
    return x if isinstance(x, list) else [x]


def interval(e):
    y = int(e[:4])
    if len(e) == 10:
        d = date.fromisoformat(e)
        return d, d
    if e[5] == "Q":
        m1 = 3 * int(e[6]) - 2; m2 = m1 + 2
    elif e[5] == "H":
        m1, m2 = (1, 6) if e[6] == "1" else (7, 12)
    else:
        m1 = m2 = int(e[5:7])
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def state_holds(st, g, v):
    k = v["case"]
    return {
        "no_reply": lambda: g in NO_REPLY,
        "unanswered": lambda: not k["answered"],
        "answered": lambda: k["answered"],
        "late": lambda: k["answered"] and k["reply_on_time"] is False,
        "on_time": lambda: k["answered"] and k["reply_on_time"] is True,
        "incomplete": lambda: k["state"] == "answered_incomplete",
        "complete": lambda: k["state"] == "answered_complete",
        "extended": lambda: k["extension_requested"],
        "suspended": lambda: k["suspended"],
    }[st]()


def matches(g, v, f):
    k = v["case"]
    if "gemeente" in f and g != f["gemeente"]:
        return False
    if "province" in f and v["province"] not in as_list(f["province"]):
        return False
    if "not_province" in f and v["province"] in as_list(f["not_province"]):
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
    if f.get("letter_undelivered") and not k["letter_undelivered"]:
        return False
    if "compliance" in f and k["compliance"] != f["compliance"]:
        return False
    if any(not state_holds(s, g, v) for s in f.get("state", [])):
        return False
    if any(state_holds(s, g, v) for s in f.get("not_state", [])):
        return False
    if any(m not in k["missing"] for m in f.get("missing", [])):
        return False
    if "reason" in f and any(r not in v["reasons"] for r in as_list(f["reason"])):
        return False
    if "expected_before" in f or "expected_after" in f:
        if not v["expected_date"]:
            return False
        first, last = interval(v["expected_date"])
        if "expected_before" in f and not last < date.fromisoformat(f["expected_before"]):
            return False
        if "expected_after" in f and not first > date.fromisoformat(f["expected_after"]):
            return False
    if "termijn_from" in f or "termijn_to" in f:
        if not k["termijn"]:
            return False
        if "termijn_from" in f and k["termijn"] < f["termijn_from"]:
            return False
        if "termijn_to" in f and k["termijn"] > f["termijn_to"]:
            return False
    return True


def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()


def fact(intent, f):
    g = f["gemeente"]; v = S[g]; k = v["case"]
    if intent == "status":
        return {"trede": k["trede"], "state": k["state"], "owner": k["owner"], "termijn": k["termijn"],
                "answered": k["answered"], "overdue": k["overdue"], "missing": sorted(k["missing"]),
                "compliance": k["compliance"], "expected_date": v["expected_date"],
                "extension_requested": k["extension_requested"], "letter_undelivered": k["letter_undelivered"]}
    kind = f["fact"]
    if kind == "places":
        return {"realised": v["realised_total"], "planned": v["planned_total"]}
    if kind == "expected":
        return v["expected_date"]
    if kind == "owner":
        return k["owner"]
    if kind == "missing":
        return sorted(k["missing"])
    if kind == "termijn":
        return k["termijn"]
    if kind == "reasons":
        return sorted(v["reasons"])
    if kind == "trede":
        return k["trede"]
    if kind == "compliance":
        return k["compliance"]
    if kind == "reply":
        if not k["answered"]:
            return {"answered": False, "termijn": k["termijn"]}
        day = local_day(k["reply_at"])
        return {"answered": True, "reply_date": day, "on_time": k["reply_on_time"], "termijn": k["termijn"],
                "days_after_termijn": (date.fromisoformat(day) - date.fromisoformat(k["termijn"])).days if k["termijn"] else None}
    if kind == "wrote":
        return [{"received_at": m["received_at"], "kind": m["kind"], "subject": m["subject"]}
                for m in sorted(v["messages"], key=lambda m: m["received_at"]) if local_day(m["received_at"]) == f["date"]]
    raise ValueError(kind)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions48_with_expected_sets.jsonl")
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    diffs = 0
    ids = set()
    for r in rows:
        ids.add(r["id"])
        f = r["filters"]
        if "mijn" in r["q"].lower().split() and "owner" in f and f["owner"] != STAFF[r["as_staff"]]:
            diffs += 1; print(r["id"], "'mijn' is not the asker")
        if r["intent"] in ("list", "count"):
            got = sorted(g for g, v in S.items() if matches(g, v, f))
            if got != r["expected_gemeenten"] or len(got) != r["count"]:
                diffs += 1
                print(r["id"], "set differs:", sorted(set(got) ^ set(r["expected_gemeenten"])))
            if r["expected_fact"] is not None:
                diffs += 1; print(r["id"], "list with a fact")
        elif r["intent"] in ("fact", "status"):
            got = fact(r["intent"], f)
            if got != r["expected_fact"] or r["expected_gemeenten"] != [] or r["count"] is not None:
                diffs += 1
                print(r["id"], "fact differs:", got, r["expected_fact"])
        else:
            if r["expected_gemeenten"] != [] or r["count"] is not None or r["expected_fact"] is not None:
                diffs += 1; print(r["id"], "non-list with a set or fact")
        for a in r["after"]:
            if a not in ids:
                diffs += 1; print(r["id"], "after refers forward:", a)
    print(f"{len(rows)} questions; differences: {diffs}")


if __name__ == "__main__":
    main()
