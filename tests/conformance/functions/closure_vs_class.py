# The same stateful behaviour written as a closure and as a class, producing identical traces.
def make_account_closure(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount, balance))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("withdraw", amount, balance))
        return balance
    def statement():
        return owner, balance, list(history)
    return {"deposit": deposit, "withdraw": withdraw, "statement": statement}
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount, self.balance))
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount, self.balance))
        return self.balance
    def statement(self):
        return self.owner, self.balance, list(self.history)
ops = [("deposit", 100), ("withdraw", 30), ("withdraw", 500), ("deposit", -5), ("deposit", 12)]
closure = make_account_closure("ann", 10)
obj = Account("ann", 10)
for name, amount in ops:
    outs = []
    for acct in (closure, obj):
        fn = acct[name] if isinstance(acct, dict) else getattr(acct, name)
        try:
            outs.append(fn(amount))
        except ValueError as e:
            outs.append(f"ValueError: {e}")
    print(name, amount, outs, outs[0] == outs[1])
print(closure["statement"]())
print(obj.statement() == closure["statement"]())
