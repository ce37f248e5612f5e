"""Shopkeeper: the customer club at the counter. Qt-free domain services, storage and CLI."""

__version__ = "0.1.0"
