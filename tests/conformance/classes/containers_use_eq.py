# Containers compare elements with __eq__: in, count, index, remove, and dict lookups with __hash__.
calls = []
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        calls.append((self.rank, getattr(other, "rank", other)))
        return isinstance(other, Card) and (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"
hand = [Card("A", "s"), Card("K", "h"), Card("A", "s"), Card("2", "c")]
print(Card("K", "h") in hand, hand.count(Card("A", "s")), hand.index(Card("2", "c")))
hand.remove(Card("A", "s"))
print(hand)
calls.clear()
print(Card("Q", "d") in hand, len(calls))
first = hand[0]
calls.clear()
print(first in hand, calls)
deck = {Card("A", "s"): 11, Card("K", "h"): 10}
print(deck[Card("K", "h")], Card("2", "c") in deck)
print(len({Card("A", "s"), Card("A", "s"), Card("A", "h")}))
print(sorted(set(hand), key=repr), [c for c in hand if c != Card("K", "h")])
print((Card("A", "s"),) == (Card("A", "s"),), [Card("A", "s")] == [Card("A", "h")])
class Weird:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
w = Weird()
print(w in [1, 2, 3], [1, 2, 3].index(w), [5, 6].count(w), {1: "one"}.get(w))
