# A text-adventure style command parser built on structural pattern matching over split words.
state = {"room": "hall", "inventory": [], "doors": {"hall": ["north", "east"], "library": ["south"], "kitchen": ["west"]}}
rooms = {("hall", "north"): "library", ("library", "south"): "hall", ("hall", "east"): "kitchen", ("kitchen", "west"): "hall"}
items = {"hall": ["lamp"], "library": ["book", "key"], "kitchen": ["knife"]}
def run(command):
    match command.lower().split():
        case []:
            return "say something"
        case ["look"]:
            return f"{state['room']}: exits {state['doors'][state['room']]}, items {items[state['room']]}"
        case ["go", direction] | ["walk", direction] if direction in state["doors"][state["room"]]:
            state["room"] = rooms[(state["room"], direction)]
            return f"you go {direction} to the {state['room']}"
        case ["go", direction]:
            return f"you cannot go {direction}"
        case ["get" | "take", *objs] if objs:
            got = []
            for o in objs:
                if o in items[state["room"]]:
                    items[state["room"]].remove(o)
                    state["inventory"].append(o)
                    got.append(o)
            return f"taken {got}" if got else "nothing taken"
        case ["drop", obj] if obj in state["inventory"]:
            state["inventory"].remove(obj)
            items[state["room"]].append(obj)
            return f"dropped {obj}"
        case ["inventory" | "inv" | "i"]:
            return f"carrying {sorted(state['inventory'])}"
        case ["say", *words]:
            return "you say: " + " ".join(words)
        case [verb, *_]:
            return f"I don't know how to {verb}"
script = ["look", "take lamp", "go west", "go north", "look", "get book key scroll", "i",
          "walk south", "go east", "drop book", "look", "say hello  world", "dance wildly", "", "inventory"]
for cmd in script:
    print(f"> {cmd}")
    print("  " + run(cmd))
