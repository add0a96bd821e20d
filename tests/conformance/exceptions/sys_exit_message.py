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
try:
    sys.exit()
except SystemExit as e:
    print("no argument gives code", e.code)
def check_config(cfg):
    missing = [k for k in ("host", "port") if k not in cfg]
    if missing:
        sys.exit(f"fatal: configuration missing {', '.join(missing)}")
    return "config ok"
print(check_config({"host": "x", "port": 1}))
print("now exiting for real")
check_config({"host": "x"})
