# **kwargs preserve the order keywords were passed; dict merging in calls; keyword names as strings.
def record(**fields):
    return list(fields.items())
print(record(z=1, a=2, m=3))
print(record(**{"b": 1, "a": 2}, c=3))
def build_query(table, **where):
    if not where:
        return f"SELECT * FROM {table}"
    cond = " AND ".join(f"{k} = {v!r}" for k, v in where.items())
    return f"SELECT * FROM {table} WHERE {cond}"
print(build_query("users"))
print(build_query("users", name="ann", age=30))
print(build_query("orders", **{"status": "open", "total": 9.5}))
def html(tag, *children, **attrs):
    attr_text = "".join(f' {k.rstrip("_")}="{v}"' for k, v in attrs.items())
    return f"<{tag}{attr_text}>" + "".join(children) + f"</{tag}>"
print(html("a", "link", href="/x", class_="btn", id="main"))
print(html("ul", html("li", "one"), html("li", "two"), style="list"))
def defaults_then_overrides(**kw):
    base = {"color": "red", "size": 1}
    base.update(kw)
    return base
print(defaults_then_overrides(), defaults_then_overrides(size=5, shape="o"))
def accepts_any(*args, **kwargs):
    return len(args), sorted(kwargs)
print(accepts_any(*range(5), **{f"k{i}": i for i in range(3)}))
import string
weird = {"not an identifier": 1, "123": 2}
print(record(**weird))
