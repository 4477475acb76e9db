"""Entry point frozen by PyInstaller: the same `encadena` command as the console script."""
import sys

from encadena.launcher import main

if __name__ == "__main__":
    sys.exit(main())
