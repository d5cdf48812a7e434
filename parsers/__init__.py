"""Pure parsing functions: raw mail bytes in, structured records out (no database)."""
