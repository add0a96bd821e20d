# platform: only what is the same on every machine and interpreter is printed: types, shapes,
# and how the answers relate to sys and to each other.
import platform
import sys

impl = platform.python_implementation()
print(type(impl).__name__, impl.lower() == sys.implementation.name)
v = platform.python_version()
print(v == "%d.%d.%d" % tuple(sys.version_info[:3]), v.count("."))
t = platform.python_version_tuple()
print(type(t).__name__, len(t), all(type(p) is str and p.isdigit() for p in t), ".".join(t) == v)
build = platform.python_build()
print(type(build).__name__, len(build), [type(p).__name__ for p in build])
print(type(platform.python_compiler()).__name__, type(platform.python_branch()).__name__,
      type(platform.python_revision()).__name__)

u = platform.uname()
print(type(u).__name__, len(u), u._fields)
print([type(x).__name__ for x in u])
print(u.system == platform.system() == u[0], u.node == platform.node(), u.release == platform.release(),
      u.version == platform.version(), u.machine == platform.machine(), u.processor == platform.processor() == u[5])
print(tuple(u)[:5] == (u.system, u.node, u.release, u.version, u.machine), list(u)[-1] == u.processor)
print(u[-1] == u.processor, u[:2] == (u.system, u.node))
print("system:", platform.system())
print(platform.machine() != "", platform.release() != "")
print(repr(u).startswith("uname_result(system="), "processor" not in repr(u))

bits, linkage = platform.architecture()
print(bits, linkage)
print(platform.architecture(bits="16bit")[0])
print(platform.architecture(executable="")[1] == "")

p = platform.platform()
print(type(p).__name__, p.startswith(platform.system() + "-" + platform.release()), " " not in p)
print(platform.platform(aliased=True) == p, platform.platform(terse=True).startswith("Linux-"))
lib, libversion = platform.libc_ver()
print(type(lib).__name__, type(libversion).__name__, lib in ("", "glibc"))
print(platform.system_alias("Linux", "6.1", "#1"))

info = platform.freedesktop_os_release()
print(type(info).__name__, all(k in info for k in ("NAME", "ID", "PRETTY_NAME")))
print(info is not platform.freedesktop_os_release())

print(platform.mac_ver(), platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
