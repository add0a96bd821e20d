# seed ex16: gc.get_stats and gc.callbacks. The stats numbers depend on the interpreter's own
# allocations, so this checks their shape and how a forced collection moves them.
import gc
before = gc.get_stats()
print(len(before), [sorted(d) for d in before])
def print_hook(phase, info):
    print(f"The gc hook is in phase {phase}")
    print(f"And the gc hook provided this info: {info}")
gc.callbacks.append(print_hook)
foo = list(range(500))
del(foo)
gc.collect()
gc.callbacks.remove(print_hook)
after = gc.get_stats()
print(after[2]['collections'] - before[2]['collections'])
print(after[2]['collected'] - before[2]['collected'], after[2]['uncollectable'])
