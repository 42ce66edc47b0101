# Shared by bin/serve and bin/test: make .venv with Python >= 3.11 and install the project
# (with the extras named in $1, if any) whenever pyproject.toml has changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON_BIN=${PYTHON:-}
if [ -z "$PYTHON_BIN" ]; then
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PYTHON_BIN=$candidate
      break
    fi
  done
fi
if [ -z "$PYTHON_BIN" ]; then
  echo "Secure Base needs Python 3.11 or newer; none was found on PATH (set PYTHON=...)." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv with $PYTHON_BIN"
  "$PYTHON_BIN" -m venv .venv
fi

extras=${1:-}
spec="."
[ -n "$extras" ] && spec=".[$extras]"
stamp=".venv/.installed-$(.venv/bin/python -c "import hashlib,sys; print(hashlib.sha256(open('pyproject.toml','rb').read() + sys.argv[1].encode()).hexdigest()[:16])" "$spec")"
if [ ! -f "$stamp" ]; then
  echo "Installing $spec into .venv"
  # The build backend's advice about editable installs is for package authors, not for
  # someone starting the app: keep it out of the first screen of output.
  PYTHONWARNINGS=ignore .venv/bin/python -m pip install --quiet --upgrade pip
  PYTHONWARNINGS=ignore .venv/bin/python -m pip install --quiet -e "$spec"
  rm -f .venv/.installed-*
  touch "$stamp"
  # Extras add to the plain install, so the plain one is now in place too.
  if [ -n "$extras" ]; then
    touch ".venv/.installed-$(.venv/bin/python -c "import hashlib,sys; print(hashlib.sha256(open('pyproject.toml','rb').read() + sys.argv[1].encode()).hexdigest()[:16])" ".")"
  fi
fi
