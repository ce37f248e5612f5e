"""Qt item models over shopkeeper queries."""
