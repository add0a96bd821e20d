# csv: reader (quoting, escapes, multi-line fields, dialect parameters, errors), writer (quoting
# styles, escaping, lone empty fields), DictReader/DictWriter, dialect registry, field_size_limit,
# reading from lists, io.StringIO and real files. Behaviour new in CPython 3.12/3.13 is at the end.
import csv
import io
import os


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def rows(lines, *args, **kw):
    return list(csv.reader(lines, *args, **kw))


def written(data, *args, **kw):
    out = io.StringIO()
    w = csv.writer(out, *args, **kw)
    w.writerows(data)
    return out.getvalue()


# reading
print(rows(["a,b,c\r\n", '"x,y","q""q",z\n', "\n", "", '"multi\n', 'line",end\r\n', 'a"b,c', ",,"]))
print(rows(['"a\r\nb",c\r\n', 'x,"",y', '"unterminated']), rows(["a,b\r"]), rows(["1,2", "3"]))
print(rows(['"ab"c,d', '"ab"  ,e']), rows(["a,  b, c"], skipinitialspace=True), rows(['a, "b,c"'], skipinitialspace=True))
print(rows(["a;b;'c;d'"], delimiter=";", quotechar="'"), rows(["a\tb c\t\"d\te\""], "excel-tab"), rows(["a|b"], delimiter="|"))
print(rows(["a\\,b,c\\\n", 'd,"e\\"f"', "g\\"], escapechar="\\"), rows(["a\\", "b"], escapechar="\\"))
print(rows(['"a","b"c'], quoting=csv.QUOTE_NONE), rows(['"a""b",c'], doublequote=False), rows(["a\0b"]))
print(rows(['"a",1,2.5,,"",  3'], quoting=csv.QUOTE_NONNUMERIC), rows(['1,"2"x'], quoting=csv.QUOTE_NONNUMERIC))
print(rows(["a,b", "c"], quotechar=None), rows(["x y  z"], delimiter=" ", skipinitialspace=True))
r = csv.reader(["a\n", '"b\n', 'c"\n', "d"])
print(next(r), r.line_num, list(r), r.line_num, iter(r) is r, r.dialect.delimiter, r.dialect.quoting)
print(rows(io.StringIO('h1,h2\r\n"v,1",v2\r\n')))

# reading errors
attempt("strict junk", lambda: rows(['"a"b,c'], strict=True))
attempt("strict eof", lambda: rows(['a,"bc'], strict=True))
attempt("bytes lines", lambda: rows([b"a,b"]))
attempt("int lines", lambda: rows([1]))
attempt("not iterable", lambda: csv.reader(3))
attempt("nonnumeric", lambda: rows(["a,1"], quoting=csv.QUOTE_NONNUMERIC))
attempt("unknown dialect", lambda: rows([], "nope"))

# dialect parameters that are refused
for kw in ({"delimiter": ""}, {"delimiter": "ab"}, {"delimiter": None}, {"delimiter": 1}, {"quotechar": ""},
           {"quotechar": 1}, {"escapechar": "ab"}, {"escapechar": 1}, {"quoting": 9}, {"quoting": "a"},
           {"quoting": None}, {"lineterminator": 1}, {"lineterminator": None},
           {"quotechar": None, "quoting": csv.QUOTE_ALL}):
    attempt("bad %r" % (kw,), lambda: csv.reader([], **kw))

# writing
print(repr(written([["a", 'b"c', "d,e", "f\ng", "h\ri", " j", "k ", 1, 2.5, None, True, ""]])))
print(repr(written([[""], [], [None], ["", ""], [None, None], ("t", "u"), "xyz", range(3)])))
print(repr(written([["a", 1, None, 2.5, ""]], quoting=csv.QUOTE_ALL)))
print(repr(written([["a", 1, None, 2.5, "", True, complex(1, 2)]], quoting=csv.QUOTE_NONNUMERIC)))
print(repr(written([['a"b', "c,d", "e\\f", "g\nh"]], doublequote=False, escapechar="\\")))
print(repr(written([['a"b', "c,d", "e\\f", "g\nh"]], quoting=csv.QUOTE_NONE, escapechar="\\")))
print(repr(written([['a"b', "c"]], escapechar="\\")), repr(written([["a b", "c"]], delimiter=" ")))
print(repr(written([["x!y", "z"]], lineterminator="!")), repr(written([["a", "b"]], "unix")),
      repr(written([["a", "b"]], quotechar="'", quoting=csv.QUOTE_ALL, lineterminator="\n")))
w = csv.writer(io.StringIO(), delimiter=";")
print(w.writerow(["ab", "c"]), w.writerows([[1], [2]]), w.dialect.delimiter, w.dialect.lineterminator == "\r\n")
attempt("lone empty field with QUOTE_NONE", lambda: written([[""]], quoting=csv.QUOTE_NONE))
attempt("need escape", lambda: written([["a,b"]], quoting=csv.QUOTE_NONE))
attempt("need escape quote", lambda: written([['a"b']], doublequote=False))
attempt("row not iterable", lambda: csv.writer(io.StringIO()).writerow(3))
attempt("no write method", lambda: csv.writer(3))

