"""The method's objects and rules: pure Python, no Textual, TinyDB or WeasyPrint, no I/O."""
