# A tiny template engine: {{ name }} substitution, {% for %} loops, and filters.
def render(template, context):
    out = []
    i = 0
    while i < len(template):
        start = template.find("{{", i)
        loop = template.find("{%", i)
        if loop != -1 and (start == -1 or loop < start):
            out.append(template[i:loop])
            tag_end = template.index("%}", loop)
            header = template[loop + 2:tag_end].split()
            end_tag = template.index("{% end %}", tag_end)
            body = template[tag_end + 2:end_tag]
            _, var, _, seq_name = header
            for item in context[seq_name]:
                inner = dict(context)
                inner[var] = item
                out.append(render(body, inner))
            i = end_tag + len("{% end %}")
            continue
        if start == -1:
            out.append(template[i:])
            break
        out.append(template[i:start])
        end = template.index("}}", start)
        expr = template[start + 2:end].strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        value = context
        for part in name.split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        for f in filters:
            if f == "upper":
                value = str(value).upper()
            elif f == "title":
                value = str(value).title()
            elif f.startswith("pad"):
                value = str(value).ljust(int(f[3:]))
            elif f == "money":
                value = f"${value:,.2f}"
        out.append(str(value))
        i = end + 2
    return "".join(out)
ctx = {
    "user": {"name": "grace hopper", "role": "admiral"},
    "items": [{"name": "compiler", "price": 1999.5}, {"name": "bug", "price": 0.25}],
    "count": 2,
}
tpl = "Hello {{ user.name | title }} ({{user.role|upper}})!\nYou have {{ count }} items:\n" \
      "{% for it in items %}  - {{ it.name | pad10 }}{{ it.price | money }}\n{% end %}Bye."
print(render(tpl, ctx))
print(render("no tags here", {}))
print(render("{% for x in xs %}[{{ x }}]{% end %}", {"xs": [1, 2, 3]}))
try:
    render("{{ missing }}", {})
except KeyError as e:
    print("KeyError:", e)
