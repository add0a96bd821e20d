# An inventory system: products, stock movements, reorder rules, valuation and a formatted report.
from dataclasses import dataclass, field
@dataclass
class Product:
    sku: str
    name: str
    cost_cents: int
    reorder_at: int
    stock: int = 0
    moves: list = field(default_factory=list)
class Inventory:
    def __init__(self):
        self.products = {}
        self.orders = []
    def add(self, product):
        self.products[product.sku] = product
    def receive(self, sku, qty):
        p = self.products[sku]
        p.stock += qty
        p.moves.append(("in", qty))
    def ship(self, sku, qty):
        p = self.products.get(sku)
        if p is None:
            return f"unknown sku {sku}"
        if qty > p.stock:
            p.moves.append(("short", qty))
            return f"backorder {sku}: wanted {qty}, have {p.stock}"
        p.stock -= qty
        p.moves.append(("out", qty))
        if p.stock <= p.reorder_at:
            self.orders.append((sku, p.reorder_at * 3 - p.stock))
        return f"shipped {qty} x {p.name}"
    def value_cents(self):
        return sum(p.stock * p.cost_cents for p in self.products.values())
    def report(self):
        lines = [f"{'SKU':6} {'NAME':14} {'STOCK':>5} {'VALUE':>10}  MOVES"]
        for p in sorted(self.products.values(), key=lambda p: p.sku):
            value = p.stock * p.cost_cents
            moves = ",".join(f"{k}{q}" for k, q in p.moves)
            flag = " LOW" if p.stock <= p.reorder_at else ""
            lines.append(f"{p.sku:6} {p.name:14} {p.stock:5} {value // 100:7}.{value % 100:02d}  {moves}{flag}")
        total = self.value_cents()
        lines.append(f"{'TOTAL':27} {total // 100:7}.{total % 100:02d}")
        return "\n".join(lines)
inv = Inventory()
for sku, name, cost, reorder in [("A100", "bolt M4", 12, 50), ("B200", "hinge", 349, 5), ("C300", "drill bit", 799, 3)]:
    inv.add(Product(sku, name, cost, reorder))
inv.receive("A100", 500)
inv.receive("B200", 20)
inv.receive("C300", 4)
for sku, qty in [("A100", 120), ("B200", 16), ("C300", 2), ("A100", 400), ("Z999", 1), ("C300", 5), ("B200", 1)]:
    print(inv.ship(sku, qty))
print(inv.report())
print("reorders:", inv.orders)
for sku, qty in inv.orders:
    inv.receive(sku, qty)
print(inv.report().splitlines()[-1])
