"""``python -m analyzer``: the command line."""

from .cli import main

raise SystemExit(main())
