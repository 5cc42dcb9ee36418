#!/bin/sh
# Build a one-directory PyInstaller bundle: dist/socket-playground/.
# Runs setup-venv.sh (venv + resources), installs PyInstaller into .venv,
# then builds packaging/socket-playground.spec. Works from any directory.
set -eu

cd "$(dirname "$0")/.."

sh packaging/setup-venv.sh
.venv/bin/python -m pip install --quiet --disable-pip-version-check 'pyinstaller>=6'
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller \
    packaging/socket-playground.spec

echo "build-bundle: dist/socket-playground/socket-playground is ready"
