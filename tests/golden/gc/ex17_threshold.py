import gc
print(gc.get_threshold())
count = gc.get_count()
print(type(count).__name__, len(count))
