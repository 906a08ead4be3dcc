"""The PHIPA access report for one client ("who accessed this record"), as a PDF."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table

from opcc_desk.domain.audit import AuditEntry
from opcc_desk.letters.fonts import BODY, markup
from opcc_desk.letters.pages import build_pdf
from opcc_desk.letters.styles import make_styles, table_style

ACTION_WORDS = {
    "view": "Opened the record",
    "create": "Created the record",
    "change": "Changed the record",
    "archive": "Archived the record",
    "restore": "Restored the record",
    "export": "Exported records to a file",
    "import": "Imported from a file",
    "letter": "Made a letter",
    "print": "Printed a letter",
    "refer": "Made a referral",
    "status": "Moved a referral",
    "purge": "Purged the record",
}


def access_report_pdf(
    client_ref: str,
    client_name: str,
    entries: Sequence[AuditEntry],
    *,
    clinic: str,
    made_by: str,
    made_at: datetime,
) -> bytes:
    styles = make_styles()
    story: list[object] = [
        Paragraph(markup("Who accessed this record", bold=True), styles.report_title),
        Paragraph(markup(f"Client: {client_name} (intake id {client_ref})"), styles.body),
        Paragraph(
            markup(
                f"Every time staff opened, changed, printed or exported this record, from the "
                f"audit log: {len(entries)} entries. Made by {made_by} on {made_at:%Y-%m-%d %H:%M}."
            ),
            styles.small,
        ),
        Spacer(1, 8),
    ]
    rows: list[list[object]] = [
        [
            Paragraph(markup(h, bold=True), styles.cell_bold)
            for h in ("When", "Who", "What", "Details")
        ]
    ]
    for entry in entries:
        rows.append(
            [
                Paragraph(markup(f"{entry.at:%Y-%m-%d %H:%M}"), styles.cell),
                Paragraph(markup(entry.user or "(not signed in)"), styles.cell),
                Paragraph(markup(ACTION_WORDS.get(entry.action, entry.action)), styles.cell),
                Paragraph(markup(entry.detail), styles.cell),
            ]
        )
    table = Table(rows, colWidths=[1.3 * inch, 1.1 * inch, 1.8 * inch, 2.8 * inch], repeatRows=1)
    table.setStyle(table_style())
    story.append(table)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        canvas.setFont(BODY, 8)
        canvas.drawString(
            0.75 * inch, 0.5 * inch, f"{clinic} · Confidential: personal health information"
        )
        canvas.drawRightString(7.75 * inch, 0.5 * inch, f"Page {page} of {pages}")

    return build_pdf(
        story,
        decorate,
        title=f"Access report {client_ref}",
        author=clinic,
        language="en",
        margins=(0.75 * inch, 0.75 * inch, 0.75 * inch, 0.8 * inch),
    )
