"""peewee models over the schema that migrations.py creates (the SQL there is the truth)."""

from __future__ import annotations

import peewee

database_proxy = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField()


class Member(BaseModel):
    number = peewee.IntegerField(unique=True)
    first_name = peewee.TextField(default="")
    last_name = peewee.TextField(default="")
    phone = peewee.TextField(unique=True)
    email = peewee.TextField(default="")
    birth_day = peewee.IntegerField(null=True)
    birth_month = peewee.IntegerField(null=True)
    birth_year = peewee.IntegerField(null=True)
    hebrew_birthday = peewee.BooleanField(default=False)
    birthday_set_on = peewee.DateField(null=True)
    address_form = peewee.TextField(default="")
    address = peewee.TextField(default="")
    city = peewee.TextField(default="")
    joined_on = peewee.DateField()
    source = peewee.TextField(default="")
    referred_by = peewee.ForeignKeyField("self", null=True, on_delete="SET NULL")
    notes = peewee.TextField(default="")
    name_words = peewee.TextField(default="")
    created_at = peewee.DateTimeField()
    updated_at = peewee.DateTimeField()


class MemberTag(BaseModel):
    member = peewee.ForeignKeyField(Member, on_delete="CASCADE")
    tag = peewee.TextField()

    class Meta:
        primary_key = peewee.CompositeKey("member", "tag")


class Child(BaseModel):
    member = peewee.ForeignKeyField(Member, backref="children", on_delete="CASCADE")
    name = peewee.TextField()
    birth_day = peewee.IntegerField(null=True)
    birth_month = peewee.IntegerField(null=True)
    birth_year = peewee.IntegerField(null=True)
    gender = peewee.TextField(default="")


class Pet(BaseModel):
    member = peewee.ForeignKeyField(Member, backref="pets", on_delete="CASCADE")
    name = peewee.TextField()
    kind = peewee.TextField(default="")
    birth_day = peewee.IntegerField(null=True)
    birth_month = peewee.IntegerField(null=True)
    birth_year = peewee.IntegerField(null=True)


class ConsentEvent(BaseModel):
    member = peewee.ForeignKeyField(Member, on_delete="CASCADE")
    channel = peewee.TextField()
    given = peewee.BooleanField()
    at = peewee.DateTimeField()
    how = peewee.TextField(default="")


class PhoneFragment(BaseModel):
    fragment = peewee.TextField()
    member = peewee.ForeignKeyField(Member, on_delete="CASCADE")

    class Meta:
        primary_key = peewee.CompositeKey("fragment", "member")


class NameKey(BaseModel):
    word = peewee.TextField()
    member = peewee.ForeignKeyField(Member, on_delete="CASCADE")

    class Meta:
        primary_key = peewee.CompositeKey("word", "member")


class ProgrammeVersion(BaseModel):
    valid_from = peewee.TextField()
    settings = peewee.TextField()


class Coupon(BaseModel):
    code = peewee.TextField(unique=True)
    percent = peewee.IntegerField(null=True)
    amount = peewee.IntegerField(null=True)
    min_basket = peewee.IntegerField(default=0)
    valid_from = peewee.TextField(null=True)
    valid_until = peewee.TextField(null=True)
    max_uses = peewee.IntegerField(default=1)
    member = peewee.ForeignKeyField(Member, null=True, on_delete="CASCADE")
    batch = peewee.TextField(default="")
    created_at = peewee.TextField()


class Purchase(BaseModel):
    member = peewee.ForeignKeyField(Member, null=True, on_delete="SET NULL")
    at = peewee.TextField()
    amount = peewee.IntegerField()
    points_discount = peewee.IntegerField(default=0)
    coupon_discount = peewee.IntegerField(default=0)
    reward_discount = peewee.IntegerField(default=0)
    returned = peewee.IntegerField(default=0)
    coupon = peewee.ForeignKeyField(Coupon, null=True)
    channel = peewee.TextField(default="store")
    fulfilment = peewee.TextField(default="taken")
    note = peewee.TextField(default="")
    voided_at = peewee.TextField(null=True)
    void_reason = peewee.TextField(default="")
    created_by = peewee.TextField(default="")


class PurchaseLine(BaseModel):
    purchase = peewee.ForeignKeyField(Purchase, on_delete="CASCADE")
    name = peewee.TextField()
    category = peewee.TextField(default="")
    qty = peewee.IntegerField()
    unit_price = peewee.IntegerField()
    returned_qty = peewee.IntegerField(default=0)


class Ledger(BaseModel):
    member = peewee.ForeignKeyField(Member, on_delete="CASCADE")
    at = peewee.TextField()
    kind = peewee.TextField()
    points = peewee.IntegerField()
    source = peewee.TextField()
    purchase = peewee.ForeignKeyField(Purchase, null=True)
    reason = peewee.TextField(default="")
    by = peewee.TextField(default="")


class MemberTier(BaseModel):
    member = peewee.ForeignKeyField(Member, primary_key=True, on_delete="CASCADE")
    tier = peewee.TextField()
    spend_12m = peewee.IntegerField()
    computed_at = peewee.TextField()


class MemberStats(BaseModel):
    """The members list's sort values, kept by triggers (migration_v5.V5_MEMBER_LIST)."""

    member = peewee.ForeignKeyField(Member, primary_key=True, on_delete="CASCADE")
    points_balance = peewee.IntegerField(default=0)
    last_purchase_at = peewee.TextField(default="")
    spend_12m = peewee.IntegerField(default=0)


