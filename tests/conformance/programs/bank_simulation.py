# A bank simulation: accounts, transfers, interest, overdraft rules, and an audited ledger.
class InsufficientFunds(Exception):
    pass
class Account:
    next_id = 1000
    def __init__(self, owner, balance=0, overdraft=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner, self.balance, self.overdraft = owner, balance, overdraft
        self.history = []
    def deposit(self, amount, memo="deposit"):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append((memo, amount, self.balance))
    def withdraw(self, amount, memo="withdrawal"):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(f"{self.owner}: need {amount}, have {self.balance} (+{self.overdraft})")
        self.balance -= amount
        self.history.append((memo, -amount, self.balance))
    def __repr__(self):
        return f"<{self.id} {self.owner}: {self.balance}>"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate_bp=250):
        super().__init__(owner, balance)
        self.rate_bp = rate_bp
    def add_interest(self):
        interest = self.balance * self.rate_bp // 10000
        if interest:
            self.deposit(interest, "interest")
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
        self.ledger = []
    def open(self, account):
        self.accounts[account.id] = account
        return account
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount, f"transfer to {dst}")
        except InsufficientFunds as e:
            self.ledger.append(("FAILED", src, dst, amount))
            return f"failed: {e}"
        b.deposit(amount, f"transfer from {src}")
        self.ledger.append(("OK", src, dst, amount))
        return "ok"
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account("alice", 500, overdraft=100))
bob = bank.open(Account("bob", 50))
carol = bank.open(SavingsAccount("carol", 10000))
start_total = bank.total()
ops = [(alice.id, bob.id, 200), (bob.id, carol.id, 300), (alice.id, carol.id, 350), (alice.id, bob.id, 100),
       (carol.id, alice.id, 1000), (bob.id, alice.id, 250)]
for src, dst, amt in ops:
    print(f"{src}->{dst} {amt:5}: {bank.transfer(src, dst, amt)}")
for month in range(1, 4):
    print("month", month, "interest", carol.add_interest())
try:
    bob.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(bank.accounts)
print("money created by interest:", bank.total() - start_total)
for acct in bank.accounts.values():
    print(acct.owner, acct.history)
ok = sum(1 for entry in bank.ledger if entry[0] == "OK")
print(f"{ok} ok, {len(bank.ledger) - ok} failed, volume {sum(e[3] for e in bank.ledger if e[0] == 'OK')}")
