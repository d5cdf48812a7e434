"""Shared helpers for the q42 question set."""
import csv, json, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
BIN = "/work/main/.venv/bin/spreidingsbot"
ON = "2028-09-13"
STAFF = {42501: "Marloes", 42502: "Hidde", 42503: "Nadia", 42504: "Gijs"}

def env():
    e = dict(os.environ)
    e["SPREIDINGSBOT_DATABASE_URL"] = "sqlite:///" + os.path.join(HERE, "reg.db")
    e["SPREIDINGSBOT_DATA_DIR"] = os.path.join(HERE, "data")
    return e

def run(*args, stdin=None):
    return subprocess.run([BIN, *args], env=env(), input=stdin, capture_output=True, text=True)

def gemeenten():
    with open("/work/shared/data/gemeenten.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))

def load():
    with open(os.path.join(HERE, "status.json"), encoding="utf-8") as f:
        status = json.load(f)
    with open(os.path.join(HERE, "due.json"), encoding="utf-8") as f:
        due = json.load(f)
    return status, due
