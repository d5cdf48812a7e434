"""Termijnen, reminders and follow-up: the calendar, the rules, the plan, the scheduler and the actions.

- `calendar`: Dutch working days and quiet hours.
- `rules`: pure functions from case snapshots to actions (what to nudge, for whom, on which day).
- `plan`: loads snapshots from the database and writes actions into the outbox exactly once.
- `scheduler`: APScheduler with a persistent job store (daily rule run, morning digest, check-ins).
- `actions`: staff decisions (verlenging, opschorting, trede 3), audited.
- `followup`: draft follow-up mails (rappel, verzoek om aanvulling) and send them after approval.
"""
