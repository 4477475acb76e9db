"""Entry point frozen by PyInstaller: the same `encadena` command as the console script."""
import multiprocessing
import sys

from encadena.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()    # batch reports draw in worker processes
    sys.exit(main())
