# Class attributes are shared; assignment through an instance creates an instance attribute.
class Config:
    retries = 3
    tags = []
    def __init__(self, name):
        self.name = name
a, b = Config("a"), Config("b")
print(a.retries, b.retries, Config.retries)
a.retries = 10
print(a.retries, b.retries, Config.retries, "retries" in vars(a), "retries" in vars(b))
Config.retries = 5
print(a.retries, b.retries)
del a.retries
print(a.retries)
a.tags.append("shared!")
print(b.tags, Config.tags, a.tags is b.tags)
b.tags = ["own"]
print(a.tags, b.tags)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    def bump_wrong(self):
        self.count += 100
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
cs[0].bump_wrong()
print(cs[0].count, cs[1].count, Counter.count)
class Sub(Config):
    pass
Sub.retries = 99
print(Sub.retries, Config.retries, Sub("s").retries, Sub.__dict__.get("retries"), "retries" in Sub.__dict__)
print(sorted(k for k in vars(Config) if not k.startswith("__")), vars(b))
class Method:
    def greet(self):
        return "method"
m = Method()
m.greet = lambda: "instance attribute shadows method"
print(m.greet(), Method().greet(), Method.greet(m))
