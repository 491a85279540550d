"""PyInstaller runtime hook: pyzbar finds the libzbar bundled beside the executables.

pyzbar loads ZBar with ctypes.util.find_library("zbar"), which asks the system's linker cache
and so would miss (or, worse, take a different) libzbar on a dock PC. This runs before the app
and answers "zbar" with the bundled copy; every other name is asked of the system as before.
"""

import ctypes.util
import os
import sys

_bundled = os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)), "libzbar.so.0")
_system_find_library = ctypes.util.find_library


def _find_library(name):
    if name == "zbar" and os.path.exists(_bundled):
        return _bundled
    return _system_find_library(name)


ctypes.util.find_library = _find_library
