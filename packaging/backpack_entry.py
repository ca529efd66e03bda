"""The frozen app's entry: the same `backpack_app.main:main` as the `backpack` command."""

import multiprocessing
import sys

from backpack_app.main import main

if __name__ == "__main__":
    # `school issue --jobs N` starts worker processes; frozen on Windows/macOS they are spawned,
    # and a spawned child must stop here instead of running the app again.
    multiprocessing.freeze_support()
    sys.exit(main())
