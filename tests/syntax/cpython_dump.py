"""Prints a Python program's syntax tree, as CPython's `ast` module parses it, in the compact
form of Vivarium's `syntax::dump`, so the golden files in `tests/syntax/ok/` come from CPython:

    python3 tests/syntax/cpython_dump.py < tests/syntax/ok/match.py > tests/syntax/ok/match.ast

(`fstrings_pep701.ast` is written by hand: its syntax needs CPython 3.12+.)
"""
import ast, sys
OPS = {ast.Add:'+',ast.BitAnd:'&',ast.FloorDiv:'//',ast.LShift:'<<',ast.MatMult:'@',ast.Mult:'*',ast.Mod:'%',ast.BitOr:'|',ast.Pow:'**',ast.RShift:'>>',ast.Sub:'-',ast.Div:'/',ast.BitXor:'^'}
CMP = {ast.Lt:'<',ast.LtE:'<=',ast.Eq:'==',ast.NotEq:'!=',ast.Gt:'>',ast.GtE:'>=',ast.Is:'is',ast.IsNot:'is-not',ast.In:'in',ast.NotIn:'not-in'}
def rs_str(s):
    # mimic Rust {:?} for str
    out = '"'
    for c in s:
        o = ord(c)
        if c == '"': out += '\\"'
        elif c == '\\': out += '\\\\'
        elif c == '\n': out += '\\n'
        elif c == '\r': out += '\\r'
        elif c == '\t': out += '\\t'
        elif c == '\0': out += '\\0'
        elif o < 0x20 or o == 0x7f: out += '\\u{%x}' % o
        else: out += c
    return out + '"'
def rs_float(f):
    r = repr(f)
    if r == 'inf': return 'inf'
    if 'e' in r:
        m, e = r.split('e'); e = int(e)
        if '.' not in m: m = m
        return f"{m}e{e}"
    return r
def const(v):
    if v is None: return 'None'
    if v is True: return 'True'
    if v is False: return 'False'
    if v is ...: return '...'
    if isinstance(v, int): return str(v)
    if isinstance(v, float): return rs_float(v)
    if isinstance(v, str): return rs_str(v)
    if isinstance(v, bytes):
        out = 'b"'
        for c in v:
            if 32 <= c < 127:
                if c in (34, 92): out += '\\'
                out += chr(c)
            else: out += '\\x%02x' % c
        return out + '"'
    raise ValueError(v)
def arguments(a):
    parts = []
    pos = a.posonlyargs + a.args
    first_default = len(pos) - len(a.defaults)
    for i, p in enumerate(pos):
        s = arg(p)
        if i >= first_default: s += '=' + e(a.defaults[i - first_default])
        parts.append(s)
        if i + 1 == len(a.posonlyargs): parts.append('/')
    if a.vararg: parts.append('*' + arg(a.vararg))
    elif a.kwonlyargs: parts.append('*')
    for k, d in zip(a.kwonlyargs, a.kw_defaults):
        s = arg(k)
        if d is not None: s += '=' + e(d)
        parts.append(s)
    if a.kwarg: parts.append('**' + arg(a.kwarg))
    return '(' + ' '.join(parts) + ')'
def arg(a):
    return a.arg + (':' + e(a.annotation) if a.annotation else '')
def kws(ks):
    out = ''
    for k in ks:
        out += (f' (kw {k.arg} ' if k.arg else ' (** ') + e(k.value) + ')'
    return out
def comps(gs):
    out = ''
    for g in gs:
        out += ' (for ' + e(g.target) + ' ' + e(g.iter) + ''.join(' if ' + e(i) for i in g.ifs) + ')'
    return out
