# Mixin classes adding reusable behaviour: comparison, serialization, equality by fields, logging.
import json
class ComparableMixin:
    def _key(self):
        raise NotImplementedError
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __le__(self, other):
        return self._key() <= other._key()
    def __hash__(self):
        return hash(self._key())
class JsonMixin:
    def to_json(self):
        return json.dumps(self.__dict__, sort_keys=True)
    @classmethod
    def from_json(cls, text):
        obj = cls.__new__(cls)
        obj.__dict__.update(json.loads(text))
        return obj
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"
class LogMixin:
    log = None
    def note(self, msg):
        if self.log is None:
            self.log = []
        self.log.append(f"{type(self).__name__}: {msg}")
class Employee(ComparableMixin, JsonMixin, ReprMixin, LogMixin):
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary
    def _key(self):
        return (self.salary, self.name)
staff = [Employee("zoe", 90), Employee("adam", 120), Employee("mia", 90)]
print(sorted(staff))
print(staff[0] == Employee("zoe", 90), staff[0] <= staff[2], len({staff[0], Employee("zoe", 90)}))
text = staff[1].to_json()
back = Employee.from_json(text)
print(text, back, back == staff[1])
staff[0].note("hired")
staff[0].note("promoted")
print(staff[0].log, staff[1].log)
print([c.__name__ for c in Employee.__mro__])
