import csv, json, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2028-12-04"
BIN = "/work/main/.venv/bin/spreidingsbot"
ENV = dict(os.environ, SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db", SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")

def names():
    with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
        return [r["name"] for r in csv.DictReader(f)]

def run(args):
    p = subprocess.run([BIN] + args, env=ENV, capture_output=True, text=True)
    return p.stdout

def status(name):
    out = run(["status", name, "--json", "--on", ON])
    d = json.loads(out)
    assert d["gemeente"] == name, (name, d["gemeente"])
    return d

def load():
    st = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
    due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
    return st, due

import calendar, datetime as _dt
from zoneinfo import ZoneInfo
AMS = ZoneInfo("Europe/Amsterdam")
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

def D(s):
    return _dt.date.fromisoformat(s)

def interval(exp):
    """expected_date as a (first day, last day) interval."""
    if not exp:
        return None
    y = int(exp[:4])
    rest = exp[5:]
    if len(exp) == 10:
        d = D(exp); return d, d
    if rest.startswith("Q"):
        q = int(rest[1]); m1 = 3 * q - 2; m2 = 3 * q
    elif rest.startswith("H"):
        h = int(rest[1]); m1 = 6 * h - 5; m2 = 6 * h
    elif rest:
        m1 = m2 = int(rest)
    else:
        m1, m2 = 1, 12
    return _dt.date(y, m1, 1), _dt.date(y, m2, calendar.monthrange(y, m2)[1])

def local_date(ts):
    return _dt.datetime.fromisoformat(ts).astimezone(AMS).date()

def no_reply_set(due):
    return {x["gemeente"] for x in due if x["section"] == "overdue" and x["kind"] == "no_reply"}

def state_holds(s, d, nr):
    c = d["case"]
    if s == "no_reply": return d["gemeente"] in nr
    if s == "unanswered": return not c["answered"]
    if s == "answered": return bool(c["answered"])
    if s == "late": return bool(c["answered"]) and c["reply_on_time"] is False
    if s == "on_time": return bool(c["answered"]) and c["reply_on_time"] is True
    if s == "incomplete": return c["state"] == "answered_incomplete"
    if s == "complete": return c["state"] == "answered_complete"
    if s == "extended": return bool(c["extension_requested"])
    if s == "suspended": return bool(c["suspended"])
    raise ValueError(s)

def fact_value(d, fact, date=None, st=None, due=None):
    if fact == "overview":
        cs = [x for x in st.values() if x["case"]]
        nr = no_reply_set(due)
        def n(s): return sum(1 for x in cs if state_holds(s, x, nr))
        comp = {}
        for x in cs:
            k = x["case"]["compliance"] or "onbekend"
            comp[k] = comp.get(k, 0) + 1
        return {"cases": len(cs), "no_reply": n("no_reply"), "answered": n("answered"), "late": n("late"),
                "on_time": n("on_time"), "incomplete": n("incomplete"), "complete": n("complete"),
                "extended": n("extended"), "letter_undelivered": sum(1 for x in cs if x["case"]["letter_undelivered"]),
                "compliance": dict(sorted(comp.items())),
                "trede": {str(t): sum(1 for x in cs if x["case"]["trede"] == t) for t in (1, 2, 3, 4, 5, 6)
                          if any(x["case"]["trede"] == t for x in cs)}}
    c = d["case"]
    if fact == "places": return {"realised": d["realised_total"], "planned": d["planned_total"]}
    if fact == "expected": return d["expected_date"]
    if fact == "owner": return c["owner"]
    if fact == "missing": return sorted(c["missing"])
    if fact == "termijn":
        v = {"termijn": c["termijn"]}
        if c["extension_requested"]:
            v["extension_requested_until"] = c["extension_requested_until"]
        return v
    if fact == "reply":
        if not c["reply_at"]: return {"reply_date": None}
        rd = local_date(c["reply_at"])
        return {"reply_date": rd.isoformat(), "on_time": c["reply_on_time"],
                "days_after_termijn": (rd - D(c["termijn"])).days}
    if fact == "reasons": return sorted(d["reasons"])
    if fact == "trede": return c["trede"]
    if fact == "compliance": return c["compliance"]
    if fact == "wrote":
        return [{"received_at": m["received_at"], "kind": m["kind"], "subject": m["subject"]}
                for m in sorted(d["messages"], key=lambda m: m["received_at"])
                if local_date(m["received_at"]).isoformat() == date]
    if fact == "status":
        return {"trede": c["trede"], "state": c["state"], "owner": c["owner"], "compliance": c["compliance"],
                "termijn": c["termijn"], "reply_at": c["reply_at"], "reply_on_time": c["reply_on_time"],
                "missing": sorted(c["missing"]), "extension_requested": c["extension_requested"],
                "letter_undelivered": c["letter_undelivered"], "expected_date": d["expected_date"],
                "realised": d["realised_total"], "planned": d["planned_total"]}
    raise ValueError(fact)
