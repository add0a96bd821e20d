"""Command-line option and argument parsing (CPython's `argparse`), following CPython 3.14.

Supported:

- `ArgumentParser(prog, usage, description, epilog, parents, formatter_class, prefix_chars,
  fromfile_prefix_chars, argument_default, conflict_handler, add_help, allow_abbrev,
  exit_on_error)`; `suggest_on_error` and `color` are accepted (no suggestions, no colour);
- `add_argument` for positionals and optionals with `action` (store, store_const, store_true,
  store_false, append, append_const, extend, count, help, version, `BooleanOptionalAction` or an
  `Action` subclass), `nargs` (None, N, '?', '*', '+', `REMAINDER`), `const`, `default`, `type`,
  `choices`, `required`, `help`, `metavar`, `dest`, `deprecated`;
- `add_argument_group`, `add_mutually_exclusive_group(required=)`, `set_defaults`,
  `get_default`, `add_subparsers` / `add_parser(name, aliases=, help=)`;
- `parse_args`, `parse_known_args`: `--opt=value`, `-xVALUE`, combined short flags (`-vv`),
  unambiguous prefixes of long options, `--` ending the options, negative numbers as values,
  `@file` arguments with `fromfile_prefix_chars`;
- errors: the usage line and `prog: error: message` on stderr, then `SystemExit(2)` (or
  `ArgumentError` with `exit_on_error=False`), with CPython's wording;
- help: `format_usage`, `format_help`, `print_usage`, `print_help` with CPython's layout
  (usage wrapping, sections, help column, `%(default)s`-style expansion) and the formatter
  classes `HelpFormatter`, `RawDescriptionHelpFormatter`, `RawTextHelpFormatter`,
  `ArgumentDefaultsHelpFormatter`, `MetavarTypeHelpFormatter`.

The help width is `$COLUMNS` (else 80) minus 2. Not supported: `parse_intermixed_args`,
`FileType`.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
           'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED = '_unrecognized_args'


def _squeeze_spaces(text):
    # Every run of whitespace becomes one space, as help text is reflowed.
    return ' '.join(text.split())


class _ReprByAttributes:
    """repr() as ClassName(name=value, ...) from _get_args() and _get_kwargs()."""

    def __repr__(self):
        pieces = [repr(arg) for arg in self._get_args()]
        odd_names = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                pieces.append('%s=%r' % (name, value))
            else:
                odd_names[name] = value
        if odd_names:
            pieces.append('**%r' % (odd_names,))
        return '%s(%s)' % (type(self).__name__, ', '.join(pieces))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_ReprByAttributes):
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None

    def __contains__(self, key):
        return key in self.__dict__


# -- help formatting -------------------------------------------------------------------------

def _default_width():
    try:
        columns = int(_os.environ.get('COLUMNS', ''))
    except ValueError:
        columns = 0
    if columns <= 0:
        columns = 80
    return columns - 2


class HelpFormatter:
    """Lays out usage and help text. Subclasses override the _-prefixed hooks, as in CPython."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None, color=False):
        if width is None:
            width = _default_width()
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        # Items are formatted only in format_help(), once the widest invocation is known.
        self._root = _Section(self, None)
        self._section = self._root

    def _set_color(self, color):
        pass

    # building -----------------------------------------------------------------------------

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def start_section(self, heading):
        self._indent()
        section = _Section(self, self._section, heading)
        self._section.items.append((section.format_help, ()))
        self._section = section

    def end_section(self):
        self._section = self._section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._section.items.append((self._format_text, (text,)))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._section.items.append((self._format_usage, (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action)) + self._current_indent]
        for sub in self._iter_indented_subactions(action):
            lengths.append(len(self._format_action_invocation(sub)) + self._current_indent)
        self._action_max_length = max(self._action_max_length, max(lengths))
        self._section.items.append((self._format_action, (action,)))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root.format_help()
        if not text:
            return text
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    # usage ----------------------------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = self._prog
        else:
            prog = self._prog
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._get_actions_usage_parts(optionals, groups)
            pos_parts = self._get_actions_usage_parts(positionals, groups)
            usage = ' '.join([prog] + opt_parts + pos_parts)
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                usage = '\n'.join(self._wrap_usage(prog, prefix, opt_parts, pos_parts, text_width))
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prog, prefix, opt_parts, pos_parts, text_width):
        def fill(parts, indent, first_prefix=None):
            # Greedy filling; the first line may start after a prefix instead of the indent.
            lines = []
            line = []
            used = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
            for part in parts:
                if line and used + 1 + len(part) > text_width:
                    lines.append(indent + ' '.join(line))
                    line = []
                    used = len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            # A short prog: the arguments continue beside it, aligned after it.
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix)
                lines.extend(fill(pos_parts, indent))
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            # A long prog gets a line of its own.
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fill(opt_parts, indent) + fill(pos_parts, indent)
            lines = [prog] + lines
        return lines

    def _format_actions_usage(self, actions, groups):
        return ' '.join(self._get_actions_usage_parts(actions, groups))

    def _get_actions_usage_parts(self, actions, groups):
        # Mutually exclusive groups whose actions sit next to each other are shown together:
        # [-a | -b], or (-a | -b) when one of them is required.
        in_group = set()
        spans = {}
        for group in groups:
            members = group._group_actions
            if not members or all(a.help is SUPPRESS for a in members):
                continue
            indices = [i for i, a in enumerate(actions) if a in members]
            if not indices:
                continue
            start = min(indices)
            end = start + len(members)
            if set(actions[start:end]) == set(members):
                in_group.update(members)
                spans[start, end] = group

        parts = []
        for action in actions:
            if action.help is SUPPRESS:
                parts.append(None)
                continue
            if not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_group and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (action.option_strings[0], self._format_args(action, metavar))
                if not action.required and action not in in_group:
                    part = '[%s]' % part
            parts.append(part)

        for (start, end) in sorted(spans, reverse=True):
            group = spans[start, end]
            shown = [p for p in parts[start:end] if p is not None]
            if group.required:
                opening, closing = ('(', ')') if len(shown) > 1 else ('', '')
            else:
                opening, closing = '[', ']'
            shown[0] = opening + shown[0]
            shown[-1] = shown[-1] + closing
            for k in range(len(shown) - 1):
                shown[k] = shown[k] + ' |'
            parts[start:end] = shown + [None] * (end - start - len(shown))
        return [p for p in parts if p is not None]

    # text and actions -----------------------------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = ' ' * self._current_indent
        first_indent = 0
        if not action.help:
            header = indent + header + '\n'
        elif len(header) <= action_width:
            # Short enough: the help starts on the same line, in the help column.
            header = indent + header.ljust(action_width) + '  '
        else:
            header = indent + header + '\n'
            first_indent = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                if lines:
                    parts.append(' ' * first_indent + lines[0] + '\n')
                    for line in lines[1:]:
                        parts.append(' ' * help_position + line + '\n')
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return ''.join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar = self._get_default_metavar_for_positional(action)
            return ' '.join(self._metavar_formatter(action, metavar)(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        metavar = self._get_default_metavar_for_optional(action)
        return ', '.join(action.option_strings) + ' ' + self._format_args(action, metavar)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(count):
            return result if isinstance(result, tuple) else (result,) * count
        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == OPTIONAL:
            return '[%s]' % get(1)
        if nargs == ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        if not isinstance(nargs, int):
            raise ValueError('invalid nargs value')
        return ' '.join(['%s'] * nargs) % get(nargs)

    def _expand_help(self, action):
        text = self._get_help_string(action)
        if '%' not in text:
            return text
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            value = params[name]
            if value is SUPPRESS:
                del params[name]
            elif hasattr(value, '__name__'):
                params[name] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(map(str, params['choices']))
        return text % params

    def _iter_indented_subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        if get is None:
            return
        self._indent()
        for sub in get():
            yield sub
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squeeze_spaces(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squeeze_spaces(text), width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class _Section:
    """A titled block of help (or the whole help, for the root)."""

    def __init__(self, formatter, parent, heading=None):
        self.formatter = formatter
        self.parent = parent
        self.heading = heading
        self.items = []

    def format_help(self):
        fmt = self.formatter
        if self.parent is not None:
            fmt._indent()
        body = ''.join(p for p in (func(*args) for func, args in self.items) if p and p is not SUPPRESS)
        if self.parent is not None:
            fmt._dedent()
        if not body:
            return ''
        heading = ''
        if self.heading is not SUPPRESS and self.heading is not None:
            heading = ' ' * fmt._current_indent + '%s:\n' % self.heading
        return '\n' + heading + body + '\n'


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written (only indented)."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written, line breaks included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to the help of arguments that have a default."""

    def _get_help_string(self, action):
        text = action.help or ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# -- errors ----------------------------------------------------------------------------------

def _get_action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        metavar = action.metavar
        if not isinstance(metavar, tuple):
            return metavar
        if action.nargs in (ZERO_OR_MORE, ONE_OR_MORE) and len(metavar) == 2:
            return '%s[, %s]' % metavar
        return ', '.join(metavar)
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{%s}' % ','.join(map(str, action.choices))
    return None


class ArgumentError(Exception):
    """A bad argument definition or command line; str() names the argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function to reject a value with its own message."""


# -- actions ---------------------------------------------------------------------------------

class Action(_ReprByAttributes):
    """How one argument turns command-line strings into namespace attributes."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar', 'deprecated']
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _check_const_nargs(nargs, const, what):
    if nargs == 0:
        raise ValueError(what)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        _check_const_nargs(nargs, const, 'nargs for store actions must be != 0; if you have '
                           'nothing to store, actions such as store true or store const may '
                           'be more appropriate')
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        _StoreConstAction.__init__(self, option_strings, dest, const=True, default=default,
                                   required=required, help=help, deprecated=deprecated)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        _StoreConstAction.__init__(self, option_strings, dest, const=False, default=default,
                                   required=required, help=help, deprecated=deprecated)


def _copied_list(items):
    # append/extend never mutate a default list in place.
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, deprecated=False):
        _check_const_nargs(nargs, const, 'nargs for append actions must be != 0; if arg '
                           'strings are not supplying the value to append, the append const '
                           'action may be more appropriate')
        Action.__init__(self, option_strings, dest, nargs, const, default, type, choices,
                        required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help,
                        deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help=None, deprecated=False):
        if help is None:
            help = "show program's version number and exit"
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else getattr(parser, 'version', None)
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        strings = []
        negatives = []
        for opt in option_strings:
            strings.append(opt)
            if len(opt) > 2:
                # '--x' becomes '--no-x', and a single-dash '-x...' becomes '-no-x...'.
                cut = 2 if opt[0] == opt[1] else 1
                if opt.startswith('no-', cut):
                    raise ValueError('invalid option name %r for BooleanOptionalAction' % (opt,))
                negative = opt[:cut] + 'no-' + opt[cut:]
                strings.append(negative)
                negatives.append(negative)
        Action.__init__(self, strings, dest, nargs=0, default=default, required=required,
                        help=help, deprecated=deprecated)
        self.neg_option_strings = negatives

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, option_string not in self.neg_option_strings)

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the remaining arguments."""

    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            Action.__init__(self, option_strings=[], dest=name, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        self._deprecated = set()
        Action.__init__(self, option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, *, deprecated=False, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ValueError('conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ValueError('conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        if deprecated:
            self._deprecated.add(name)
            self._deprecated.update(aliases)
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            subparser = self._name_parser_map[name]
        except KeyError:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._name_parser_map)))
        if name in self._deprecated:
            parser._warning("command '%s' is deprecated" % name)
        # The sub-parser fills a fresh namespace so that its defaults win.
        sub_namespace, rest = subparser.parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if rest:
            if not hasattr(namespace, _UNRECOGNIZED):
                setattr(namespace, _UNRECOGNIZED, [])
            getattr(namespace, _UNRECOGNIZED).extend(rest)


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'extend': _ExtendAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction,
}

# An argument that looks like a negative number ('-1', '-.5') is a value, unless the parser
# has options that look like that.
_NEGATIVE_NUMBER = _re.compile(r'-\.?\d')


# -- containers ------------------------------------------------------------------------------

class _ActionsContainer:
    """What parsers and argument groups share: the way arguments are added."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {'action': dict(_ACTIONS), 'type': {}}
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(name or flags..., action=, nargs=, const=, default=, type=, choices=,
        required=, help=, metavar=, dest=)"""
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            if args and 'dest' in kwargs:
                raise TypeError('dest supplied twice for positional argument, did you mean metavar?')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_name = kwargs.get('action')
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action %r' % (action_class,))
        action = action_class(**kwargs)
        if not action.option_strings and action.nargs == 0:
            raise ValueError('action %r is not valid for positional arguments' % (action_name,))
        type_func = self._registry_get('type', action.type, action.type)
        if type_func is not None and not callable(type_func):
            raise TypeError('%r is not callable' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        self._check_help(action)
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
            if _NEGATIVE_NUMBER.match(option_string) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Copy a parent parser's arguments, keeping its groups.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % (group.title,))
            by_title[group.title] = group
        target = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            owner = self if group._container is container else by_title[group._container.title]
            mutex = owner.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = mutex
        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs == 0:
            raise ValueError('nargs for positionals must be != 0')
        if nargs not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_options = []
        for option_string in args:
            if not option_string or option_string[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_options.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            # '--foo-bar' gives foo_bar; without a long option, the first short one is used.
            source = long_options[0] if long_options else option_strings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise TypeError('dest= is required for options like %r' % (option_string,))
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r' % (self.conflict_handler,))
        return handler

    def _check_conflict(self, action):
        conflicts = [(s, self._option_string_actions[s]) for s in action.option_strings
                     if s in self._option_string_actions]
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicting_actions):
        word = 'string' if len(conflicting_actions) == 1 else 'strings'
        names = ', '.join(s for s, _ in conflicting_actions)
        raise ArgumentError(action, 'conflicting option %s: %s' % (word, names))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for option_string, old in conflicting_actions:
            old.option_strings.remove(option_string)
            self._option_string_actions.pop(option_string, None)
            if not old.option_strings:
                old.container._remove_action(old)

    def _check_help(self, action):
        if action.help and hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._expand_help(action)
            except (ValueError, TypeError, KeyError) as exc:
                raise ValueError('badly formed help string') from exc


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        _ActionsContainer.__init__(self, description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # Share the parser's tables, so arguments added here are the parser's arguments.
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        raise ValueError('argument groups cannot be nested')


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one, if required) may be given."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, **kwargs):
        raise ValueError('mutually exclusive groups cannot be nested')


# -- the parser ------------------------------------------------------------------------------

def _identity(string):
    return string


class ArgumentParser(_ReprByAttributes, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True, *, suggest_on_error=False, color=True):
        _ActionsContainer.__init__(self, description=description, prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self.suggest_on_error = suggest_on_error
        self.color = color

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _identity)

        if add_help:
            prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(prefix + 'h', prefix * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            if not isinstance(parent, ArgumentParser):
                raise TypeError('parents must be a list of ArgumentParser')
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ValueError('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Sub-parsers are named after this parser's usage without its options.
            formatter = self._get_formatter()
            formatter.add_usage(None, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._pop_action_class(kwargs, 'parsers')
        action = action_class(option_strings=[], **kwargs)
        self._check_help(action)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # parsing --------------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            message = 'unrecognized arguments: %s' % ' '.join(extras)
            if self.exit_on_error:
                self.error(message)
            raise ArgumentError(None, message)
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED):
            args.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # Which actions each mutually exclusive action may not be combined with.
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                conflicts.setdefault(action, []).extend(
                    a for a in group._group_actions if a is not action)

        # Classify every string: 'O' an option, 'A' a value, '-' the first '--' (after which
        # everything is a value). The parse is a matching of nargs patterns against this.
        option_at = {}
        kinds = []
        after_dashes = False
        for i, arg in enumerate(arg_strings):
            if after_dashes:
                kinds.append('A')
            elif arg == '--':
                kinds.append('-')
                after_dashes = True
            else:
                found = self._parse_optional(arg)
                if found is None:
                    kinds.append('A')
                else:
                    option_at[i] = found
                    kinds.append('O')
        pattern = ''.join(kinds)

        seen = set()
        seen_non_default = set()
        warned = set()
        extras = []
        positionals = self._get_positional_actions()

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if action.option_strings or strings:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(index):
            matches = option_at[index]
            if len(matches) > 1:
                names = ', '.join(m[1] for m in matches)
                raise ArgumentError(None, 'ambiguous option: %s could match %s'
                                    % (arg_strings[index], names))
            action, option_string, sep, explicit = matches[0]
            to_take = []
            while True:
                if action is None:
                    extras.append(arg_strings[index])
                    return index + 1
                if explicit is not None:
                    count = self._match_argument(action, 'A')
                    chars = self.prefix_chars
                    if count == 0 and option_string[1] not in chars and explicit != '':
                        # '-xyz' with a flag '-x': go on with '-y' and then 'z'.
                        if sep or explicit[0] in chars:
                            raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                        to_take.append((action, [], option_string))
                        option_string = option_string[0] + explicit[0]
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit = explicit[1:]
                            if not explicit:
                                sep = explicit = None
                            elif explicit[0] == '=':
                                sep, explicit = '=', explicit[1:]
                            else:
                                sep = ''
                        else:
                            extras.append(option_string[0] + explicit)
                            stop = index + 1
                            break
                    elif count == 1:
                        to_take.append((action, [explicit], option_string))
                        stop = index + 1
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                else:
                    start = index + 1
                    count = self._match_argument(action, pattern[start:])
                    stop = start + count
                    to_take.append((action, arg_strings[start:stop], option_string))
                    break
            for action, strings, option_string in to_take:
                if action.deprecated and option_string not in warned:
                    self._warning("option '%s' is deprecated" % option_string)
                    warned.add(option_string)
                take_action(action, strings, option_string)
            return stop

        def consume_positionals(index):
            counts = self._match_arguments_partial(positionals, pattern[index:])
            for action, count in zip(positionals, counts):
                strings = arg_strings[index:index + count]
                # The '--' separator is not a value (except for REMAINDER and sub-commands,
                # which pass it on).
                if action.nargs == PARSER:
                    if pattern[index:index + 1] == '-':
                        strings.remove('--')
                elif action.nargs != REMAINDER and '-' in pattern[index:index + count]:
                    strings.remove('--')
                index += count
                if strings and action.deprecated and action.dest not in warned:
                    self._warning("argument '%s' is deprecated" % action.dest)
                    warned.add(action.dest)
                take_action(action, strings)
            del positionals[:len(counts)]
            return index

        # Alternate: the positionals before each option, then the option and its values.
        index = 0
        last_option = max(option_at) if option_at else -1
        while index <= last_option:
            next_option = index
            while next_option <= last_option and next_option not in option_at:
                next_option += 1
            if index != next_option:
                end = consume_positionals(index)
                if end > index:
                    index = end
                    continue
            if index not in option_at:
                extras.extend(arg_strings[index:next_option])
                index = next_option
            index = consume_optional(index)
        stop = consume_positionals(index)
        extras.extend(arg_strings[stop:])

        # Required arguments must have been seen; unseen string defaults go through type=.
        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                result.append(arg)
                continue
            try:
                with open(arg[1:]) as f:
                    lines = f.read().splitlines()
            except OSError as err:
                raise ArgumentError(None, str(err))
            found = []
            for line in lines:
                found.extend(self.convert_arg_line_to_args(line))
            result.extend(self._read_args_from_files(found))
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, kinds):
        match = _re.match(self._get_nargs_pattern(action), kinds)
        if match is None:
            messages = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                        ONE_OR_MORE: 'expected at least one argument'}
            message = messages.get(action.nargs)
            if message is None:
                word = 'argument' if action.nargs == 1 else 'arguments'
                message = 'expected %s %s' % (action.nargs, word)
            raise ArgumentError(action, message)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, kinds):
        # As many positionals as possible, dropping them from the end until the rest match.
        for n in range(len(actions), 0, -1):
            regex = ''.join(self._get_nargs_pattern(a) for a in actions[:n])
            match = _re.match(regex, kinds)
            if match is not None:
                counts = [len(g) for g in match.groups()]
                # Positionals that matched nothing just before an option wait for values that
                # may follow it.
                if match.end() < len(kinds) and kinds[match.end()] == 'O':
                    while counts and not counts[-1]:
                        counts.pop()
                return counts
        return []

    def _parse_optional(self, arg):
        """None if arg is a value; else a list of (action, option string, separator, explicit
        value) interpretations, action None for an unknown option."""
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return [(self._option_string_actions[arg], arg, None, None)]
        if len(arg) == 1:
            return None
        name, sep, value = arg.partition('=')
        if sep and name in self._option_string_actions:
            return [(self._option_string_actions[name], name, sep, value)]
        found = self._get_option_tuples(arg)
        if found:
            return found
        if _NEGATIVE_NUMBER.match(arg) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg:
            return None
        return [(None, arg, None, None)]

    def _get_option_tuples(self, arg):
        found = []
        chars = self.prefix_chars
        if arg[0] in chars and arg[1] in chars:
            # A long option may be abbreviated: '--fo' for '--foo'.
            if self.allow_abbrev:
                prefix, sep, value = arg.partition('=')
                if not sep:
                    sep = value = None
                for option_string, action in self._option_string_actions.items():
                    if option_string.startswith(prefix):
                        found.append((action, option_string, sep, value))
        else:
            # '-xVALUE' for a short option '-x', or an abbreviated single-dash long option.
            prefix, sep, value = arg.partition('=')
            if not sep:
                sep = value = None
            short, short_value = arg[:2], arg[2:]
            for option_string, action in self._option_string_actions.items():
                if option_string == short:
                    found.append((action, option_string, '', short_value))
                elif self.allow_abbrev and option_string.startswith(prefix):
                    found.append((action, option_string, sep, value))
        return found

    def _get_nargs_pattern(self, action):
        # Regular expressions over the 'O'/'A'/'-' classification; options never take '--'.
        nargs = action.nargs
        is_option = bool(action.option_strings)
        if nargs is None:
            return '(A)' if is_option else '(-*A-*)'
        if nargs == OPTIONAL:
            return '(A?)' if is_option else '(-*A?-*)'
        if nargs == ZERO_OR_MORE:
            return '(A*)' if is_option else '(-*[A-]*)'
        if nargs == ONE_OR_MORE:
            return '(A+)' if is_option else '(-*A[A-]*)'
        if nargs == REMAINDER:
            return '([AO]*)' if is_option else '(.*)'
        if nargs == PARSER:
            return '(A[AO]*)' if is_option else '(-*A[-AO]*)'
        if nargs == SUPPRESS:
            return '()' if is_option else '(-*)'
        return '(A{%d})' % nargs if is_option else '((?:-*A){%d}-*)' % nargs

    def _get_values(self, action, strings):
        nargs = action.nargs
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
        elif not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
        elif len(strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, s) for s in strings]
        elif nargs == PARSER:
            value = [self._get_value(action, s) for s in strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise TypeError('%r is not callable' % (convert,))
        try:
            return convert(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, string))

    def _check_value(self, action, value):
        choices = action.choices
        if choices is None:
            return
        if isinstance(choices, str):
            choices = iter(choices)
        if value not in choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (str(value), ', '.join(map(str, action.choices))))

    # help and exiting -----------------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'prog: error: message' to stderr, then exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    def _warning(self, message):
        self._print_message('%s: warning: %s\n' % (self.prog, message), _sys.stderr)
