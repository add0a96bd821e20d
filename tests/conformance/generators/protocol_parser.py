# A line-protocol parser written as a send()-driven generator state machine.
def parser():
    messages = []
    while True:
        line = yield None
        if line.startswith("BEGIN "):
            name = line[6:]
            fields = {}
            while True:
                line = yield None
                if line == "END":
                    break
                if ":" not in line:
                    yield f"error: bad field {line!r} in {name}"
                    continue
                k, v = line.split(":", 1)
                fields[k.strip()] = v.strip()
            messages.append((name, fields))
            yield f"message {name} with {len(fields)} fields"
        elif line == "FLUSH":
            yield f"flushed {len(messages)}: {messages}"
            messages = []
        else:
            yield f"ignored {line!r}"
p = parser()
next(p)
stream = ["BEGIN greet", "to: world", "from: me", "END", "noise", "BEGIN empty", "END",
          "BEGIN broken", "oops", "x: 1", "END", "FLUSH", "FLUSH"]
for line in stream:
    out = p.send(line)
    if out is not None:
        print(out)
        next(p)
