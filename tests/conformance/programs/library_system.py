# A small library system: books, members, loans with due dates, fines, holds and reports.
class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.on_loan = 0
        self.holds = []
    @property
    def available(self):
        return self.copies - self.on_loan
class Member:
    def __init__(self, name, limit=2):
        self.name, self.limit = name, limit
        self.loans = {}
        self.fines = 0
class Library:
    FINE_PER_DAY = 25
    LOAN_DAYS = 14
    def __init__(self):
        self.books, self.members, self.today, self.log = {}, {}, 0, []
    def add_book(self, *args, **kw):
        b = Book(*args, **kw)
        self.books[b.isbn] = b
    def join(self, name, **kw):
        self.members[name] = Member(name, **kw)
    def checkout(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        if m.fines > 100:
            return f"{name}: blocked, fines {m.fines}"
        if len(m.loans) >= m.limit:
            return f"{name}: loan limit reached"
        if b.available <= 0 or (b.holds and b.holds[0] != name):
            if name not in b.holds:
                b.holds.append(name)
            return f"{name}: '{b.title}' unavailable, hold #{b.holds.index(name) + 1}"
        if b.holds and b.holds[0] == name:
            b.holds.pop(0)
        b.on_loan += 1
        m.loans[isbn] = self.today + self.LOAN_DAYS
        return f"{name}: borrowed '{b.title}', due day {m.loans[isbn]}"
    def checkin(self, name, isbn):
        m, b = self.members[name], self.books[isbn]
        due = m.loans.pop(isbn)
        b.on_loan -= 1
        late = max(0, self.today - due)
        m.fines += late * self.FINE_PER_DAY
        return f"{name}: returned '{b.title}'" + (f", {late} days late" if late else "")
    def advance(self, days):
        self.today += days
lib = Library()
lib.add_book("111", "Dune", "Herbert", copies=2)
lib.add_book("222", "Emma", "Austen")
lib.add_book("333", "Ulysses", "Joyce")
for n in ["ann", "bo", "cy"]:
    lib.join(n)
script = [("out", "ann", "111"), ("out", "bo", "111"), ("out", "cy", "111"), ("out", "ann", "222"),
          ("out", "ann", "333"), ("wait", 20), ("in", "ann", "111"), ("out", "bo", "222"), ("out", "cy", "111"),
          ("wait", 10), ("in", "ann", "222"), ("in", "bo", "111"), ("out", "ann", "333"), ("out", "bo", "222")]
for step in script:
    if step[0] == "wait":
        lib.advance(step[1])
        print(f"-- day {lib.today}")
    else:
        print((lib.checkout if step[0] == "out" else lib.checkin)(step[1], step[2]))
for m in lib.members.values():
    print(m.name, sorted(m.loans.items()), "fines", m.fines)
print([(b.title, b.available, b.holds) for b in lib.books.values()])
