"""Print packs: one HTML document per pack, rendered to PDF by WeasyPrint (imported lazily)."""
