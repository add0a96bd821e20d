"""A small text adventure played by a scripted walkthrough (no input()).

Rooms, items, locked doors, a light source, a puzzle, scoring and a save/restore of the game
state; the walkthrough at the bottom drives the parser exactly as a player would type.
"""


class Item:
    def __init__(self, name, description, portable=True, points=0):
        self.name = name
        self.description = description
        self.portable = portable
        self.points = points

    def __repr__(self):
        return f"Item({self.name!r})"


class Room:
    def __init__(self, key, title, description, dark=False):
        self.key = key
        self.title = title
        self.description = description
        self.dark = dark
        self.exits = {}
        self.locked = {}
        self.items = []

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def find(self, name):
        return next((i for i in self.items if i.name == name), None)


class GameOver(Exception):
    pass


class Game:
    DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}

    def __init__(self):
        self.rooms = {}
        self.inventory = []
        self.score = 0
        self.moves = 0
        self.flags = set()
        self.build_world()
        self.here = self.rooms["porch"]

    def build_world(self):
        def room(*args, **kw):
            r = Room(*args, **kw)
            self.rooms[r.key] = r
            return r

        porch = room("porch", "Front Porch", "A creaking porch in front of an old house.")
        hall = room("hall", "Entrance Hall", "Dusty portraits watch you from the walls.")
        library = room("library", "Library", "Shelves of mouldering books line the room.")
        kitchen = room("kitchen", "Kitchen", "Pots hang above a cold stove.")
        cellar = room("cellar", "Cellar", "Cold stone walls. Something glints in the corner.", dark=True)
        attic = room("attic", "Attic", "Low beams, cobwebs and a small round window.")
        vault = room("vault", "Hidden Vault", "A tiny room with a pedestal.")
        porch.connect("north", hall, back="south", locked_by="brass key")
        hall.connect("west", library, back="east")
        hall.connect("east", kitchen, back="west")
        kitchen.connect("down", cellar, back="up")
        hall.connect("up", attic, back="down")
        library.connect("north", vault, back="south", locked_by="riddle")
        porch.items.append(Item("doormat", "A worn doormat. Something bulges beneath it.", portable=False))
        kitchen.items.append(Item("lantern", "A brass lantern, full of oil.", points=5))
        cellar.items.append(Item("coin", "An old gold coin.", points=10))
        attic.items.append(Item("note", "The note reads: 'I have keys but open no locks. Answer to pass.'"))
        library.items.append(Item("book", "A heavy book titled 'Music for Beginners'.", points=2))
        vault.items.append(Item("crown", "A jewelled crown!", points=50))

    def lit(self):
        return not self.here.dark or any(i.name == "lantern" for i in self.inventory)

    def describe(self):
        if not self.lit():
            return "It is pitch dark. You might be eaten by something."
        lines = [f"== {self.here.title} ==", self.here.description]
        if self.here.items:
            lines.append("You see: " + ", ".join(i.name for i in self.here.items) + ".")
        lines.append("Exits: " + ", ".join(sorted(self.here.exits)) + ".")
        return "\n".join(lines)

    def do(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, rest = words[0], " ".join(words[1:])
        self.moves += 1
        verb = self.DIRECTIONS.get(verb, verb)
        if verb in self.DIRECTIONS.values():
            return self.go(verb)
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to '{verb}'."
        return handler(rest)

    def go(self, direction):
        if direction not in self.here.exits:
            return "You can't go that way."
        lock = self.here.locked.get(direction)
        if lock:
            return f"The way {direction} is locked ({'a riddle guards it' if lock == 'riddle' else 'it needs a key'})."
        self.here = self.here.exits[direction]
        return self.describe()

    def cmd_go(self, rest):
        return self.go(self.DIRECTIONS.get(rest, rest))

    def cmd_look(self, rest):
        if not rest:
            return self.describe()
        item = self.here.find(rest) or next((i for i in self.inventory if i.name == rest), None)
        return item.description if item else f"There is no {rest} here."

    def cmd_take(self, rest):
        if not self.lit():
            return "You fumble around in the dark but find nothing."
        item = self.here.find(rest)
        if item is None:
            return f"There is no {rest} here."
        if not item.portable:
            return f"The {rest} won't budge."
        self.here.items.remove(item)
        self.inventory.append(item)
        self.score += item.points
        item.points = 0
        return f"Taken: {rest}."

    def cmd_drop(self, rest):
        item = next((i for i in self.inventory if i.name == rest), None)
        if item is None:
            return f"You don't have a {rest}."
        self.inventory.remove(item)
        self.here.items.append(item)
        return f"Dropped: {rest}."

    def cmd_lift(self, rest):
        if rest == "doormat" and self.here.key == "porch" and "found key" not in self.flags:
            self.flags.add("found key")
            self.inventory.append(Item("brass key", "A small brass key.", points=5))
            self.score += 5
            return "Under the doormat you find a brass key! You pocket it."
        return "Nothing interesting happens."

    def cmd_unlock(self, rest):
        direction = self.DIRECTIONS.get(rest, rest)
        if self.here.locked.get(direction) == "brass key" and any(i.name == "brass key" for i in self.inventory):
            del self.here.locked[direction]
            return f"The door to the {direction} swings open."
        return "You can't unlock that."

    def cmd_answer(self, rest):
        if self.here.key == "library" and self.here.locked.get("north") == "riddle":
            if rest == "piano":
                del self.here.locked["north"]
                self.score += 10
                return "A bookcase slides aside, revealing a passage north!"
            return "Nothing happens. Perhaps that was the wrong answer."
        return "Nobody is asking."

    def cmd_inventory(self, rest):
        if not self.inventory:
            return "You are empty-handed."
        return "You carry: " + ", ".join(sorted(i.name for i in self.inventory)) + "."

    cmd_i = cmd_inventory

    def cmd_score(self, rest):
        return f"Score: {self.score} in {self.moves} moves."

    def cmd_save(self, rest):
        places = {r.key: list(r.items) for r in self.rooms.values()}
        self.saved = (self.here.key, list(self.inventory), places, self.score, set(self.flags))
        return "Game saved."

    def cmd_restore(self, rest):
        if not hasattr(self, "saved"):
            return "Nothing saved yet."
        key, inventory, places, score, flags = self.saved
        self.here, self.inventory, self.score, self.flags = self.rooms[key], list(inventory), score, set(flags)
        for room_key, items in places.items():
            self.rooms[room_key].items = list(items)
        return "Game restored.\n" + self.describe()

    def cmd_wear(self, rest):
        if rest == "crown" and any(i.name == "crown" for i in self.inventory):
            raise GameOver("You place the crown on your head. The house is yours. You win!")
        return "You can't wear that."


WALKTHROUGH = """
look
restore
north
lift doormat
unlock north
n
look portrait
w
take book
north
answer violin
e
e
take lantern
d
take coin
i
save
drop lantern
look
take lantern
restore
u
w
u
take note
look note
d
w
answer piano
n
take crown
score
dance
wear crown
"""

game = Game()
print(game.describe())
for command in WALKTHROUGH.strip().splitlines():
    print(f"\n> {command}")
    try:
        print(game.do(command))
    except GameOver as end:
        print(end)
        break
print(f"\nFinal score {game.score} after {game.moves} moves; carrying {sorted(i.name for i in game.inventory)}.")
