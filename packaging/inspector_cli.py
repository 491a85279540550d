"""The `inspector` command line's entry point in the one-folder build (PyInstaller)."""

import sys

from inspector.cli import main

if __name__ == "__main__":
    sys.exit(main())
