"""One base for every error letterlint reports to a user.

Each error carries a Dutch one-line message that names the file or setting it is about. The
command line catches :class:`LetterlintError` in one place and prints that line (exit code 2);
anything else is a bug and is reported as such.
"""

from __future__ import annotations


class LetterlintError(Exception):
    """An error with a one-line Dutch message for the user (file or setting named in it)."""
