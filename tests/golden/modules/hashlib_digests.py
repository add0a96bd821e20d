# hashlib: md5, sha1 and the sha2 family, incremental update/copy, new(name), errors.
import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"hello")
    h2 = h.copy()
    h.update(b" world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), h2.hexdigest()[:16], len(h.digest()))
print(hashlib.new("SHA256", b"abc").hexdigest())
print(hashlib.sha256(bytearray(b"x" * 1000)).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256", "sha512", "sha224", "sha384"}))
print(hashlib.md5(usedforsecurity=False).hexdigest(), hashlib.sha1(b"a").hexdigest())
for bad in [lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
