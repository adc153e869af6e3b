"""Allow ``python -m newsdesk`` as a synonym of the ``newsdesk`` command."""

from newsdesk.cli import main

main()
