"""One counter app per shop folder: a real second process holding the lock keeps us out and
is named; a lock left by a dead process is taken over; the kiosk shares the shop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from app.core import instance_lock
from app.core.instance_lock import InstanceLock, ShopInUse

HOLDER = textwrap.dedent(
    """
    import sys
    from app.core.instance_lock import InstanceLock
    with InstanceLock(sys.argv[1]):
        print("held", flush=True)
        sys.stdin.readline()
    """
)


@pytest.fixture
def other_process(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def test_a_second_process_is_kept_out_and_told_who_holds_the_shop(tmp_path, other_process):
    with pytest.raises(ShopInUse) as caught:
        InstanceLock(tmp_path).acquire()
    assert caught.value.holder.pid == other_process.pid
    assert f"process {other_process.pid}" in caught.value.message
    assert caught.value.exit_code == 3
    # the holder closes normally: the shop is free again
    other_process.communicate("\n", timeout=20)
    with InstanceLock(tmp_path) as lock:
        assert lock.held and instance_lock.read_holder(tmp_path).pid == os.getpid()


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path, other_process):
    other_process.kill()
    other_process.wait()
    assert instance_lock.read_holder(tmp_path).pid == other_process.pid  # the file stays
    with InstanceLock(tmp_path) as lock:
        assert lock.held and instance_lock.read_holder(tmp_path).pid == os.getpid()


def test_a_stale_lock_file_with_a_dead_pid_is_taken_over(tmp_path):
    instance_lock.lock_path(tmp_path).write_text(
        json.dumps({"pid": 999_999_999, "workstation": "old-till", "since": "2020-01-01"})
    )
    with InstanceLock(tmp_path) as lock:
        assert lock.held
    assert instance_lock.read_holder(tmp_path) is None  # released: the note is emptied


def test_two_windows_in_one_process_are_refused_too(tmp_path):
    first = InstanceLock(tmp_path).acquire()
    try:
        with pytest.raises(ShopInUse):
            InstanceLock(tmp_path).acquire()
    finally:
        first.release()
    InstanceLock(tmp_path).acquire().release()


def test_the_kiosk_shares_the_shop_with_the_counter_app(tmp_path):
    counter = instance_lock.for_channel(tmp_path, "counter")
    try:
        assert counter is not None and counter.held
        assert instance_lock.for_channel(tmp_path, "kiosk") is None
        with pytest.raises(ShopInUse):
            instance_lock.for_channel(tmp_path, "counter")
    finally:
        counter.release()
