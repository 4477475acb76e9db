"""Start (print its admin URL) or stop the CI's throw-away PostgreSQL cluster."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from pg_support import PrivateCluster  # noqa: E402

STATE = Path("/tmp/encadena-ci-postgres.json")

if sys.argv[1:] == ["start"]:
    cluster = PrivateCluster()
    url = cluster.start()
    STATE.write_text(json.dumps({"folder": str(cluster.folder)}))
    print(url)
elif sys.argv[1:] == ["stop"] and STATE.exists():
    cluster = PrivateCluster.__new__(PrivateCluster)
    cluster.folder = Path(json.loads(STATE.read_text())["folder"])
    cluster.data = cluster.folder / "data"
    cluster.stop()
    STATE.unlink()
