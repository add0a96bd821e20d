"""`json.decoder`: the decoding half of the json package, defined in `json/__init__.py`."""

from json import JSONDecoder, JSONDecodeError, py_scanstring, scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']
