# print(..., file=f) writes each argument, separator and ending with its own f.write() call, as CPython.
import sys
class Log:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
log = Log()
print("a", 1, [2], sep="-", end="!\n", file=log, flush=True)
print(file=log)
print(log.parts)
