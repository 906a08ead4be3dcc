"""The message that carries an encrypted letter: a greeting and how to open it, nothing more.

It names no concern, approach or therapist: an email can be read by whoever shares the
client's inbox, so the health information stays inside the encrypted PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from opcc_desk.domain.words.elision import elide_before


@dataclass(frozen=True, slots=True)
class EmailText:
    subject: str
    body: str
    attachment_name: str


def letter_email(language: str, client_name: str, clinic_name: str, clinic_phone: str) -> EmailText:
    if language == "fr":
        return EmailText(
            subject=elide_before("Votre lettre de ", clinic_name) + clinic_name,
            body=(
                f"Bonjour {client_name},\n\n"
                "Vous trouverez ci-joint la lettre dont nous avons parlé, en format PDF. "
                "Elle est protégée par une phrase secrète que nous vous donnons par téléphone; "
                "elle n'est jamais envoyée par courriel. Pour ouvrir la lettre, ouvrez le "
                "fichier joint et tapez cette phrase secrète lorsqu'elle vous est demandée.\n\n"
                "Si vous n'attendiez pas ce message, ou si vous n'avez pas reçu la phrase "
                f"secrète, appelez-nous au {clinic_phone}.\n\n"
                f"{clinic_name}\n"
            ),
            attachment_name="lettre.pdf",
        )
    return EmailText(
        subject=f"Your letter from {clinic_name}",
        body=(
            f"Hello {client_name},\n\n"
            "The letter we talked about is attached as a PDF file. It is protected with a "
            "passphrase that we give you by phone; it is never sent by email. To read the "
            "letter, open the attached file and type the passphrase when asked.\n\n"
            "If you did not expect this message, or have not received the passphrase, "
            f"call us at {clinic_phone}.\n\n"
            f"{clinic_name}\n"
        ),
        attachment_name="letter.pdf",
    )
