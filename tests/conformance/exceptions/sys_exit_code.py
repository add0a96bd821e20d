# sys.exit with an integer status ends the program quietly with that exit status.
import sys
def main(args):
    print("processing", args)
    if not args:
        print("nothing to do, exiting with status 3")
        sys.exit(3)
    for a in args:
        print(" handled", a)
    return 0
print("first run returns", main(["x", "y"]))
try:
    main([])
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e.code).__name__)
try:
    main([])
finally:
    print("finally blocks still run during sys.exit")
print("never printed")
