# re.sub, re.subn and re.split: backreferences, function replacements, counts, groups in split.
import re
print(re.sub(r"\s+", " ", "too    many\t\tspaces\n here"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@example.com or bo@test.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub(r"[aeiou]", "", "programming language", count=3), re.subn(r"o", "0", "foo boo zoo"))
print(re.sub(r"^", "> ", "line1\nline2\nline3", flags=re.M))
print(re.sub(r"x*", "-", "abc"), re.sub(r"(a)|b", r"[\1]", "ab"))
def title_case(m):
    word = m.group()
    return word if word in {"of", "the", "and"} else word.capitalize()
print(re.sub(r"\b\w+\b", title_case, "the lord of the rings and the hobbit"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\s+", " leading and trailing "))
print(re.split(r",", "a,b,c,d", maxsplit=2), re.split(r"x", "no match"), re.split(r"(,)(\s*)", "a, b"))
print(re.split(r"\b", "hi there") if False else re.split(r"\W+", "Words, words... words!"))
snake = re.sub(r"(?<!^)(?=[A-Z])", "_", "camelCaseStringHTTP").lower()
print(snake)
camel = re.sub(r"_(\w)", lambda m: m.group(1).upper(), "snake_case_string")
print(camel)
template = "Hello {name}, you owe {amount}."
values = {"name": "Bo", "amount": "$5"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group()), template))
print(re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", "5551234567"), re.sub(r"a", r"\\", "banana"))
