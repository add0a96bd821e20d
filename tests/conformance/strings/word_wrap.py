# A hand-written greedy word wrapper and justifier, compared at several widths.
TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")
def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(" ".join(current))
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]
for width in (20, 33, 50):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for ln in lines[:-1]:
        print("|" + justify(ln, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
    print("lines:", len(lines), "longest:", max(map(len, lines)))
print(wrap("", 10), wrap("supercalifragilistic word", 5))
