#!/usr/bin/env python3
"""Independent check of questions59_with_expected_sets.jsonl against status.json / due.json.
Shares no code with engine.py / make_questions.py: its own filter reading and date-interval parsing."""
import json, re, sys
from datetime import date, datetime, timedelta, timezone

status = {s["gemeente"]: s for s in json.load(open("status.json", encoding="utf-8"))}
due = json.load(open("due.json", encoding="utf-8"))
with_case = {n: s for n, s in status.items() if s["case"] is not None}
overdue_no_reply = set()
for item in due:
    if item["section"] == "overdue" and item["kind"] == "no_reply":
        overdue_no_reply.add(item["gemeente"])


def ymd(text):
    y, m, d = (int(p) for p in text.split("-"))
    return date(y, m, d)


def month_end(y, m):
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return nxt - timedelta(days=1)


def span(expected):
    """Interval of an expected date string, by regular expressions."""
    if not expected:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", expected)
    if m:
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    m = re.fullmatch(r"(\d{4})-(\d{2})", expected)
    if m:
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), month_end(y, mo)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", expected)
    if m:
        y, k = int(m[1]), int(m[2])
        return date(y, 3 * k - 2, 1), month_end(y, 3 * k)
    m = re.fullmatch(r"(\d{4})-H([12])", expected)
    if m:
        y, h = int(m[1]), int(m[2])
        return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    raise ValueError(expected)


def listify(v):
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


def has_state(s, name):
    c = s["case"]
    table = {
        "no_reply": s["gemeente"] in overdue_no_reply,
        "unanswered": c["answered"] is False,
        "answered": c["answered"] is True,
        "late": c["answered"] is True and c["reply_on_time"] is False,
        "on_time": c["answered"] is True and c["reply_on_time"] is True,
        "incomplete": c["state"] == "answered_incomplete",
        "complete": c["state"] == "answered_complete",
        "extended": c["extension_requested"] is True,
        "suspended": c["suspended"] is True,
    }
    return table[name]


def keep(s, f):
    c = s["case"]
    checks = []
    if "gemeente" in f:
        checks.append(s["gemeente"] in listify(f["gemeente"]))
    if "province" in f:
        checks.append(s["province"] in listify(f["province"]))
    if "not_province" in f:
        checks.append(s["province"] not in listify(f["not_province"]))
    if "not_gemeente" in f:
        checks.append(s["gemeente"] not in listify(f["not_gemeente"]))
    if "trede" in f:
        checks.append(c["trede"] == int(f["trede"]))
    if "not_trede" in f:
        checks.append(c["trede"] not in [int(t) for t in listify(f["not_trede"])])
    if "owner" in f:
        checks.append(c["owner"] == f["owner"])
    if f.get("no_owner") is True:
        checks.append(c["owner"] is None)
    if f.get("letter_undelivered") is True:
        checks.append(c["letter_undelivered"] is True)
    if "compliance" in f:
        checks.append(c["compliance"] == f["compliance"])
    checks += [has_state(s, x) for x in listify(f.get("state"))]
    checks += [not has_state(s, x) for x in listify(f.get("not_state"))]
    checks += [x in c["missing"] for x in listify(f.get("missing"))]
    checks += [x in s["reasons"] for x in listify(f.get("reason"))]
    if "expected_before" in f or "expected_after" in f:
        iv = span(s["expected_date"])
        if iv is None:
            return False
        if "expected_before" in f:
            checks.append(iv[1] < ymd(f["expected_before"]))
        if "expected_after" in f:
            checks.append(iv[0] > ymd(f["expected_after"]))
    if "termijn_from" in f or "termijn_to" in f:
        if not c["termijn"]:
            return False
        t = ymd(c["termijn"])
        if "termijn_from" in f:
            checks.append(ymd(f["termijn_from"]) <= t)
        if "termijn_to" in f:
            checks.append(t <= ymd(f["termijn_to"]))
    return all(checks)


def amsterdam_day(ts):
    """Local date in Europe/Amsterdam using the EU DST rule (last Sunday of March/October, 01:00 UTC)."""
    t = datetime.fromisoformat(ts).astimezone(timezone.utc)
    y = t.year

    def last_sunday(month):
        d = month_end(y, month)
        return d - timedelta(days=(d.weekday() + 1) % 7)
    start = datetime.combine(last_sunday(3), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    end = datetime.combine(last_sunday(10), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    offset = 2 if start <= t < end else 1
    return (t + timedelta(hours=offset)).date().isoformat()


def fact_of(name, fact, day):
    s = status[name]
    c = s["case"]
    if fact == "places":
        return {"realised": s["realised_total"], "planned": s["planned_total"]}
    if fact == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"]}
        rd = amsterdam_day(c["reply_at"])
        return {"reply_date": rd, "termijn": c["termijn"], "on_time": c["reply_on_time"],
                "days_after_termijn": (ymd(rd) - ymd(c["termijn"])).days}
    if fact == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]}
                for m in s["messages"] if amsterdam_day(m["received_at"]) == day]
    simple = {"expected": s["expected_date"], "owner": c["owner"], "missing": c["missing"],
              "termijn": c["termijn"], "reasons": s["reasons"], "trede": c["trede"],
              "compliance": c["compliance"]}
    return simple[fact]


def main(path="questions59_with_expected_sets.jsonl"):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    diffs = 0
    seen = set()
    for r in rows:
        problems = []
        for a in r["after"]:
            if a not in seen:
                problems.append(f"after {a} not an earlier id")
        if r["after"] != sorted(r["after"]):
            problems.append("after not oldest first")
        seen.add(r["id"])
        if r["on"] != "2029-10-16":
            problems.append("on")
        f = r["filters"]
        if r["intent"] in ("list", "count"):
            exp = sorted(n for n, s in with_case.items() if keep(s, f))
            if exp != r["expected_gemeenten"]:
                problems.append(f"set differs: +{sorted(set(exp) - set(r['expected_gemeenten']))} "
                                f"-{sorted(set(r['expected_gemeenten']) - set(exp))}")
            if r["count"] != len(exp):
                problems.append(f"count {r['count']} != {len(exp)}")
        else:
            if r["expected_gemeenten"] != [] or r["count"] is not None:
                problems.append("non-list intent must have [] and null")
            if r["intent"] == "fact":
                v = fact_of(f["gemeente"], f["fact"], f.get("date"))
                if v != r["expected_fact"]:
                    problems.append(f"fact {v!r} != {r['expected_fact']!r}")
            if r["intent"] == "status":
                c = status[f["gemeente"]]["case"]
                ef = r["expected_fact"]
                if (ef["trede"], ef["owner"], ef["state"], ef["termijn"], ef["missing"]) != (
                        c["trede"], c["owner"], c["state"], c["termijn"], c["missing"]):
                    problems.append("status summary differs")
            if r["intent"] in ("fact", "status") and f.get("gemeente") not in with_case:
                problems.append("gemeente without case")
        if problems:
            diffs += 1
            print(r["id"], "; ".join(problems))
    print(f"{len(rows)} questions checked, differences: {diffs}")
    return diffs


if __name__ == "__main__":
    sys.exit(1 if main(*sys.argv[1:]) else 0)
