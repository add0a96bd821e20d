"""Shell-like lexical analysis (CPython's `shlex`).

Supported: `split(s, comments=False, posix=True)`, `quote(s)`, `join(words)`, and the `shlex`
class: `get_token`/`push_token`/`read_token`, iteration, the attributes that steer the lexer
(`whitespace`, `wordchars`, `commenters`, `quotes`, `escape`, `escapedquotes`,
`whitespace_split`, `punctuation_chars`, `eof`, `lineno`, `token`, `infile`, `source`), and
`push_source`/`pop_source`/`sourcehook`/`error_leader`. Input may be a string or any object with
`read(n)` and `readline()`. Unterminated input raises ValueError('No closing quotation') or
ValueError('No escaped character'), as in CPython. The `debug` tracing output is not produced.
"""

import os
import re
import sys
from collections import deque

__all__ = ['shlex', 'split', 'quote', 'join']


class _StringReader:
    """The two reading methods the lexer needs, over a string (io.StringIO without the import)."""

    def __init__(self, text):
        self._text = text
        self._pos = 0

    def read(self, size=-1):
        start = self._pos
        end = len(self._text) if size is None or size < 0 else min(start + size, len(self._text))
        self._pos = end
        return self._text[start:end]

    def readline(self):
        start = self._pos
        newline = self._text.find('\n', start)
        end = len(self._text) if newline < 0 else newline + 1
        self._pos = end
        return self._text[start:end]

    def close(self):
        pass


class shlex:
    """A lexer for shell-like syntax; iterate over it (or call get_token()) for the tokens.

    In POSIX mode (posix=True) quotes are removed from words and may appear inside them, and
    backslash escapes characters; in the default compatibility mode quotes stay in the tokens
    and split words. `punctuation_chars` (True for '();<>|&', or a string) makes runs of those
    characters separate tokens.
    """

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StringReader(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        # In POSIX mode the end of input is None, so an empty quoted word ('') can be a token.
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters read past the end of a punctuation run, to be read again.
            self._pushback_chars = deque()
            # Characters common in file names join words when punctuation is split off.
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Make `tok` the next token get_token() returns."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Read from `newstream` (a string or stream) until it ends, then resume the current one."""
        if isinstance(newstream, str):
            newstream = _StringReader(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Close the current input and go back to the one that was active before push_source()."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        """The next token (pushed-back tokens first), or `self.eof` at the end of all input."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        # A `source` keyword pulls in the file named by the token after it.
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        # The end of an included source resumes the one that included it.
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Read one raw token from the input (no pushback, no source inclusion)."""
        # `state` is ' ' between tokens, 'a' inside a word, 'c' inside a run of punctuation,
        # a quote character inside quotes, an escape character just after it, None at the end.
        quoted = False
        escapedstate = ' '      # the state to return to after an escaped character
        while True:
            nextchar = self._next_char()
            if nextchar == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            elif state == ' ':
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                elif nextchar in self.commenters:
                    self._skip_comment()
                elif self.posix and nextchar in self.escape:
                    escapedstate = 'a'
                    self.state = nextchar
                elif nextchar in self.wordchars:
                    self.token = nextchar
                    self.state = 'a'
                elif nextchar in self._punctuation_chars:
                    self.token = nextchar
                    self.state = 'c'
                elif nextchar in self.quotes:
                    # Compatibility mode keeps the quotes in the token.
                    if not self.posix:
                        self.token = nextchar
                    self.state = nextchar
                elif self.whitespace_split:
                    self.token = nextchar
                    self.state = 'a'
                else:
                    # Any other character is a token by itself.
                    self.token = nextchar
                    if self.token or (self.posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not nextchar:
                    raise ValueError('No closing quotation')
                if nextchar == state:
                    if not self.posix:
                        self.token += nextchar
                        self.state = ' '
                        break
                    # POSIX: the closing quote just ends the quoted part of the word.
                    self.state = 'a'
                elif self.posix and nextchar in self.escape and state in self.escapedquotes:
                    escapedstate = state
                    self.state = nextchar
                else:
                    self.token += nextchar
            elif state in self.escape:
                if not nextchar:
                    raise ValueError('No escaped character')
                # Inside double quotes a backslash only escapes the quote and itself; before
                # anything else it stays in the word.
                if escapedstate in self.quotes and nextchar != state and nextchar != escapedstate:
                    self.token += state
                self.token += nextchar
                self.state = escapedstate
            elif state == 'a' or state == 'c':
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
                elif nextchar in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = ' '
                        if self.token or (self.posix and quoted):
                            break
                elif state == 'c':
                    if nextchar in self._punctuation_chars:
                        self.token += nextchar
                    else:
                        if nextchar not in self.whitespace:
                            self._pushback_chars.append(nextchar)
                        self.state = ' '
                        break
                elif self.posix and nextchar in self.quotes:
                    self.state = nextchar
                elif self.posix and nextchar in self.escape:
                    escapedstate = 'a'
                    self.state = nextchar
                elif (nextchar in self.wordchars or nextchar in self.quotes
                      or (self.whitespace_split and nextchar not in self._punctuation_chars)):
                    self.token += nextchar
                else:
                    # The character ends the word; it is read again (as a token of its own
                    # when punctuation is not being split off).
                    if self._punctuation_chars:
                        self._pushback_chars.append(nextchar)
                    else:
                        self.pushback.appendleft(nextchar)
                    self.state = ' '
                    if self.token or (self.posix and quoted):
                        break
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        return result

    def sourcehook(self, newfile):
        """(filename, open file) for a `source` request; relative names follow the current file."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, 'r'))

    def error_leader(self, infile=None, lineno=None):
        """A '"file", line N: ' prefix for error messages (the current position by default)."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string `s` into words as a POSIX shell would (quotes removed, escapes applied).

    `#` starts a comment only when `comments` is true.
    """
    if s is None:
        raise ValueError('s argument must not be None')
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


# Characters that never need quoting for a POSIX shell (\w here means ASCII letters and digits).
_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """`s` quoted so that a POSIX shell reads it back as exactly one word."""
    if not s:
        return "''"
    if not isinstance(s, str):
        # Non-strings (bytes, numbers) are rejected as CPython rejects them.
        raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
    if _unsafe(s) is None:
        return s
    # Single quotes protect everything; a single quote itself is written as '"'"'.
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The words of `split_command` quoted and joined with spaces (the inverse of split)."""
    return ' '.join(quote(arg) for arg in split_command)
