"""Schema step 5: the members list's sort values and the ledger's time index (frozen SQL)."""

# What the members list sorts by, cached in a narrow table (one row per member) so each sort is one
# index range scan and the triggers that keep it current touch small rows, not the wide member row:
# points_balance is the ledger's sum, last_purchase_at the newest purchase not voided ('' for none),
# spend_12m the tier cache's 12-month spend (0 before a first purchase). No service writes them.
# A void or delete looks for the newest purchase again only when it took away the newest one.
V5_MEMBER_LIST = """
CREATE TABLE member_stats (
    member_id INTEGER PRIMARY KEY REFERENCES member(id) ON DELETE CASCADE,
    points_balance INTEGER NOT NULL DEFAULT 0,
    last_purchase_at TEXT NOT NULL DEFAULT '',
    spend_12m INTEGER NOT NULL DEFAULT 0
);
INSERT INTO member_stats (member_id, points_balance, last_purchase_at, spend_12m)
SELECT m.id,
    COALESCE((SELECT SUM(points) FROM ledger WHERE member_id = m.id), 0),
    COALESCE((SELECT MAX(at) FROM purchase WHERE member_id = m.id AND voided_at IS NULL), ''),
    COALESCE((SELECT spend_12m FROM member_tier WHERE member_id = m.id), 0)
FROM member m;
CREATE INDEX member_stats_points ON member_stats(points_balance, member_id);
CREATE INDEX member_stats_last_purchase ON member_stats(last_purchase_at, member_id);
CREATE INDEX member_stats_spend ON member_stats(spend_12m, member_id);
CREATE INDEX member_joined ON member(joined_on, id);
CREATE INDEX member_city ON member(lower(city), id);
CREATE INDEX member_tier_tier ON member_tier(tier, member_id);
-- a member's history pages the ledger in time order and sums what came before a page
CREATE INDEX ledger_member_time ON ledger(member_id, at, id, points);
CREATE TRIGGER member_stats_new AFTER INSERT ON member
BEGIN
    INSERT INTO member_stats (member_id) VALUES (NEW.id);
END;
CREATE TRIGGER ledger_balance_insert AFTER INSERT ON ledger
BEGIN
    UPDATE member_stats SET points_balance = points_balance + NEW.points
    WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER ledger_balance_delete AFTER DELETE ON ledger
BEGIN
    UPDATE member_stats SET points_balance = points_balance - OLD.points
    WHERE member_id = OLD.member_id;
END;
CREATE TRIGGER purchase_last_insert AFTER INSERT ON purchase
WHEN NEW.member_id IS NOT NULL AND NEW.voided_at IS NULL
BEGIN
    UPDATE member_stats SET last_purchase_at = NEW.at
    WHERE member_id = NEW.member_id AND last_purchase_at < NEW.at;
END;
CREATE TRIGGER purchase_last_update AFTER UPDATE OF member_id, at, voided_at ON purchase
BEGIN
    UPDATE member_stats SET last_purchase_at = COALESCE((SELECT MAX(at) FROM purchase
        WHERE member_id = member_stats.member_id AND voided_at IS NULL), '')
    WHERE member_id = OLD.member_id AND OLD.voided_at IS NULL AND last_purchase_at = OLD.at;
    UPDATE member_stats SET last_purchase_at = NEW.at
    WHERE member_id = NEW.member_id AND NEW.voided_at IS NULL AND last_purchase_at < NEW.at;
END;
CREATE TRIGGER purchase_last_delete AFTER DELETE ON purchase
WHEN OLD.member_id IS NOT NULL AND OLD.voided_at IS NULL
BEGIN
    UPDATE member_stats SET last_purchase_at = COALESCE((SELECT MAX(at) FROM purchase
        WHERE member_id = member_stats.member_id AND voided_at IS NULL), '')
    WHERE member_id = OLD.member_id AND last_purchase_at = OLD.at;
END;
CREATE TRIGGER member_tier_spend_insert AFTER INSERT ON member_tier
BEGIN
    UPDATE member_stats SET spend_12m = NEW.spend_12m WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER member_tier_spend_update AFTER UPDATE OF spend_12m ON member_tier
BEGIN
    UPDATE member_stats SET spend_12m = NEW.spend_12m WHERE member_id = NEW.member_id;
END;
CREATE TRIGGER member_tier_spend_delete AFTER DELETE ON member_tier
BEGIN
    UPDATE member_stats SET spend_12m = 0 WHERE member_id = OLD.member_id;
END;
"""
