# sys.exit with an integer status ends the program quietly with that exit status.
import sys
def main(args):
    print("processing", args)
    if not args:
        print("nothing to do, exiting with status 3")
        sys.exit(3)
    return 0
try:
    main([])
finally:
    print("finally blocks still run during sys.exit")
print("never printed")
