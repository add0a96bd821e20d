# variant of test3: define the function in one compile() unit and call it from another,
# like the interactive REPL does (the parser arena holding the literal is freed before the call)
import sys
ns = {"sys": sys}
exec(compile('''
def test3():
    a = 99999
    print("sys.getrefcount(a):", sys.getrefcount(a))
    print("test3.__code__.co_consts:", test3.__code__.co_consts)
''', "<def>", "exec"), ns)
exec(compile("test3()", "<call>", "exec"), ns)