def es(xs): return ''.join(' ' + e(x) for x in xs)
def opt(x): return ' ' + (e(x) if x is not None else '-')
def e(x):
    t = type(x)
    if t is ast.BoolOp: return ('(and' if isinstance(x.op, ast.And) else '(or') + es(x.values) + ')'
    if t is ast.NamedExpr: return '(:= ' + e(x.target) + ' ' + e(x.value) + ')'
    if t is ast.BinOp: return f'({OPS[type(x.op)]} ' + e(x.left) + ' ' + e(x.right) + ')'
    if t is ast.UnaryOp: return {ast.Invert:'(~ ',ast.Not:'(not ',ast.UAdd:'(+ ',ast.USub:'(- '}[type(x.op)] + e(x.operand) + ')'
    if t is ast.Lambda: return '(lambda ' + arguments(x.args) + ' ' + e(x.body) + ')'
    if t is ast.IfExp: return '(ifexp ' + e(x.test) + ' ' + e(x.body) + ' ' + e(x.orelse) + ')'
    if t is ast.Dict: return '(dict' + ''.join(' ' + (e(k) + ':' if k is not None else '**') + e(v) for k, v in zip(x.keys, x.values)) + ')'
    if t is ast.Set: return '(set' + es(x.elts) + ')'
    if t is ast.ListComp: return '(listcomp ' + e(x.elt) + comps(x.generators) + ')'
    if t is ast.SetComp: return '(setcomp ' + e(x.elt) + comps(x.generators) + ')'
    if t is ast.DictComp: return '(dictcomp ' + e(x.key) + ':' + e(x.value) + comps(x.generators) + ')'
    if t is ast.GeneratorExp: return '(genexp ' + e(x.elt) + comps(x.generators) + ')'
    if t is ast.Yield: return '(yield' + (' ' + e(x.value) if x.value else '') + ')'
    if t is ast.YieldFrom: return '(yield-from ' + e(x.value) + ')'
    if t is ast.Compare: return '(cmp ' + e(x.left) + ''.join(f' {CMP[type(o)]} ' + e(c) for o, c in zip(x.ops, x.comparators)) + ')'
    if t is ast.Call: return '(call ' + e(x.func) + es(x.args) + kws(x.keywords) + ')'
    if t is ast.FormattedValue:
        s = '(fv ' + e(x.value)
        if x.conversion != -1: s += ' !' + chr(x.conversion)
        if x.format_spec: s += ' :' + e(x.format_spec)
        return s + ')'
    if t is ast.JoinedStr: return '(f' + es(x.values) + ')'
    if t is ast.Constant: return const(x.value)
    if t is ast.Attribute: return '(attr ' + e(x.value) + ' ' + x.attr + ')'
    if t is ast.Subscript: return '(sub ' + e(x.value) + ' ' + e(x.slice) + ')'
    if t is ast.Starred: return '(* ' + e(x.value) + ')'
    if t is ast.Name: return x.id
    if t is ast.List: return '(list' + es(x.elts) + ')'
    if t is ast.Tuple: return '(tuple' + es(x.elts) + ')'
    if t is ast.Slice: return '(slice' + ''.join(' ' + (e(p) if p else '-') for p in (x.lower, x.upper, x.step)) + ')'
    raise ValueError(t)
def block(b): return '[' + '; '.join(s(x) for x in b) + ']'
def els(b): return (' else ' + block(b)) if b else ''
def pat(p):
    t = type(p)
    if t is ast.MatchValue: return '(value ' + e(p.value) + ')'
    if t is ast.MatchSingleton: return const(p.value)
    if t is ast.MatchSequence: return '(seq' + ''.join(' ' + pat(i) for i in p.patterns) + ')'
    if t is ast.MatchMapping: return '(map' + ''.join(' ' + e(k) + ':' + pat(v) for k, v in zip(p.keys, p.patterns)) + (f' **{p.rest}' if p.rest else '') + ')'
    if t is ast.MatchClass: return '(class ' + e(p.cls) + ''.join(' ' + pat(i) for i in p.patterns) + ''.join(f' {a}=' + pat(v) for a, v in zip(p.kwd_attrs, p.kwd_patterns)) + ')'
    if t is ast.MatchStar: return '*' + (p.name or '_')
    if t is ast.MatchAs:
        if p.pattern is None and p.name is None: return '_'
        if p.pattern is None: return f'(capture {p.name})'
        return '(as ' + pat(p.pattern) + ' ' + (p.name or '_') + ')'
    if t is ast.MatchOr: return '(or' + ''.join(' ' + pat(i) for i in p.patterns) + ')'
    raise ValueError(t)
