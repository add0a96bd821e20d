# PEP 701 (Python 3.12+): an f-string's fields may reuse its own quote and hold backslashes.
f"{x["a"]}"
f'{f'{f'{deep}'}'}'
f"{'\n'.join(lines)}"
f"{"nested" + f"{y!r}"}"
