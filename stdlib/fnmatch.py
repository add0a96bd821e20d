"""Shell-style wildcard matching (CPython's `fnmatch`), without regular expressions.

`*` matches any run of characters, `?` any one character, `[seq]` one character of seq (ranges
like `a-z` allowed) and `[!seq]` one character not in it; an unclosed `[` is a literal. On POSIX
`fnmatch` is case-sensitive, like `fnmatchcase`.
"""

import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase']


def _parse(pattern):
    # Tokens: ('*',), ('?',), ('[', chars-or-ranges, negated) or ('lit', char).
    tokens = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pattern[j] == '!':
                j += 1
            if j < n and pattern[j] == ']':
                j += 1
            while j < n and pattern[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
                continue
            body = pattern[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            items = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    items.append((body[k], body[k + 2]))
                    k += 3
                else:
                    items.append((body[k], body[k]))
                    k += 1
            tokens.append(('[', items, negated))
        else:
            tokens.append(('lit', c))
    return tokens


def _match_one(token, ch):
    kind = token[0]
    if kind == '?':
        return True
    if kind == 'lit':
        return token[1] == ch
    inside = any(lo <= ch <= hi for lo, hi in token[1])
    return inside != token[2]


def _matches(tokens, name):
    # Iterative matching with backtracking to the last '*'.
    t = s = 0
    star_t = star_s = -1
    while s < len(name):
        if t < len(tokens) and tokens[t] == ('*',):
            star_t, star_s = t, s
            t += 1
        elif t < len(tokens) and _match_one(tokens[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            star_s += 1
            s = star_s
            t = star_t + 1
        else:
            return False
    while t < len(tokens) and tokens[t] == ('*',):
        t += 1
    return t == len(tokens)


_cache = {}


def fnmatchcase(name, pat):
    """True if name matches the pattern pat, case-sensitively."""
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) > 256:
            _cache.clear()
        tokens = _cache[pat] = _parse(pat)
    return _matches(tokens, name)


def fnmatch(name, pat):
    """True if name matches pat (after normcase, which does nothing on POSIX)."""
    return fnmatchcase(posixpath.normcase(name), posixpath.normcase(pat))


def filter(names, pat):
    """The names that match pat."""
    return [name for name in names if fnmatch(name, pat)]
