"""The main window's pages: counter, members, settings."""
