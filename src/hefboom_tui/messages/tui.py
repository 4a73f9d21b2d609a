TUI: dict[str, dict[str, str]] = {}
