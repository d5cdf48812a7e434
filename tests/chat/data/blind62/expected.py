"""Independent recomputation of every expected answer in questions62_with_expected_sets.jsonl.

Shares no code with engine.py / make_questions.py: reads status.json and due.json (dump_status.py) again,
recomputes each set, count and fact its own way, and prints "differences: N".
"""
import json
import sys
from datetime import date, datetime, timedelta, timezone

QFILE = "questions62_with_expected_sets.jsonl"
st = json.load(open("status.json", encoding="utf-8"))
due = json.load(open("due.json", encoding="utf-8"))
universe = {k: v for k, v in st.items() if v.get("case") is not None}
overdue_no_reply = set()
for item in due:
    if item.get("section") == "overdue" and item.get("kind") == "no_reply":
        overdue_no_reply.add(item["gemeente"])


def d(s):
    y, m, dd = s.split("-")
    return date(int(y), int(m), int(dd))


def month_end(y, m):
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return nxt - timedelta(days=1)


def span(text):
    if not text:
        return None
    bits = text.split("-")
    y = int(bits[0])
    if len(bits) == 3:
        return d(text), d(text)
    if len(bits) == 1:
        return date(y, 1, 1), date(y, 12, 31)
    tag = bits[1]
    if tag[0] == "Q":
        first = 1 + 3 * (int(tag[1:]) - 1)
        return date(y, first, 1), month_end(y, first + 2)
    if tag[0] == "H":
        first = 1 if tag == "H1" else 7
        return date(y, first, 1), month_end(y, first + 5)
    return date(y, int(tag), 1), month_end(y, int(tag))


def listify(x):
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def has_state(word, rec):
    case = rec["case"]
    table = {
        "no_reply": rec["gemeente"] in overdue_no_reply,
        "unanswered": case["answered"] is False,
        "answered": case["answered"] is True,
        "late": case["answered"] is True and case["reply_on_time"] is False,
        "on_time": case["answered"] is True and case["reply_on_time"] is True,
        "incomplete": case["state"] == "answered_incomplete",
        "complete": case["state"] == "answered_complete",
        "extended": case["extension_requested"] is True,
        "suspended": case["suspended"] is True,
    }
    return table[word]


def keep(flt, rec):
    case = rec["case"]
    checks = []
    if "province" in flt:
        checks.append(rec["province"] in listify(flt["province"]))
    if "not_province" in flt:
        checks.append(rec["province"] not in listify(flt["not_province"]))
    if "not_gemeente" in flt:
        checks.append(rec["gemeente"] not in listify(flt["not_gemeente"]))
    if "trede" in flt:
        checks.append(case["trede"] == flt["trede"])
    if "not_trede" in flt:
        checks.append(case["trede"] not in listify(flt["not_trede"]))
    if "owner" in flt:
        checks.append(case["owner"] == flt["owner"])
    if flt.get("no_owner"):
        checks.append(case["owner"] is None)
    if flt.get("letter_undelivered"):
        checks.append(case["letter_undelivered"] is True)
    if "compliance" in flt:
        checks.append(case["compliance"] == flt["compliance"])
    checks.extend(has_state(w, rec) for w in flt.get("state", []))
    checks.extend(not has_state(w, rec) for w in flt.get("not_state", []))
    checks.extend(el in case["missing"] for el in flt.get("missing", []))
    if "reason" in flt:
        checks.append(flt["reason"] in rec["reasons"])
    if "expected_before" in flt or "expected_after" in flt:
        sp = span(rec["expected_date"])
        checks.append(sp is not None)
        if sp is not None:
            if "expected_before" in flt:
                checks.append(sp[1] < d(flt["expected_before"]))
            if "expected_after" in flt:
                checks.append(sp[0] > d(flt["expected_after"]))
    if "termijn_from" in flt or "termijn_to" in flt:
        t = case["termijn"]
        checks.append(t is not None)
        if t is not None:
            lo = flt.get("termijn_from", "0000-01-01")
            hi = flt.get("termijn_to", "9999-12-31")
            checks.append(lo <= t <= hi)
    return all(checks)


