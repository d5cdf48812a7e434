import os, json, csv, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
BIN = "/work/main/.venv/bin/spreidingsbot"
ON = "2028-11-02"
ENV = dict(os.environ, SPREIDINGSBOT_DATABASE_URL=f"sqlite:///{HERE}/reg.db",
           SPREIDINGSBOT_DATA_DIR=f"{HERE}/data")
STAFF = {44501: "Charlotte", 44502: "Dennis", 44503: "Fleur", 44504: "Youssef"}

def gemeenten():
    with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))

def run(args):
    p = subprocess.run([BIN] + args, env=ENV, capture_output=True, text=True)
    return p

def load():
    st = json.load(open(os.path.join(HERE, "status.json"), encoding="utf-8"))
    due = json.load(open(os.path.join(HERE, "due.json"), encoding="utf-8"))
    return st, due

import calendar
from datetime import date, datetime
from zoneinfo import ZoneInfo
AMS = ZoneInfo("Europe/Amsterdam")
NOORD = ["Drenthe", "Friesland", "Groningen"]
OOST = ["Gelderland", "Overijssel"]
ZUID = ["Limburg", "Noord-Brabant", "Zeeland"]

def cases(st):
    return {k: v for k, v in st.items() if v.get("case")}

def no_reply_set(due):
    return {d["gemeente"] for d in due if d["section"] == "overdue" and d["kind"] == "no_reply"}

def interval(s):
    """expected_date string -> (first day, last day)."""
    if s is None:
        return None
    y = int(s[:4])
    rest = s[5:]
    if len(s) == 10:
        d = date.fromisoformat(s)
        return d, d
    if rest.startswith("Q"):
        q = int(rest[1]); m1 = 3 * q - 2; m2 = 3 * q
    elif rest.startswith("H"):
        h = int(rest[1]); m1 = 6 * h - 5; m2 = 6 * h
    else:
        m1 = m2 = int(rest)
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])

def local_day(ts):
    return datetime.fromisoformat(ts).astimezone(AMS).date()

def reply_fact(v):
    c = v["case"]
    if not c["reply_at"]:
        return {"reply_date": None, "on_time": None, "days_after_termijn": None}
    rd = local_day(c["reply_at"])
    return {"reply_date": rd.isoformat(), "on_time": c["reply_on_time"],
            "days_after_termijn": (rd - date.fromisoformat(c["termijn"])).days if c["termijn"] else None}

def wrote_fact(v, day):
    return [{"kind": m["kind"], "subject": m["subject"],
             "received_at": datetime.fromisoformat(m["received_at"]).astimezone(AMS).isoformat()}
            for m in sorted(v["messages"], key=lambda m: m["received_at"])
            if local_day(m["received_at"]).isoformat() == day]

def status_fact(v):
    c = v["case"]
    return {"trede": c["trede"], "state": c["state"], "compliance": c["compliance"], "owner": c["owner"],
            "termijn": c["termijn"], "answered": c["answered"], "overdue": c["overdue"],
            "missing": c["missing"], "expected_date": v["expected_date"],
            "extension_requested": c["extension_requested"], "letter_undelivered": c["letter_undelivered"]}
