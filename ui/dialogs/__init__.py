"""Dialogs: quick join, edit member, import wizard."""
