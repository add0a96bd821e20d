# The state pattern: an object delegating behaviour to interchangeable state objects.
class State:
    name = "base"
    def insert_coin(self, m):
        return f"{self.name}: cannot insert coin"
    def press(self, m):
        return f"{self.name}: nothing happens"
    def refill(self, m, n):
        m.stock += n
        if m.stock and m.state is SOLD_OUT:
            m.state = IDLE
        return f"{self.name}: refilled to {m.stock}"
class Idle(State):
    name = "idle"
    def insert_coin(self, m):
        m.state = HAS_COIN
        return "coin accepted"
class HasCoin(State):
    name = "has-coin"
    def insert_coin(self, m):
        return "already have a coin (returned)"
    def press(self, m):
        m.stock -= 1
        m.sold += 1
        m.state = IDLE if m.stock else SOLD_OUT
        return "here is your gumball"
class SoldOut(State):
    name = "sold-out"
    def insert_coin(self, m):
        return "sold out (coin returned)"
IDLE, HAS_COIN, SOLD_OUT = Idle(), HasCoin(), SoldOut()
class Machine:
    def __init__(self, stock):
        self.stock = stock
        self.sold = 0
        self.state = IDLE if stock else SOLD_OUT
    def do(self, action, *args):
        return getattr(self.state, action)(self, *args)
m = Machine(2)
script = ["press", "insert_coin", "insert_coin", "press", "insert_coin", "press", "insert_coin", "press",
          ("refill", 1), "insert_coin", "press"]
for step in script:
    action, args = (step, ()) if isinstance(step, str) else (step[0], step[1:])
    before = m.state.name
    print(f"{before:>9} --{action}--> {m.do(action, *args)} [{m.state.name}]")
print("sold", m.sold, "stock", m.stock)
