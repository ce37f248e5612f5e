"""Loyalty: the owner's programme, the points ledger, tiers, stamp cards, rewards and coupons."""
