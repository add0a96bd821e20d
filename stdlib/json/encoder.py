"""`json.encoder`: the encoding half of the json package, defined in `json/__init__.py`."""

from json import (JSONEncoder, encode_basestring, encode_basestring_ascii, py_encode_basestring,
                  py_encode_basestring_ascii, INFINITY)

__all__ = ['JSONEncoder']
