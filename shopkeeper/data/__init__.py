"""Data in and out: importing members from CSV/Excel, the demo shop."""
