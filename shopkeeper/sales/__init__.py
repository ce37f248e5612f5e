"""Sales: purchases, voids and returns (and later pickup orders)."""
