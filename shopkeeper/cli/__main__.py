"""`python -m shopkeeper.cli`, the same as the shopkeeper-cli command."""

from shopkeeper.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
