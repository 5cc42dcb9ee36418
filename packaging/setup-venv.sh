#!/bin/sh
# Set up (or refresh) the development environment in .venv:
#   1. create .venv with python3 (3.11 or newer) unless a usable one exists;
#   2. pip install -e '.[test]' (skipped while pyproject.toml is unchanged
#      since the last successful install);
#   3. build the Qt resources (translations, icons) with
#      packaging/build_resources.py.
# Safe to run again and again, from any directory. Quiet unless something fails.
# Set PYTHON to pick another interpreter, e.g. PYTHON=python3.12.
set -eu

cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
STAMP=$VENV/.socket-playground-installed

die() {
    echo "setup-venv: error: $*" >&2
    exit 1
}

new_enough() {
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null
}

if [ -x "$VENV/bin/python" ] && new_enough "$VENV/bin/python"; then
    :
else
    command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found; install Python 3.11 or newer"
    new_enough "$PYTHON" || die "$PYTHON is $("$PYTHON" -V 2>&1); Python 3.11 or newer is needed"
    if [ -e "$VENV" ]; then
        echo "setup-venv: $VENV is unusable; recreating it" >&2
        rm -rf "$VENV"
    fi
    echo "setup-venv: creating $VENV with $("$PYTHON" -V 2>&1)"
    "$PYTHON" -m venv "$VENV" || die "'$PYTHON -m venv' failed (on Debian: apt-get install python3-venv)"
fi

want=$("$VENV/bin/python" -c 'import hashlib; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')
have=$(cat "$STAMP" 2>/dev/null || true)
if [ "$want" != "$have" ] || [ ! -x "$VENV/bin/socket-playground" ]; then
    echo "setup-venv: installing socket-playground and test tools into $VENV"
    rm -f "$STAMP"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e '.[test]' \
        || die "pip install -e '.[test]' failed"
    echo "$want" > "$STAMP"
fi

"$VENV/bin/python" packaging/build_resources.py || die "building resources failed"
