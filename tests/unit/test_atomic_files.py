"""The owner-only, all-or-nothing file writer every letter, export, backup and key file
goes through: real files in a temporary folder, real failures."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from opcc_desk.atomic_files import private_text, replacing, write_private

SRC = Path(__file__).resolve().parents[2] / "src"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_written_file_is_owner_only_even_over_a_readable_one(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        write_private(target, b"%PDF-1.4 new")
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == b"%PDF-1.4 new"
    assert mode(target) == 0o600
    with private_text(tmp_path / "export.csv", newline="") as handle:
        handle.write("id,name\r\nC-1,Zoë\r\n")
    assert mode(tmp_path / "export.csv") == 0o600
    assert (tmp_path / "export.csv").read_bytes() == "id,name\r\nC-1,Zoë\r\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv", "letter.pdf"]


def test_a_failure_in_the_middle_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "clients.csv"
    target.write_text("id\nC-1\n", encoding="utf-8")

    def rows() -> Iterator[str]:
        yield "id\n"
        yield "C-1\n"
        raise ConnectionError("the database server went away")

    with pytest.raises(ConnectionError), private_text(target) as handle:
        for row in rows():
            handle.write(row)
    assert target.read_text(encoding="utf-8") == "id\nC-1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["clients.csv"]

    with pytest.raises(ValueError, match="check failed"), replacing(target) as temporary:
        temporary.write_bytes(b"a copy that does not verify")
        raise ValueError("check failed")
    assert target.read_text(encoding="utf-8") == "id\nC-1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["clients.csv"]


def test_a_full_disk_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    """The file size limit makes the write itself fail (EFBIG), as a full disk would."""
    target = tmp_path / "backup.sqlite3"
    target.write_bytes(b"the good backup")
    child = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from opcc_desk.atomic_files import write_private\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))\n"
        "try:\n"
        "    write_private(Path(sys.argv[1]), b'x' * 100_000)\n"
        "except OSError as error:\n"
        "    print(error.strerror)\n"
        "    sys.exit(3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child, str(target)],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 3, result.stderr
    assert "too large" in result.stdout.lower()
    assert target.read_bytes() == b"the good backup"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.sqlite3"]


def test_two_writers_at_once_never_leave_a_mixed_file(tmp_path: Path) -> None:
    target = tmp_path / "waitlist.csv"
    size = 1_000_000
    contents = {b"a" * size, b"b" * size}
    start = threading.Barrier(3)
    writes = 15
    seen: list[bytes] = []
    errors: list[BaseException] = []

    def writer(data: bytes) -> None:
        try:
            start.wait()
            for _ in range(writes):
                write_private(target, data)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=writer, args=(data,)) for data in contents]
    for thread in threads:
        thread.start()
    start.wait()
    while any(thread.is_alive() for thread in threads):
        if target.exists():
            seen.append(target.read_bytes())
    for thread in threads:
        thread.join()
    assert errors == []
    assert target.read_bytes() in contents
    assert all(data in contents for data in seen)  # every read: one writer's file, whole
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["waitlist.csv"]
