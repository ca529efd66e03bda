"""`python -m backpack_app`."""

import sys

from backpack_app.main import main

sys.exit(main())