def amsterdam_date(ts):
    """Local date in Europe/Amsterdam by the EU DST rule (last Sunday of March/October, 01:00 UTC)."""
    t = datetime.fromisoformat(ts).astimezone(timezone.utc)

    def last_sunday(y, m):
        x = month_end(y, m)
        return x - timedelta(days=(x.weekday() - 6) % 7)

    start = datetime.combine(last_sunday(t.year, 3), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    end = datetime.combine(last_sunday(t.year, 10), datetime.min.time(), timezone.utc) + timedelta(hours=1)
    offset = 2 if start <= t < end else 1
    return t + timedelta(hours=offset)


def get_fact(f):
    rec = st[f["gemeente"]]
    case = rec["case"]
    kind = f["fact"]
    if kind == "places":
        return {"realised": rec["realised_total"], "planned": rec["planned_total"]}
    if kind == "expected":
        return rec["expected_date"]
    if kind in ("owner", "missing", "termijn", "trede", "compliance"):
        return case[kind]
    if kind == "reasons":
        return rec["reasons"]
    if kind == "reply":
        if not case["answered"]:
            return {"answered": False, "termijn": case["termijn"], "overdue": case["overdue"]}
        when = amsterdam_date(case["reply_at"]).date()
        delta = (when - d(case["termijn"])).days
        return {"reply_on": str(when), "on_time": case["reply_on_time"], "termijn": case["termijn"],
                "days_late": delta if delta > 0 else 0, "days_before_termijn": -delta if delta < 0 else 0}
    if kind == "wrote":
        out = []
        for m in sorted(rec["messages"], key=lambda m: m["received_at"]):
            loc = amsterdam_date(m["received_at"])
            if f.get("date") and str(loc.date()) != f["date"]:
                continue
            out.append({"received": loc.strftime("%Y-%m-%d %H:%M"), "kind": m["kind"], "subject": m["subject"]})
        return out
    raise KeyError(kind)


def summary(name):
    rec = st[name]
    c = rec["case"]
    keys = ["trede", "owner", "state", "compliance", "termijn", "answered", "reply_on_time", "overdue",
            "extension_requested", "letter_undelivered", "missing"]
    out = {k: c[k] for k in keys}
    out.update(expected_date=rec["expected_date"], realised_total=rec["realised_total"],
               planned_total=rec["planned_total"])
    return out


def tally(values):
    out = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return dict(sorted(out.items()))


def overview():
    cs = [r["case"] for r in universe.values()]
    return {"cases": len(cs), "by_trede": tally(str(c["trede"]) for c in cs),
            "by_state": tally(c["state"] for c in cs), "by_compliance": tally(str(c["compliance"]) for c in cs),
            "no_reply": len(overdue_no_reply), "answered": sum(c["answered"] for c in cs),
            "extension_requested": sum(c["extension_requested"] for c in cs),
            "letter_undelivered": sum(c["letter_undelivered"] for c in cs),
            "no_owner": sum(c["owner"] is None for c in cs)}


rows = [json.loads(line) for line in open(QFILE, encoding="utf-8") if line.strip()]
problems = []
ids = [r["id"] for r in rows]
if ids != list(range(62001, 62101)):
    problems.append("ids are not 62001..62100 in order")
byid = {r["id"]: r for r in rows}
for r in rows:
    want_keys = {"id", "q", "intent", "filters", "expected_gemeenten", "count", "after", "as_staff", "on",
                 "meaning", "expected_fact"}
    if set(r) != want_keys:
        problems.append(f"{r['id']}: keys {sorted(set(r) ^ want_keys)}")
    if r["on"] != "2029-12-04":
        problems.append(f"{r['id']}: on {r['on']}")
    if any(a >= r["id"] or a not in byid or byid[a]["as_staff"] != r["as_staff"] for a in r["after"]) \
            or r["after"] != sorted(r["after"]):
        problems.append(f"{r['id']}: bad after {r['after']}")
    f = r["filters"]
    if r["intent"] in ("list", "count"):
        got = sorted(n for n, rec in universe.items() if keep(f, rec))
        if got != r["expected_gemeenten"]:
            problems.append(f"{r['id']}: set differs: +{sorted(set(got) - set(r['expected_gemeenten']))} "
                            f"-{sorted(set(r['expected_gemeenten']) - set(got))}")
        if r["count"] != len(got):
            problems.append(f"{r['id']}: count {r['count']} != {len(got)}")
        continue
    if r["expected_gemeenten"] != [] or r["count"] is not None:
        problems.append(f"{r['id']}: non-list question carries a set or count")
    if r["intent"] == "fact":
        if get_fact(f) != r["expected_fact"]:
            problems.append(f"{r['id']}: fact {r['expected_fact']!r} != {get_fact(f)!r}")
    elif r["intent"] == "status":
        if summary(f["gemeente"]) != r["expected_fact"]:
            problems.append(f"{r['id']}: status summary differs")
    elif r["intent"] == "overview":
        if overview() != r["expected_fact"]:
            problems.append(f"{r['id']}: overview differs")
    elif r["intent"] not in ("help", "clarify", "unknown"):
        problems.append(f"{r['id']}: unexpected intent {r['intent']}")
    if "gemeente" in f and f["gemeente"] not in universe:
        problems.append(f"{r['id']}: {f['gemeente']} has no case")

for p in problems:
    print(p)
print(f"checked {len(rows)} questions; differences: {len(problems)}")
sys.exit(1 if problems else 0)
