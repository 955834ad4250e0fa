"""``python -m jobmatch`` runs the command line."""

from jobmatch.cli import main

main()