class Stamp(BaseModel):
    member = peewee.ForeignKeyField(Member, on_delete="CASCADE")
    card = peewee.TextField()
    count = peewee.IntegerField()
    purchase = peewee.ForeignKeyField(Purchase, null=True)
    at = peewee.TextField()
    kind = peewee.TextField()


class EarnedReward(BaseModel):
    member = peewee.ForeignKeyField(Member, on_delete="CASCADE")
    source = peewee.TextField()
    description = peewee.TextField()
    amount = peewee.IntegerField(default=0)
    earned_at = peewee.TextField()
    purchase = peewee.ForeignKeyField(Purchase, null=True)
    used_purchase = peewee.ForeignKeyField(Purchase, null=True)
    used_at = peewee.TextField(null=True)
    cancelled_at = peewee.TextField(null=True)


class NoteTemplate(BaseModel):
    name = peewee.TextField(unique=True)
    language = peewee.TextField(default="he")
    body = peewee.TextField()
    return_policy = peewee.TextField(default="")
    coupon_percent = peewee.IntegerField(null=True)
    coupon_amount = peewee.IntegerField(null=True)
    coupon_days = peewee.IntegerField(default=60)
    updated_at = peewee.TextField()


class PickupOrder(BaseModel):
    member = peewee.ForeignKeyField(Member, null=True, on_delete="SET NULL")
    code = peewee.TextField(unique=True)
    status = peewee.TextField(default="new")
    paid = peewee.IntegerField(default=0)
    due = peewee.IntegerField(default=0)
    ready_by = peewee.TextField()
    shelf = peewee.TextField(default="")
    note = peewee.TextField(default="")
    created_at = peewee.TextField()
    ready_at = peewee.TextField(null=True)
    collected_at = peewee.TextField(null=True)
    cancelled_at = peewee.TextField(null=True)
    purchase = peewee.ForeignKeyField(Purchase, null=True)


class PickupLine(BaseModel):
    order = peewee.ForeignKeyField(PickupOrder, on_delete="CASCADE")
    name = peewee.TextField()
    qty = peewee.IntegerField()
    unit_price = peewee.IntegerField(default=0)


class GreetingTemplate(BaseModel):
    occasion = peewee.TextField()
    language = peewee.TextField()
    body = peewee.TextField()
    updated_at = peewee.TextField()


class Greeting(BaseModel):
    member = peewee.ForeignKeyField(Member, on_delete="CASCADE")
    occasion = peewee.TextField()
    subject_kind = peewee.TextField(default="member")
    subject_name = peewee.TextField(default="")
    occasion_date = peewee.TextField()
    channel = peewee.TextField(default="")
    by = peewee.TextField(default="")
    at = peewee.TextField()


class CallLog(BaseModel):
    member = peewee.ForeignKeyField(Member, on_delete="CASCADE")
    reason = peewee.TextField(default="winback")
    purchase = peewee.ForeignKeyField(Purchase, null=True, on_delete="SET NULL")
    result = peewee.TextField()
    call_back_on = peewee.TextField(null=True)
    note = peewee.TextField(default="")
    by = peewee.TextField(default="")
    at = peewee.TextField()


class Feedback(BaseModel):
    member = peewee.ForeignKeyField(Member, null=True, on_delete="CASCADE")
    given_on = peewee.TextField()
    nps = peewee.IntegerField(null=True)
    comment = peewee.TextField(default="")
    by = peewee.TextField(default="")
    at = peewee.TextField()


class FeedbackStatement(BaseModel):
    text = peewee.TextField()
    active = peewee.IntegerField(default=1)
    created_at = peewee.TextField()


class FeedbackAnswer(BaseModel):
    feedback = peewee.ForeignKeyField(Feedback, on_delete="CASCADE")
    statement = peewee.ForeignKeyField(FeedbackStatement)
    score = peewee.IntegerField()

    class Meta:
        primary_key = peewee.CompositeKey("feedback", "statement")


class Complaint(BaseModel):
    member = peewee.ForeignKeyField(Member, null=True, on_delete="CASCADE")
    what = peewee.TextField()
    happened_on = peewee.TextField()
    channel = peewee.TextField(default="in-person")
    remedy = peewee.TextField(null=True)
    owner = peewee.TextField(default="")
    follow_up_on = peewee.TextField(null=True)
    status = peewee.TextField(default="open")
    feedback = peewee.ForeignKeyField(Feedback, null=True, on_delete="SET NULL")
    goodwill_points = peewee.IntegerField(default=0)
    opened_at = peewee.TextField()
    resolved_at = peewee.TextField(null=True)
    closed_at = peewee.TextField(null=True)


class ComplaintEvent(BaseModel):
    complaint = peewee.ForeignKeyField(Complaint, on_delete="CASCADE")
    kind = peewee.TextField()
    text = peewee.TextField(default="")
    by = peewee.TextField(default="")
    at = peewee.TextField()


ALL_MODELS = [
    Setting,
    Member,
    MemberTag,
    Child,
    Pet,
    ConsentEvent,
    PhoneFragment,
    NameKey,
    ProgrammeVersion,
    Coupon,
    Purchase,
    PurchaseLine,
    Ledger,
    MemberTier,
    Stamp,
    EarnedReward,
    NoteTemplate,
    PickupOrder,
    PickupLine,
    GreetingTemplate,
    Greeting,
    CallLog,
    Feedback,
    FeedbackStatement,
    FeedbackAnswer,
    Complaint,
    ComplaintEvent,
    MemberStats,
]
