# unicodedata: names and lookup, general categories, combining classes, decimal values and the
# four normalization forms (e.g. stripping accents with NFKD).
import unicodedata as u
for c in "Aé€1٣ ‿\u0301\n😀":
    print(repr(c), u.name(c, "-"), u.category(c), u.combining(c), u.decimal(c, None))
print(u.lookup("GREEK SMALL LETTER ALPHA"), u.lookup("SNOWMAN"))
s = "Crème brûlée ﬁ ①"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = u.normalize(form, s)
    print(form, len(n), ascii(n), u.is_normalized(form, n))
print("".join(c for c in u.normalize("NFKD", "Ångström café") if not u.combining(c)))
for bad in (lambda: u.name("ab"), lambda: u.lookup("NO SUCH THING"), lambda: u.normalize("XYZ", "a"), lambda: u.decimal("x"), lambda: u.name("\n")):
    try:
        bad()
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
