"""Build the demo snapshot before pytest (tests/demo_snapshot.py `prebuild`).

`make test` and `make test-fast` run it in the background while lint and the checks run:
`python -m tests.build_demo_snapshot [--reuse-db] [--create-db]`, with pytest's meaning of
the two flags and the Makefile's TBC_TEST_RUN_ID, so that the pytest runs that follow take
the snapshot it built for this run.
"""

import os
import signal
import sys


def main(argv):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "turnbackcrime.settings.test")
    reuse = "--reuse-db" in argv and "--create-db" not in argv
    if not reuse and not os.environ.get("TBC_TEST_RUN_ID"):
        # Without the run id the tests could not tell this build from an older one's.
        sys.exit("build_demo_snapshot: set TBC_TEST_RUN_ID to the pytest runs' (the Makefile does)")
    # Stopped (the Makefile does when its recipe ends first): still drop the database it made.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("build_demo_snapshot: stopped"))
    import django

    django.setup()
    from tests.demo_snapshot import prebuild

    print(prebuild(reuse), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
