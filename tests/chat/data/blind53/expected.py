#!/usr/bin/env python3
"""expected.py: recompute every expected set, count and fact of questions53_with_expected_sets.jsonl from
status.json and due.json (a second implementation, independent of qlib.py) and print the differences."""
import datetime as dt, json
from zoneinfo import ZoneInfo

st = {d["gemeente"]: d for d in json.load(open("status.json", encoding="utf-8"))}
due = json.load(open("due.json", encoding="utf-8"))
no_reply = {x["gemeente"] for x in due if (x["section"], x["kind"]) == ("overdue", "no_reply")}
names = {r["name"] for r in __import__("csv").DictReader(open("/work/shared/data/gemeenten.csv", encoding="utf-8"))}
STAFF = {53501: "Ellen", 53502: "Mark", 53503: "Fatima", 53504: "Tom"}
ON = dt.date(2029, 6, 5)
D = dt.date.fromisoformat


def bounds(e):
    """(first, last) day of an expected date string."""
    y = int(e[:4])
    if len(e) == 10:
        return D(e), D(e)
    if "Q" in e:
        m0 = 3 * int(e[-1]) - 2
        months = (m0, m0 + 2)
    elif "H" in e:
        months = (1, 6) if e.endswith("1") else (7, 12)
    else:
        months = (int(e[5:7]),) * 2
    first = dt.date(y, months[0], 1)
    nxt = dt.date(y + (months[1] == 12), months[1] % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def holds(name, s):
    d = st[name]
    c = d["case"]
    if s == "no_reply":
        return name in no_reply
    if s == "answered":
        return c["answered"] is True
    if s == "unanswered":
        return c["answered"] is not True
    if s in ("late", "on_time"):
        return c["answered"] is True and c["reply_on_time"] is (s == "on_time")
    if s in ("complete", "incomplete"):
        return c["state"] == "answered_" + s
    if s == "extended":
        return c["extension_requested"] is True
    if s == "suspended":
        return c["suspended"] is True
    raise KeyError(s)


def matches(name, f):
    d = st[name]
    c = d["case"]
    L = lambda v: v if isinstance(v, list) else [v]
    checks = []
    for k, v in f.items():
        if k == "province":
            checks.append(d["province"] in L(v))
        elif k == "not_province":
            checks.append(d["province"] not in L(v))
        elif k == "not_gemeente":
            checks.append(name not in L(v))
        elif k == "trede":
            checks.append(c["trede"] == v)
        elif k == "not_trede":
            checks.append(c["trede"] != v)
        elif k == "owner":
            checks.append(c["owner"] == v)
        elif k == "no_owner":
            checks.append(c["owner"] is None)
        elif k == "letter_undelivered":
            checks.append(c["letter_undelivered"] is True)
        elif k == "compliance":
            checks.append(c["compliance"] == v)
        elif k == "state":
            checks.append(all(holds(name, s) for s in v))
        elif k == "not_state":
            checks.append(not any(holds(name, s) for s in v))
        elif k == "missing":
            checks.append(set(v) <= set(c["missing"]))
        elif k == "reason":
            checks.append(v in d["reasons"])
        elif k == "expected_before":
            checks.append(bool(d["expected_date"]) and bounds(d["expected_date"])[1] < D(v))
        elif k == "expected_after":
            checks.append(bool(d["expected_date"]) and bounds(d["expected_date"])[0] > D(v))
        elif k == "termijn_from":
            checks.append(bool(c["termijn"]) and D(c["termijn"]) >= D(v))
        elif k == "termijn_to":
            checks.append(bool(c["termijn"]) and D(c["termijn"]) <= D(v))
        else:
            raise KeyError(k)
    return all(checks)


def day(ts):
    return dt.datetime.fromisoformat(ts).astimezone(ZoneInfo("Europe/Amsterdam")).date()


def fact(kind, name, date):
    d = st[name]
    c = d["case"]
    simple = {"expected": d["expected_date"], "owner": c["owner"], "missing": c["missing"], "termijn": c["termijn"],
              "trede": c["trede"], "compliance": c["compliance"], "reasons": d["reasons"],
              "places": {"realised": d["realised_total"], "planned": d["planned_total"]}}
    if kind in simple:
        return simple[kind]
    if kind == "reply":
        if not c["answered"]:
            return {"answered": False, "termijn": c["termijn"]}
        n = (day(c["reply_at"]) - D(c["termijn"])).days
        r = {"reply_date": str(day(c["reply_at"])), "termijn": c["termijn"], "on_time": c["reply_on_time"]}
        r["days_late" if n > 0 else "days_before_termijn"] = abs(n)
        return r
    if kind == "wrote":
        return [{"id": m["id"], "kind": m["kind"], "subject": m["subject"]} for m in d["messages"]
                if str(day(m["received_at"])) == date]
    if kind == "status":
        return {"trede": c["trede"], "state": c["state"], "compliance": c["compliance"], "owner": c["owner"],
                "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"], "missing": c["missing"],
                "expected_date": d["expected_date"], "realised": d["realised_total"],
                "planned": d["planned_total"], "reasons": d["reasons"]}
    raise KeyError(kind)


cases = sorted(n for n, d in st.items() if d["case"])
assert len(cases) == 229, len(cases)
rows = [json.loads(l) for l in open("questions53_with_expected_sets.jsonl", encoding="utf-8")]
diffs = []
seen = set()
keys = ["id", "q", "intent", "filters", "expected_gemeenten", "count", "after", "as_staff", "on", "meaning",
        "expected_fact"]
for r in rows:
    i = r["id"]
    if list(r) != keys:
        diffs.append((i, "keys", list(r)))
    if not 53001 <= i <= 53100 or i in seen:
        diffs.append((i, "id"))
    if any(a not in seen for a in r["after"]):
        diffs.append((i, "after refers to a later or unknown id"))
    seen.add(i)
    if r["on"] != str(ON) or r["as_staff"] not in STAFF:
        diffs.append((i, "on/as_staff"))
    f = r["filters"]
    if "gemeente" in f and f["gemeente"] not in names:
        diffs.append((i, "not an official name", f["gemeente"]))
    if r["intent"] in ("list", "count"):
        exp = [n for n in cases if matches(n, f)]
        if r["expected_gemeenten"] != exp or r["count"] != len(exp):
            diffs.append((i, "set", len(exp), r["count"]))
    else:
        if r["expected_gemeenten"] != [] or r["count"] is not None:
            diffs.append((i, "non-list must have [] and null"))
        if r["intent"] in ("fact", "status"):
            kind = "status" if r["intent"] == "status" else f["fact"]
            if r["expected_fact"] != fact(kind, f["gemeente"], f.get("date")):
                diffs.append((i, "fact", r["expected_fact"]))
        elif r["intent"] == "overview":
            gs = cases
            ov = {"cases": len(gs), "no_reply": len(no_reply),
                  **{s: sum(holds(g, s) for g in gs) for s in ("answered", "late", "complete", "incomplete", "extended")},
                  "letter_undelivered": sum(st[g]["case"]["letter_undelivered"] for g in gs)}
            if r["expected_fact"] != ov:
                diffs.append((i, "overview"))
        elif r["intent"] not in ("help", "clarify", "unknown"):
            diffs.append((i, "intent", r["intent"]))
per = {}
for r in rows:
    per[r["as_staff"]] = per.get(r["as_staff"], 0) + 1
if len(rows) != 100 or sorted(per.values()) != [25, 25, 25, 25]:
    diffs.append(("total", len(rows), per))
for d in diffs:
    print(d)
print("differences:", len(diffs))
