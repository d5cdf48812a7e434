"""The live mailbox: an IMAP watcher that records every incoming mail exactly once."""
