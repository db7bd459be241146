"""`python -m tracker …` runs the command line, as the `tracker` script does (for a machine
where the script is not on PATH, or to pick the Python that runs it)."""

from tracker.cli import main

main()
