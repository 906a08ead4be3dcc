#!/usr/bin/env bash
# Sets up OPCC Desk in this checkout: the Debian libraries Qt 6 needs, then .venv.
#
#   scripts/setup.sh [WHAT] [--no-system] [--no-postgresql] [--xvfb]
#
# WHAT picks the Python extras installed into .venv:
#   (nothing) or run  the program only:           pip install -e .
#   test              plus the test tools:         pip install -e ".[test]"
#   dev               plus ruff and mypy:          pip install -e ".[dev]"
#   installer         plus PyInstaller:            pip install -e ".[test,installer]"
#   a,b               any comma-separated list of the pyproject extras
#
# System packages (Debian, Ubuntu and relatives; checked with dpkg first, so a machine
# that has them all is left alone and apt-get update runs only when something is missing):
#   always            the libraries Qt's xcb (real window) and offscreen platforms load,
#                     found with readelf/ldd on the PySide6 wheels' Qt libraries and plugins,
#                     and a font (fonts-dejavu-core)
#   test/dev/installer  poppler-utils (pdftotext, pdftoppm for letters in tests),
#                     chromium (runs the published directory's filter script; the
#                     directory screenshot) and
#                     postgresql (server binaries for the multi-workstation tests);
#                     --no-postgresql leaves the server out
#   installer         binutils (PyInstaller runs objdump)
#   --xvfb            also xvfb, to show the real window on a virtual screen
#   --no-system       touch no system package (or set OPCC_DESK_NO_SYSTEM=1)
#
# Python: PYTHON=/path/to/python3.X picks the interpreter for a new .venv (3.11 or newer).
# Running it again is cheap: pip runs only when pyproject.toml changed or new extras are asked.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
VENV="$ROOT/.venv"
STAMP="$VENV/.opcc-desk-setup"

say() { printf '==> %s\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- arguments
what=""
with_system=1
with_postgresql=1
with_xvfb=0
[[ "${OPCC_DESK_NO_SYSTEM:-}" == 1 ]] && with_system=0
for arg in "$@"; do
    case "$arg" in
        --no-system) with_system=0 ;;
        --no-postgresql) with_postgresql=0 ;;
        --xvfb) with_xvfb=1 ;;
        -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        -*) die "unknown option $arg (try --help)" ;;
        *) [[ -z "$what" ]] || die "only one WHAT argument, got '$what' and '$arg'"; what="$arg" ;;
    esac
done

# Extras as a sorted, space-separated set; dev includes test (see pyproject.toml).
extras=""
case "$what" in
    "" | run) extras="" ;;
    installer) extras="installer test" ;;
    *) extras="${what//,/ }" ;;
esac
[[ " $extras " == *" dev "* ]] && extras="$extras test"
extras="$(tr ' ' '\n' <<<"$extras" | sed '/^$/d' | sort -u | tr '\n' ' ')"
extras="${extras% }"
for extra in $extras; do
    grep -Eq "^$extra = \[" pyproject.toml || die "unknown extra '$extra': pyproject.toml has no [project.optional-dependencies] $extra"
done

# ---------------------------------------------------------------- system packages
# Each entry is one package, or alternatives "new|old" for names renamed by Debian 13's
# 64-bit time transition (libglib2.0-0t64 was libglib2.0-0 in Debian 12).
qt_packages=(
    # loaded by QtCore/QtGui/QtWidgets on every platform, offscreen included
    libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libx11-6
    "libglib2.0-0t64|libglib2.0-0"
    # QtDBus, and QtNetwork (QtPdf links it)
    libdbus-1-3 libbrotli1 libgssapi-krb5-2
    # the xcb platform plugin: the real window on an X11 or XWayland desktop
    libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-glx0
    # Qt's printing plugin (printing letters from the window)
    "libcups2t64|libcups2"
    # a readable font for the window and for rendered PDFs
    fonts-dejavu-core
)
test_packages=(poppler-utils "chromium|chromium-browser")
# PyInstaller reads the libraries' dependencies with objdump
installer_packages=(binutils)

wanted=("${qt_packages[@]}")
if [[ -n "$extras" ]]; then
    wanted+=("${test_packages[@]}")
    ((with_postgresql)) && wanted+=(postgresql)
fi
[[ " $extras " == *" installer "* ]] && wanted+=("${installer_packages[@]}")
((with_xvfb)) && wanted+=(xvfb xauth)  # xvfb-run needs xauth

installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

