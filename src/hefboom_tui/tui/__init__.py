"""The Textual user interface: thin screens and widgets over the store's action path."""
