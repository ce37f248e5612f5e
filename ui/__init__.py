"""Shopkeeper's PySide6 GUI: windows, pages, dialogs and item models over the shopkeeper services."""
