# errno: the Linux values of the common constants, aliases, and the errorcode table.
import errno

for name in ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES",
             "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "ERANGE", "ENOSYS",
             "ENOTEMPTY", "ELOOP", "ETIMEDOUT", "ECONNREFUSED", "ECONNRESET", "EADDRINUSE",
             "EINPROGRESS", "ENOTRECOVERABLE"]:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value], type(value).__name__)

# Aliases share a number; errorcode names one of them.
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK,
      errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[errno.EWOULDBLOCK], errno.errorcode[errno.EDEADLK],
      errno.errorcode[errno.EOPNOTSUPP])

# The whole table, in number order (EHWPOISON, new in 3.12, is left out).
codes = sorted(k for k in errno.errorcode if k != 133)
print(len(codes), codes[0], codes[-1])
for start in range(0, len(codes), 8):
    print(" ".join("%d=%s" % (k, errno.errorcode[k]) for k in codes[start:start + 8]))

# Every E* constant is in errorcode (under its own name or its alias's).
names = [n for n in dir(errno) if n.startswith("E") and n != "EHWPOISON"]
print(len(names), all(getattr(errno, n) in errno.errorcode for n in names))
print(sorted(n for n in names if errno.errorcode[getattr(errno, n)] != n))
print(type(errno.errorcode).__name__, 41 in errno.errorcode, 58 in errno.errorcode)

# Typical use: matching an OSError's errno.
try:
    open("/definitely/not/here.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
