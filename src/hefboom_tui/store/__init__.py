"""TinyDB session files behind a small SessionStore: atomic writes, lock, schema, backups, undo."""
