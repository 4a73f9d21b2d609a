"""hefboom-tui: an offline terminal app for the workshop method 'Burgerinitiatieven versterken'."""

__version__ = "0.1.0"
