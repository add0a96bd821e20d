"""Wrapping and filling paragraphs (CPython's `textwrap`).

Text is cut into chunks (words, runs of whitespace, and the pieces of hyphenated words) exactly
where CPython's `wordsep_re` would cut it; the scanner below implements that regular expression by
hand, lookbehinds included. The chunks are then packed into lines by the same greedy procedure
CPython uses, so `wrap`, `fill` and `shorten` break lines where CPython does. `dedent` follows
3.14 (whitespace-only lines become empty).
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WHITESPACE = frozenset(_whitespace)


def _is_word_char(c):
    # Python's \w for str patterns.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit.
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return _is_word_char(c) or c in '!"\'&.,?'


def _split_words(text):
    """The chunks CPython's TextWrapper.wordsep_re splits text into (no empty strings).

    A chunk is a run of whitespace; an em-dash (two or more hyphens between a word-ish character
    and a word character); or the shortest run of non-whitespace that ends before whitespace or
    the end of the text, before an em-dash, or just after a hyphen that joins two words
    ('two-letter-' prefixes are allowed, so 'e-mail' stays whole but 'long-winded' splits).
    """
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WHITESPACE:
            j = i + 1
            while j < n and text[j] in _WHITESPACE:
                j += 1
        elif (c == '-' and i > 0 and _is_word_punct(text[i - 1]) and i + 1 < n and text[i + 1] == '-'
              and _dashes_then_word(text, i)):
            j = i
            while j < n and text[j] == '-':
                j += 1
        else:
            j = _word_end(text, i, n)
        chunks.append(text[i:j])
        i = j
    return chunks


def _dashes_then_word(text, i):
    # -{2,}(?=\w) at i: every hyphen of the run, then a word character.
    j = i
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word_char(text[j])


def _word_end(text, start, n):
    # The end of the lazily matched non-whitespace run beginning at start.
    j = start + 1
    while True:
        # After consuming text[start:j] (all non-whitespace), try the three endings in order.
        if j < n and text[j] == '-' and _hyphen_breaks(text, j):
            return j + 1
        if j >= n or text[j] in _WHITESPACE:
            return j
        if (_is_word_punct(text[j - 1]) and j + 1 < n and text[j] == '-' and text[j + 1] == '-'
                and _dashes_then_word(text, j)):
            return j
        j += 1


def _hyphen_breaks(text, j):
    # The hyphen at j ends a chunk when it follows two letters, or letter-hyphen-letter, and
    # is followed by a letter (optionally after one more hyphen) and then a letter.
    before = (j >= 2 and _is_letter(text[j - 1]) and _is_letter(text[j - 2])) or \
             (j >= 3 and _is_letter(text[j - 1]) and text[j - 2] == '-' and _is_letter(text[j - 3]))
    if not before:
        return False
    n = len(text)
    k = j + 1
    if k >= n or not _is_letter(text[k]):
        return False
    k += 1
    if k < n and text[k] == '-':
        k += 1
    return k < n and _is_letter(text[k])


def _split_on_whitespace(text):
    # wordsep_simple_re: runs of whitespace and runs of anything else.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _WHITESPACE
        j = i + 1
        while j < n and (text[j] in _WHITESPACE) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps text into lines of at most `width` characters. The options (all keyword arguments
    and attributes) are CPython's: initial_indent, subsequent_indent, expand_tabs, tabsize,
    replace_whitespace, fix_sentence_endings, break_long_words, break_on_hyphens,
    drop_whitespace, max_lines and placeholder."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        # A single space after a sentence-ending chunk becomes two.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # The next chunk can't fit on any line: split it (at a hyphen if possible) or, when
        # long words may not be broken, put it alone on this line if the line is empty.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        pending = list(reversed(chunks))  # a stack: the next chunk is pending[-1]
        drop = self.drop_whitespace
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace starting a line is dropped, except at the very start of the text.
            if drop and lines and pending[-1].strip() == '':
                pending.pop()
            line = []
            length = 0
            while pending and length + len(pending[-1]) <= width:
                chunk = pending.pop()
                line.append(chunk)
                length += len(chunk)
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, length, width)
                length = sum(map(len, line))
            if drop and line and line[-1].strip() == '':
                length -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_is_blank = not pending or (drop and len(pending) == 1 and not pending[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and length <= width)):
                lines.append(indent + ''.join(line))
                continue
            # This is the last allowed line and text remains: end it with the placeholder.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                length -= len(line[-1])
                line.pop()
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of the wrapped text, without trailing newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap a paragraph and join the lines with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit width, ending with the placeholder if cut."""
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace (spaces and tabs) common to the start of every non-blank line;
    lines holding only whitespace become empty."""
    if not isinstance(text, str):
        raise TypeError('expected str object, not %r' % type(text).__qualname__)
    lines = text.split('\n')
    margin = None
    for line in lines:
        if not line or line.isspace():
            continue
        k = 0
        while k < len(line) and line[k] in ' \t':
            k += 1
        lead = line[:k]
        if margin is None:
            margin = lead
        else:
            m = 0
            limit = min(len(margin), len(lead))
            while m < limit and margin[m] == lead[m]:
                m += 1
            margin = margin[:m]
    cut = len(margin) if margin else 0
    return '\n'.join('' if line.isspace() else line[cut:] for line in lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true (by default, the lines
    that aren't only whitespace)."""
    pieces = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else not line.isspace()):
            pieces.append(prefix)
        pieces.append(line)
    return ''.join(pieces)
