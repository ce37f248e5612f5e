"""Sending a PDF to a printer through CUPS's `lp`, at the PDF's own page size.

The core never imports Qt, so the CLI prints this way; the window prints through Qt (ui/printing).
The page size goes with the job (`-o media=…`) so that a 62 mm label is not scaled onto A4.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium

from shopkeeper.errors import ShopError

DEFAULT_PRINTER = "default"
_MM_PER_POINT = 25.4 / 72
# Paper CUPS knows by name, (width, height) in mm: a page within 1 mm of one is sent by that name.
_NAMED_MEDIA = {"A4": (210, 297), "A5": (148, 210), "A6": (105, 148), "Letter": (215.9, 279.4)}
_JOB = re.compile(r"request id is (\S+)")


class NoPrintSystem(ShopError):
    template = "Cannot print: {detail}"


class PrinterNotFound(ShopError):
    template = "There is no printer called “{name}”{detail}."


class PrintFailed(ShopError):
    template = "The printer “{name}” did not take the document: {detail}"


def page_size_mm(pdf: Path) -> tuple[float, float]:
    """The first page's width and height in millimetres."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    return round(width * _MM_PER_POINT, 1), round(height * _MM_PER_POINT, 1)


def media_option(width_mm: float, height_mm: float) -> str:
    """The `lp -o media=…` value for a page: a named paper (A4, A6 …) when it is one, in either
    orientation, otherwise a custom size such as `Custom.62x100mm`."""
    for name, (w, h) in _NAMED_MEDIA.items():
        for a, b in ((w, h), (h, w)):
            if abs(width_mm - a) <= 1 and abs(height_mm - b) <= 1:
                return name
    return f"Custom.{width_mm:g}x{height_mm:g}mm"


def printer_names() -> list[str]:
    """The print queues CUPS knows (empty without CUPS or without queues)."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    try:
        done = subprocess.run([lpstat, "-e"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def send_pdf(pdf: str | Path, printer: str, *, title: str = "") -> str:
    """Queue the PDF file `pdf` on `printer` (a queue's name, or "default") at the PDF's page
    size; returns the job id CUPS gave (e.g. "Labels-12").  Raises NoPrintSystem when CUPS is
    not installed or not running, PrinterNotFound for an unknown queue, PrintFailed otherwise."""
    lp = shutil.which("lp")
    if lp is None:
        raise NoPrintSystem(detail="CUPS is not installed (no `lp` command)")
    pdf = Path(pdf)
    width, height = page_size_mm(pdf)
    command = [lp, "-o", f"media={media_option(width, height)}", "-o", "fit-to-page=false"]
    if printer != DEFAULT_PRINTER:
        command += ["-d", printer]
    if title:
        command += ["-t", title]
    command.append(str(pdf))
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise NoPrintSystem(detail=str(error)) from error
    found = _JOB.search(done.stdout)
    if done.returncode == 0 and found:
        return found.group(1)
    detail = (done.stderr or done.stdout).strip().removeprefix("lp: ").strip()
    lowered = detail.lower()
    if "scheduler is not running" in lowered or "connection refused" in lowered:
        raise NoPrintSystem(detail=f"the print service (CUPS) is not running ({detail})")
    if "does not exist" in lowered or "not found" in lowered:
        known = printer_names()
        listed = f"; the printers are: {', '.join(known)}" if known else "; no printer is set up"
        raise PrinterNotFound(name=printer, detail=listed)
    if "no default destination" in lowered:
        raise PrinterNotFound(name=printer, detail=" (no default printer is set)")
    raise PrintFailed(name=printer, detail=detail or f"lp exited with {done.returncode}")
