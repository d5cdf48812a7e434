"""Shared helpers for the q43 question set."""
import csv, json, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
ON = "2028-10-10"
BIN = "/work/main/.venv/bin/spreidingsbot"
STAFF = {43501: "Yvonne", 43502: "Rick", 43503: "Laura", 43504: "Omar"}
ROLES = {43501: "beheerder", 43502: "behandelaar", 43503: "behandelaar", 43504: "behandelaar"}
REGIONS = {"Noord": ["Drenthe", "Friesland", "Groningen"], "Oost": ["Gelderland", "Overijssel"],
           "Zuid": ["Limburg", "Noord-Brabant", "Zeeland"]}

def env():
    e = dict(os.environ)
    e["SPREIDINGSBOT_DATABASE_URL"] = "sqlite:///" + os.path.join(HERE, "reg.db")
    e["SPREIDINGSBOT_DATA_DIR"] = os.path.join(HERE, "data")
    return e

def run(args, stdin=None):
    return subprocess.run([BIN] + args, env=env(), input=stdin, capture_output=True, text=True)

def gemeenten():
    with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))

def load_status():
    with open(os.path.join(HERE, "status.json"), encoding="utf-8") as f:
        return json.load(f)

def load_due():
    with open(os.path.join(HERE, "due.json"), encoding="utf-8") as f:
        return json.load(f)

def cases():
    """name -> status object, only municipalities with a case."""
    return {n: s for n, s in load_status().items() if s.get("case")}

import datetime as _dt
from zoneinfo import ZoneInfo as _ZI
AMS = _ZI("Europe/Amsterdam")

def local_day(ts):
    """ISO timestamp (UTC) -> local (Europe/Amsterdam) ISO date."""
    return _dt.datetime.fromisoformat(ts).astimezone(AMS).date().isoformat()

def no_reply_set():
    return {d["gemeente"] for d in load_due() if d["section"] == "overdue" and d["kind"] == "no_reply"}
