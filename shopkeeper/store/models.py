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


ALL_MODELS = [Setting, Member, MemberTag, Child, Pet, ConsentEvent, PhoneFragment, NameKey]
