"""The engine: everything that knows Whoosh lives in this package."""
