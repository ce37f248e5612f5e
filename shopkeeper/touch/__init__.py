"""Keeping in touch with members: birthdays (and, in time, greetings, calls and feedback)."""
