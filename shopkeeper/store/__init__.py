"""Storage: the SQLite file, its schema and migrations. peewee is used only inside this package."""

from shopkeeper.store.database import SCHEMA_VERSION, open_database
from shopkeeper.store.lock import InstanceLock

__all__ = ["SCHEMA_VERSION", "InstanceLock", "open_database"]
