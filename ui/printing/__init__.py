"""Printing to a printer from the window: the PDF rendered page by page onto a QPrinter, and the
per-PC choices of printer and paper for each kind of document."""
