"""The local search page: ``searchidx serve``, a Flask app over the same Index."""

from .app import DEFAULT_HOST, DEFAULT_PORT, create_app
from .server import make_server, server_url

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "create_app", "make_server", "server_url"]