# round trip through a StringIO and a file opened with newline=''
data = [["id", "text"], [1, 'say "hi", then\nleave'], [2, ""], [3, "plain"]]
buffer = io.StringIO(written(data))
print(rows(buffer))
path = "/tmp/viv_check_csv_%d.csv" % os.getpid()
with open(path, "w", newline="") as f:
    csv.writer(f).writerows(data)
with open(path, newline="") as f:
    print(rows(f))
with open(path, newline="") as f:
    print(list(csv.DictReader(f)))
os.remove(path)

# DictReader and DictWriter
print(list(csv.DictReader(["a,b,c", "1,2", "", "3,4,5,6,7"], restkey="rest", restval="-")))
d = csv.DictReader(["1,2", "3,4"], fieldnames=["x", "y"])
print(d.fieldnames, next(d), d.line_num, list(d), d.restkey, d.restval, d.dialect)
d = csv.DictReader([])
print(d.fieldnames, list(d), csv.DictReader(["a,a", "1,2"]).__next__())
d = csv.DictReader(["a;b", "1;2"], delimiter=";")
print(d.fieldnames, list(d), d.line_num, d.reader.dialect.delimiter)
out = io.StringIO()
dw = csv.DictWriter(out, ["a", "b"], restval="R")
print(dw.writeheader(), dw.writerow({"a": 1}), dw.writerows([{"b": 2}, {"a": "x,y", "b": None}]), repr(out.getvalue()))
print(dw.fieldnames, dw.restval, dw.extrasaction)
out = io.StringIO()
csv.DictWriter(out, ["a"], extrasaction="ignore").writerow({"a": 1, "z": 2})
print(repr(out.getvalue()))
attempt("extra field", lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "z": 2}))
attempt("bad extrasaction", lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="x"))
attempt("row not a dict", lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow([1]))

# dialects
print(sorted(csv.list_dialects()), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
excel = csv.get_dialect("excel")
print(excel.delimiter, excel.quotechar, excel.escapechar, excel.doublequote, excel.skipinitialspace,
      repr(excel.lineterminator), excel.quoting, excel.strict, csv.reader([], "excel").dialect is excel)
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(rows(["a;b"], "semi"), repr(written([["a", "b"]], "semi")), csv.get_dialect("semi").delimiter)
csv.register_dialect("pipes", csv.excel, delimiter="|")
print(csv.get_dialect("pipes").delimiter, repr(csv.get_dialect("pipes").lineterminator), rows(["a|b"], dialect="pipes"))
csv.unregister_dialect("semi")
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))
attempt("unregister unknown", lambda: csv.unregister_dialect("nope"))
attempt("get unknown", lambda: csv.get_dialect("nope"))
attempt("register non-str", lambda: csv.register_dialect(1))
attempt("register bad", lambda: csv.register_dialect("bad", delimiter=""))
attempt("set attribute", lambda: setattr(excel, "delimiter", ";"))


class Colons(csv.Dialect):
    delimiter = ":"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


class Incomplete(csv.Dialect):
    delimiter = ":"


print(rows(["a:'b:c'"], Colons), repr(written([["a:b", "c'"]], Colons)), Colons()._valid, csv.Dialect._valid)
attempt("incomplete dialect", lambda: Incomplete())
attempt("Dialect()", lambda: csv.Dialect())
print(rows(["a;b"], type("Obj", (), {"delimiter": ";"})))

# field_size_limit
print(csv.field_size_limit(), csv.field_size_limit(5), csv.field_size_limit())
attempt("field too large", lambda: rows(["abcdef"]))
attempt("quoted field too large", lambda: rows(['"abcdef"']))
print(rows(["abcde,12345"]), csv.field_size_limit(131072))
attempt("limit not int", lambda: csv.field_size_limit("x"))
attempt("limit bool", lambda: csv.field_size_limit(True))
print(csv.Error.__mro__[1:], csv.__version__)

# new in CPython 3.12: QUOTE_STRINGS and QUOTE_NOTNULL
print(csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print(repr(written([["a", 1, None, 2.5, "", True]], quoting=csv.QUOTE_STRINGS)),
      repr(written([["a", 1, None, 2.5, "", True]], quoting=csv.QUOTE_NOTNULL)))
print(rows(['"a",1,,"",2.5, 3'], quoting=csv.QUOTE_STRINGS), rows(['"a",1,,"",2.5'], quoting=csv.QUOTE_NOTNULL))
attempt("lone None with QUOTE_NOTNULL", lambda: written([[None]], quoting=csv.QUOTE_NOTNULL))
print(repr(written([[""]], quoting=csv.QUOTE_STRINGS)), csv.DictWriter(io.StringIO(), iter(["a", "b"])).fieldnames)
# new in CPython 3.13: clashing special characters are a ValueError; '\r' forces quoting
for kw in ({"delimiter": '"'}, {"escapechar": ","}, {"escapechar": '"'}, {"delimiter": "\n"}, {"quotechar": "\r"},
           {"lineterminator": "ab,"}, {"escapechar": " ", "skipinitialspace": True}):
    attempt("bad %r" % (kw,), lambda: csv.reader([], **kw))
print(repr(written([["g\nh", "i\rj", "x"]], lineterminator="\n")))
attempt("newline in field message", lambda: rows(["a\rb"]))
attempt("quoting bool", lambda: csv.reader([], quoting=True))
attempt("bad keyword", lambda: csv.reader([], foo=1))
