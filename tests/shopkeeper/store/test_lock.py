"""One GUI per shop: the instance lock, within a process and across processes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap

import pytest

from shopkeeper.club.records import MemberDraft
from shopkeeper.errors import ShopLocked
from shopkeeper.shop import Shop

HOLDER = textwrap.dedent(
    """
    import sys
    from shopkeeper.shop import Shop
    shop = Shop(sys.argv[1], exclusive=True)
    print("locked", flush=True)
    sys.stdin.readline()
    shop.close()
    print("released", flush=True)
    """
)


def test_second_exclusive_shop_is_refused_naming_the_holder(tmp_path):
    first = Shop(tmp_path, exclusive=True)
    try:
        with pytest.raises(ShopLocked) as caught:
            Shop(tmp_path, exclusive=True)
        assert caught.value.params["pid"] == str(os.getpid())
        assert caught.value.params["host"] == socket.gethostname()
        assert f"process {os.getpid()}" in str(caught.value)
    finally:
        first.close()
    with Shop(tmp_path, exclusive=True) as again:
        assert again.members.count() == 0


def test_cli_shop_opens_beside_the_gui_and_both_see_writes(tmp_path):
    with Shop(tmp_path, exclusive=True) as gui, Shop(tmp_path) as cli:
        cli.members.add(MemberDraft(first_name="דנה", phone="052-345-6789"))
        assert gui.members.count() == 1
        assert gui.search.search("דנה")[0].phone == "+972523456789"


def test_closing_twice_is_harmless(tmp_path):
    shop = Shop(tmp_path, exclusive=True)
    shop.close()
    shop.close()
    with Shop(tmp_path, exclusive=True):
        pass


def test_lock_holds_across_processes(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(ShopLocked) as caught:
            Shop(tmp_path, exclusive=True)
        assert caught.value.params["pid"] == str(holder.pid)
        with Shop(tmp_path) as cli:  # the CLI still works on the same data
            assert cli.members.count() == 0
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with Shop(tmp_path, exclusive=True) as mine:
        assert mine.members.count() == 0


def test_lock_of_a_killed_process_is_freed(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
    finally:
        holder.kill()
        holder.wait(timeout=30)
        holder.stdin.close()
        holder.stdout.close()
    with Shop(tmp_path, exclusive=True) as mine:
        assert mine.members.count() == 0
