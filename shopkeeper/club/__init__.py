"""The club: members, their children and pets, consent, and finding them at the counter."""