def aliases(ns): return ''.join(' ' + a.name + (f' as {a.asname}' if a.asname else '') for a in ns)
def s(x):
    t = type(x)
    if t is ast.FunctionDef:
        r = '(def ' + x.name + ' ' + arguments(x.args)
        if x.decorator_list: r += ' (decorators' + es(x.decorator_list) + ')'
        if x.returns: r += ' -> ' + e(x.returns)
        return r + ' ' + block(x.body) + ')'
    if t is ast.ClassDef:
        r = '(class ' + x.name + ' (bases' + es(x.bases) + kws(x.keywords) + ')'
        if x.decorator_list: r += ' (decorators' + es(x.decorator_list) + ')'
        return r + ' ' + block(x.body) + ')'
    if t is ast.Return: return '(return' + (' ' + e(x.value) if x.value else '') + ')'
    if t is ast.Delete: return '(del' + es(x.targets) + ')'
    if t is ast.Assign: return '(assign (' + ' '.join(e(i) for i in x.targets) + ') ' + e(x.value) + ')'
    if t is ast.AugAssign: return f'(aug{OPS[type(x.op)]} ' + e(x.target) + ' ' + e(x.value) + ')'
    if t is ast.AnnAssign: return ('(annassign ' if x.simple else '(annassign-complex ') + e(x.target) + ' ' + e(x.annotation) + opt(x.value) + ')'
    if t is ast.For: return '(for ' + e(x.target) + ' ' + e(x.iter) + ' ' + block(x.body) + els(x.orelse) + ')'
    if t is ast.While: return '(while ' + e(x.test) + ' ' + block(x.body) + els(x.orelse) + ')'
    if t is ast.If: return '(if ' + e(x.test) + ' ' + block(x.body) + els(x.orelse) + ')'
    if t is ast.With: return '(with' + ''.join(' (' + e(i.context_expr) + (' as ' + e(i.optional_vars) if i.optional_vars else '') + ')' for i in x.items) + ' ' + block(x.body) + ')'
    if t is ast.Match: return '(match ' + e(x.subject) + ''.join(' (case ' + pat(c.pattern) + (' if ' + e(c.guard) if c.guard else '') + ' ' + block(c.body) + ')' for c in x.cases) + ')'
    if t is ast.Raise: return '(raise' + opt(x.exc) + opt(x.cause) + ')'
    if t is ast.Try:
        r = '(try ' + block(x.body)
        for h in x.handlers:
            r += ' (except' + opt(h.type) + (f' as {h.name}' if h.name else '') + ' ' + block(h.body) + ')'
        r += els(x.orelse)
        if x.finalbody: r += ' finally ' + block(x.finalbody)
        return r + ')'
    if t is ast.Assert: return '(assert ' + e(x.test) + opt(x.msg) + ')'
    if t is ast.Import: return '(import' + aliases(x.names) + ')'
    if t is ast.ImportFrom: return '(from ' + '.' * x.level + (x.module or '') + aliases(x.names) + ')'
    if t is ast.Global: return '(global ' + ' '.join(x.names) + ')'
    if t is ast.Nonlocal: return '(nonlocal ' + ' '.join(x.names) + ')'
    if t is ast.Expr: return '(expr ' + e(x.value) + ')'
    if t is ast.Pass: return '(pass)'
    if t is ast.Break: return '(break)'
    if t is ast.Continue: return '(continue)'
    raise ValueError(t)
sys.stdout.reconfigure(errors='replace')
src = sys.stdin.read()
print('\n'.join(s(x) for x in ast.parse(src).body))
