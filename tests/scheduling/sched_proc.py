"""A bot process for the restart test: `python -m tests.scheduling.sched_proc DB_URL MODE [ARGS]`.

schedule CASE_ID DAY DELAY: register a persistent check-in job that runs the rules for DAY in DELAY
  seconds, then exit at once (before it fires).
serve SECONDS: start the scheduler, wait up to SECONDS for a check-in job to fire, print what ran.
Prints one JSON object on stdout.
"""
from __future__ import annotations

import json
import sys
import threading
import time
from datetime import date, datetime, timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent

from bot.scheduling.scheduler import ReminderScheduler
from storage.db import Database
from storage.domain import TZ


def main(argv: list[str]) -> int:
    url, mode = argv[0], argv[1]
    db = Database(url)
    rs = ReminderScheduler(db)
    if mode == "schedule":
        case_id, day, delay = int(argv[2]), date.fromisoformat(argv[3]), float(argv[4])
        rs.start(run_now=False, paused=True)
        rs.schedule_checkin(case_id, day, at=datetime.now(TZ) + timedelta(seconds=delay))
        ids = rs.job_ids()
        rs.shutdown(wait=False)
        print(json.dumps({"jobs": ids}))
        return 0
    seconds = float(argv[2])
    ran: list[dict] = []
    fired = threading.Event()

    def listener(event: JobExecutionEvent) -> None:
        ran.append({"job": event.job_id, "result": event.retval, "error": repr(event.exception)
                    if event.exception else None})
        if event.job_id.startswith("checkin:"):
            fired.set()

    rs.scheduler.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    rs.start(run_now=False)
    fired.wait(seconds)
    time.sleep(0.5)  # would a second firing follow?
    ids = rs.job_ids()
    rs.shutdown()
    db.dispose()
    print(json.dumps({"ran": ran, "jobs": ids}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