# The interpreter for a new venv: $PYTHON, else the first python3.X >= 3.11 on PATH.
python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
find_python() {
    local candidate
    for candidate in ${PYTHON:-python3 python3.13 python3.12 python3.11}; do
        if command -v "$candidate" >/dev/null && python_ok "$candidate"; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

# A new .venv needs an interpreter with venv and ensurepip, which Debian packages apart.
python=""
if [[ ! -x "$VENV/bin/python" ]]; then
    if python="$(find_python)"; then
        if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
            minor="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
            wanted+=("python$minor-venv|python3-venv")
        fi
    elif [[ -z "${PYTHON:-}" ]]; then
        wanted+=(python3 python3-venv)
    fi
fi

debian() { command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; }
apt_updated=0

# Installs those of the given packages (or "new|old" alternatives) that are missing.
ensure_packages() {
    ((with_system)) || return 0
    debian || return 0
    local entry alt missing=() found
    for entry in "$@"; do
        found=0
        IFS='|' read -ra alts <<<"$entry"
        for alt in "${alts[@]}"; do installed "$alt" && { found=1; break; }; done
        ((found)) || missing+=("$entry")
    done
    if ((${#missing[@]} == 0)); then
        say "system packages: all $# present"
        return 0
    fi

    local -a sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null \
            || die "missing system packages and no sudo: as root, run 'apt-get install --no-install-recommends ${missing[*]//*|/}', or rerun this with --no-system"
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    say "system packages missing: ${missing[*]}"
    if ((apt_updated == 0)); then
        say "apt-get update"
        "${sudo[@]}" apt-get update -qq
        apt_updated=1
    fi
    local -a to_install=()
    local candidate
    for entry in "${missing[@]}"; do
        IFS='|' read -ra alts <<<"$entry"
        found=0
        for alt in "${alts[@]}"; do
            candidate="$(apt-cache policy "$alt" 2>/dev/null | awk '/Candidate:/ {print $2}')"
            if [[ -n "$candidate" && "$candidate" != "(none)" ]]; then
                to_install+=("$alt")
                found=1
                break
            fi
        done
        ((found)) || die "no package named ${entry//|/ or } in this system's apt sources"
    done
    say "apt-get install ${to_install[*]}"
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null
}

if ((with_system == 0)); then
    say "system packages: skipped (--no-system)"
elif ! debian; then
    say "not a Debian-family system: make sure Qt 6's xcb libraries, fontconfig and a font are installed (Debian names: ${qt_packages[*]//|/ or })"
fi
ensure_packages "${wanted[@]}"

# ---------------------------------------------------------------- the virtual environment
if [[ ! -x "$VENV/bin/python" ]]; then
    [[ -n "$python" ]] || python="$(find_python)" \
        || die "OPCC Desk needs Python 3.11 or newer; found $(python3 --version 2>&1 || echo 'no python3'). Install it (Debian 12 and later: apt-get install python3 python3-venv) or point PYTHON at one."
    say "creating .venv with $python ($("$python" --version 2>&1))"
    "$python" -m venv "$VENV"
fi
python_ok "$VENV/bin/python" \
    || die ".venv runs $("$VENV/bin/python" --version 2>&1 || echo 'a broken interpreter'); OPCC Desk needs 3.11 or newer: delete .venv and run this again"

# PyInstaller bundles libpython3.X.so, which Debian's own python3 keeps in a package apart.
if [[ " $extras " == *" installer "* ]] && debian \
    && dpkg-query -S "$(readlink -f "$VENV/bin/python")" >/dev/null 2>&1; then
    ensure_packages "libpython$("$VENV/bin/python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
fi

# The stamp records what was installed for which pyproject.toml, so a second run is instant.
fingerprint="$(cat pyproject.toml <("$VENV/bin/python" --version 2>&1) | sha256sum | cut -d' ' -f1)"
have_extras=""
if [[ -f "$STAMP" ]] && [[ "$(sed -n 's/^fingerprint=//p' "$STAMP")" == "$fingerprint" ]]; then
    have_extras="$(sed -n 's/^extras=//p' "$STAMP")"
    missing_extra=0
    for extra in $extras; do
        [[ " $have_extras " == *" $extra "* ]] || missing_extra=1
    done
    if ((missing_extra == 0)) && "$VENV/bin/python" -c 'import opcc_desk' 2>/dev/null; then
        PYTHON="$VENV/bin/python" scripts/translations.sh build
        say ".venv up to date (extras: ${have_extras:-none})"
        exit 0
    fi
else
    have_extras=""
fi

export PIP_DISABLE_PIP_VERSION_CHECK=1
say "upgrading pip in .venv"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
all_extras="$(tr ' ' '\n' <<<"$have_extras $extras" | sed '/^$/d' | sort -u | tr '\n' ' ')"
all_extras="${all_extras% }"
spec="."
[[ -n "$all_extras" ]] && spec=".[${all_extras// /,}]"
say "pip install -e \"$spec\""
"$VENV/bin/python" -m pip install --quiet --progress-bar off -e "$spec"
say "building the window's translations (.qm)"
PYTHON="$VENV/bin/python" scripts/translations.sh build
printf 'fingerprint=%s\nextras=%s\n' "$fingerprint" "$all_extras" >"$STAMP"
say "done: .venv has opcc-desk $("$VENV/bin/python" -c 'import opcc_desk; print(opcc_desk.__version__)') (extras: ${all_extras:-none})"
