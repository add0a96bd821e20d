# An uncaught custom exception with a message, raised from nested method calls.
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"cannot withdraw {amount}, balance is {self.balance}")
        self.balance -= amount
        return self.balance
    def pay_all(self, bills):
        for name, amount in bills:
            left = self.withdraw(amount)
            print(f"paid {name} {amount}, left {left}")
acct = Account("ann", 100)
try:
    Account("bob", 5).withdraw(10)
except InsufficientFunds as e:
    print("handled:", e)
acct.pay_all([("rent", 30), ("phone", 60), ("gym", 25), ("never", 1)])
print("never printed")
