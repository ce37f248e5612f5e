"""A real print queue for the tests: CUPS with a cups-pdf queue that writes each job as a PDF into a
folder of the tests' own (Debian packages `cups` and `printer-driver-cups-pdf`, installed by
`bash .ci/setup test`).

`print_queue()` starts cupsd when it is not running (it daemonizes), adds the queue with lpadmin
and points cups-pdf at the folder through a per-queue config file (`cups-pdf:/NAME` reads
/etc/cups/cups-pdf-NAME.conf).  `release()` at the end of the session removes the queue, its
config and folder, and stops cupsd if this started it.  The tests are skipped, saying why, only
when cupsd or lpadmin is not installed (or there is no root to run them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "ShopkeeperPDF"
CONFIG = Path(f"/etc/cups/cups-pdf-{QUEUE}.conf")
SPOOL = Path("/var/spool/cups-pdf")


@dataclass
class PrintQueue:
    name: str
    folder: Path

    def job_pdf(self, job: str, timeout: float = 60) -> Path:
        """The PDF the queue wrote for job id `job` ("ShopkeeperPDF-12"), once it is there."""
        number = job.rsplit("-", 1)[-1]
        return self._wait(lambda p: p.name.endswith(f"-job_{number}.pdf"), timeout, job)

    def titled_pdf(self, token: str, timeout: float = 60) -> Path:
        """The PDF of the job whose title contains `token` (letters and digits only)."""
        return self._wait(lambda p: token in p.name, timeout, token)

    def _wait(self, match, timeout: float, what: str) -> Path:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for path in self.folder.glob("*.pdf"):
                if match(path) and _complete(path):
                    return path
            time.sleep(0.2)
        log = Path(f"/var/log/cups/cups-pdf-{self.name}_log")
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise AssertionError(f"no PDF for {what} in {self.folder} after {timeout} s\n{tail}")


def _complete(path: Path) -> bool:
    try:
        return path.read_bytes().rstrip().endswith(b"%%EOF")
    except OSError:
        return False


_state: dict[str, object] = {"queue": None, "started_pid": None, "users": 0}


def _sudo() -> list[str]:
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"]).returncode == 0:
        return ["sudo", "-n"]
    pytest.skip("the print queue tests need root (or sudo without a password) to run cupsd")


def _run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*_sudo(), *args], capture_output=True, text=True, check=check, timeout=60
    )


def _scheduler_running() -> bool:
    if not shutil.which("lpstat"):
        return False
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=20)
    return "is running" in done.stdout and "not" not in done.stdout


def _pid_file() -> Path | None:
    for path in (Path("/run/cups/cupsd.pid"), Path("/var/run/cups/cupsd.pid")):
        if path.exists():
            return path
    return None


def _cups_pdf_model() -> str:
    models = _run("lpinfo", "-m").stdout.splitlines()
    names = [line.split()[0] for line in models if "CUPS-PDF" in line]
    preferred = [name for name in names if "CUPS-PDF_opt" in name]
    if not (preferred or names):
        pytest.skip("no cups-pdf driver (install printer-driver-cups-pdf)")
    return (preferred or names)[0]


def print_queue() -> PrintQueue:
    """The cups-pdf queue, set up once per session (see the module's docstring)."""
    _state["users"] = int(_state["users"]) + 1
    if _state["queue"] is not None:
        return _state["queue"]  # type: ignore[return-value]
    for tool in ("cupsd", "lpadmin"):
        if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()):
            pytest.skip(f"{tool} is not installed: apt-get install cups printer-driver-cups-pdf")
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        pytest.skip("the cups-pdf backend is not installed (printer-driver-cups-pdf)")
    if not _scheduler_running():
        _run(shutil.which("cupsd") or "/usr/sbin/cupsd")  # daemonizes
        deadline = time.monotonic() + 30
        while not _scheduler_running():
            if time.monotonic() > deadline:
                raise AssertionError("cupsd did not start within 30 s")
            time.sleep(0.2)
        pid_file = _pid_file()
        if pid_file is not None:
            _state["started_pid"] = int(pid_file.read_text().strip())
    folder = SPOOL / f"SHOPKEEPER-TESTS-{os.getpid()}"
    _run("mkdir", "-p", str(folder))
    _run("chmod", "1777", str(folder))
    config = f"Out {folder}\nLabel 0\nLog /var/log/cups\nLogType 7\n"
    _run("sh", "-c", f"printf '%s' '{config}' > {CONFIG}")
    _run("lpadmin", "-p", QUEUE, "-E", "-v", f"cups-pdf:/{QUEUE}", "-m", _cups_pdf_model())
    _run("cupsenable", QUEUE, check=False)
    _run("cupsaccept", QUEUE, check=False)
    _state["queue"] = PrintQueue(QUEUE, folder)
    return _state["queue"]  # type: ignore[return-value]


def release() -> None:
    """One user less; the last one removes the queue and stops the cupsd this started."""
    _state["users"] = int(_state["users"]) - 1
    queue = _state["queue"]
    if int(_state["users"]) > 0 or queue is None:
        return
    _state["queue"] = None
    _run("lpadmin", "-x", QUEUE, check=False)
    _run("rm", "-rf", str(queue.folder), str(CONFIG), check=False)
    pid = _state["started_pid"]
    if pid:
        _run("kill", str(pid), check=False)
        _state["started_pid"] = None


def job_id(text: str) -> str:
    """The job id in lp's "request id is NAME-12 (1 file(s))"."""
    found = re.search(r"\b(\S+-\d+)\b", text)
    assert found, text
    return found.group(1)
