#!/usr/bin/env bash
# The window's translations, made with Qt's own tools (pyside6-lupdate, pyside6-lrelease).
#
#   scripts/translations.sh update    re-read every tr()/translate() call in
#                                     src/opcc_desk/ui, and every msg() call below
#                                     it (messages said by the services, the field
#                                     checks and the matching module), into the .ts
#                                     files (new strings
#                                     come in as unfinished, removed ones are dropped);
#                                     opcc_desk_en.ts holds only the plural forms
#   scripts/translations.sh build     compile each .ts into the .qm the program loads
#                                     (setup.sh and the bundle's build run this; the
#                                     .qm files are not kept in git)
#
# The tools are taken beside PYTHON (default: .venv/bin/python, else python3).
# After `update`, open the .ts in pyside6-linguist (or any editor), translate every
# entry marked type="unfinished", remove that mark, then `build`;
# tests/unit/test_translations.py fails while any entry is unfinished or stale.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
FOLDER=src/opcc_desk/translations
LANGUAGES=(en fr)

python="${PYTHON:-}"
if [[ -z "$python" ]]; then
    if [[ -x .venv/bin/python ]]; then python=.venv/bin/python; else python="$(command -v python3)"; fi
fi
bin="$(dirname "$python")"
tool() {
    if [[ -x "$bin/pyside6-$1" ]]; then echo "$bin/pyside6-$1"
    elif command -v "pyside6-$1" >/dev/null; then command -v "pyside6-$1"
    else echo "translations: pyside6-$1 not found beside $python nor on PATH (install PySide6)" >&2; exit 1
    fi
}

case "${1:-}" in
    update)
        lupdate="$(tool lupdate)"
        # the window's files, and every other file that names messages with msg()
        # (domain/words/messages.py: lupdate reads msg as QT_TRANSLATE_NOOP)
        mapfile -t sources < <(
            { find src/opcc_desk/ui -name '*.py'
              grep -rlE --include='*.py' --exclude-dir=ui '\bmsg\(' src/opcc_desk; } | LC_ALL=C sort -u
        )
        for language in "${LANGUAGES[@]}"; do
            # English needs only the plural forms ("%n client(s)" read as 1 client, 2 clients)
            only=()
            [[ "$language" == en ]] && only=(-pluralonly)
            # no line numbers: they change with every edit and make merges conflict
            "$lupdate" -silent -locations none -no-obsolete "${only[@]}" \
                -tr-function-alias QT_TRANSLATE_NOOP+=msg \
                -source-language en_CA -target-language "${language}_CA" \
                "${sources[@]}" -ts "$FOLDER/opcc_desk_${language}.ts"
        done
        ;;
    build)
        lrelease="$(tool lrelease)"
        for language in "${LANGUAGES[@]}"; do
            "$lrelease" -silent "$FOLDER/opcc_desk_${language}.ts" -qm "$FOLDER/opcc_desk_${language}.qm"
        done
        ;;
    *)
        sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"
        exit 2
        ;;
esac
