"""``python -m searchidx`` runs the command line."""

from .cli import main

main()
