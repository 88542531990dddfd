"""`python -m reader [OLD NEW]` opens the window, like the `reader` command."""

from reader.app import main

raise SystemExit(main())
