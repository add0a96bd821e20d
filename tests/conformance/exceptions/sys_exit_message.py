# sys.exit with a string prints it to stderr and exits with status 1; SystemExit can also be caught.
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    raise SystemExit("caught message")
except SystemExit as e:
    print("caught:", e.code)
print("now exiting for real")
sys.exit("fatal: configuration missing")
