"""Getting initiatives in (CSV) and sessions out (JSON, CSV, Markdown)."""
