"""``python -m encadena``: the same as the ``encadena`` command."""
import sys

from encadena.launcher import main

if __name__ == "__main__":
    sys.exit(main())
