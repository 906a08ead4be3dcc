"""Helps translate the window: lists the unfinished entries of a .ts file, and fills
them from a JSON file of translations, setting French spacing as it goes.

    python scripts/ts_fill.py todo src/opcc_desk/translations/opcc_desk_fr.ts > todo.json
    (write the French into todo.json: each "" becomes the translation; a plural entry
     is a list of two forms, singular then plural)
    python scripts/ts_fill.py fill src/opcc_desk/translations/opcc_desk_fr.ts todo.json
    scripts/translations.sh update    (puts the file back in lupdate's own layout)

The JSON maps each context (the class name, or the first argument of translate()) to
{English source: translation}. Entries left "" stay unfinished; an entry whose source
is not in the .ts is reported (the source changed since the list was made).
In a French file, spacing: a plain space (or none) before : becomes a no-break space, before ; ? !
a narrow no-break space, and « » get no-break spaces inside. Pyside6-linguist edits the
same file by hand; tests/unit/test_translations.py checks the result either way.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"


def french_spacing(text: str) -> str:
    # a colon ends a label or introduces something; "9:30" and "http://" are left alone
    text = re.sub(r"[ \u00a0\u202f]?:(?=\s|$|<)", NBSP + ":", text)
    before, after = r"(?<=[\w)}»%>.…])", r"(?=\s|$|<|\))"
    text = re.sub(before + r"[ \u00a0\u202f]?([;?!])" + after, NARROW_NBSP + r"\1", text)
    text = re.sub(r"«[ \u00a0\u202f]?", "«" + NBSP, text)
    text = re.sub(r"[ \u00a0\u202f]?»", NBSP + "»", text)
    return text


def todo(ts: Path) -> dict[str, dict[str, object]]:
    wanted: dict[str, dict[str, object]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                source = message.findtext("source", "")
                plural = message.get("numerus") == "yes"
                wanted.setdefault(name, {})[source] = ["", ""] if plural else ""
    return wanted


def fill(ts: Path, answers: dict[str, dict[str, object]]) -> int:
    tree = ET.parse(ts)
    french = tree.getroot().get("language", "").startswith("fr")
    spacing = french_spacing if french else (lambda text: text)
    missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        mine = answers.get(name, {})
        seen: set[str] = set()
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if source not in mine or translation is None:
                continue
            seen.add(source)
            answer = mine[source]
            if not answer or (isinstance(answer, list) and not all(answer)):
                continue
            for child in list(translation):
                translation.remove(child)
            if isinstance(answer, list):
                translation.text = None
                for form in answer:
                    ET.SubElement(translation, "numerusform").text = spacing(str(form))
            else:
                translation.text = spacing(str(answer))
            translation.attrib.pop("type", None)
        for source in set(mine) - seen:
            print(f"not in {ts.name}: [{name}] {source!r}", file=sys.stderr)
            missing += 1
    for context_name in set(answers) - {c.findtext("name", "") for c in tree.getroot()}:
        print(f"no context {context_name!r} in {ts.name}", file=sys.stderr)
        missing += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "todo":
        json.dump(todo(Path(argv[1])), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(argv) == 3 and argv[0] == "fill":
        answers = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        return 1 if fill(Path(argv[1]), answers) else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
