"""`python -m minutebot` is the same as the `minutebot` command."""
import sys

from minutebot.cli import main

sys.exit(main())
