# atexit: registered functions run after the main program, last registered first; an exception
# in one is reported on stderr ("Exception ignored in atexit callback: ...") and the rest still
# run; unregister forgets a function.
import atexit

@atexit.register
def goodbye():
    print("goodbye")

atexit.register(print, "registered", "with", "args")

def failing():
    raise RuntimeError("in atexit")

atexit.register(failing)

def forgotten():
    print("never printed")

atexit.register(forgotten)
atexit.unregister(forgotten)
print("end of main")
