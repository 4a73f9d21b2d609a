"""Allow ``python -m hefboom_tui``."""

from hefboom_tui.entry import main

if __name__ == "__main__":
    main()
