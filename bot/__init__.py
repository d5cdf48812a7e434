"""The running service: CLI, mailbox watcher, chat adapters, scheduler, notifier."""
