# seed 000: dis of module-level source compiled with compile(); then exec it
import dis
src = """
import sys
a = int("99999")
print("sys.getrefcount(a):", sys.getrefcount(a))
"""
code = compile(src, "<module>", "exec")
print("=== co_consts ===")
print(code.co_consts)
print("\n=== dis ===")
dis.dis(code)
print("\n=== run ===")
ns = {}
exec(code, ns, ns)
