# seed 000: Link cycle example (inspect_base/input() replaced by weakref liveness + prints)
import gc, weakref
class Link:
    def __init__(self, next_link=None):
        self.next_link = next_link
def test():
    link_3 = Link()
    link_2 = Link(link_3)
    link_1 = Link(link_2)
    link_3.next_link = link_1
    A = link_1
    link_4 = Link()
    link_5 = Link(link_4)
    link_4.next_link = link_5
    refs = [weakref.ref(o) for o in (link_1, link_2, link_3, link_4, link_5)]
    live = lambda: [r() is not None for r in refs]
    del link_1, link_2, link_3
    del link_4, link_5
    print("after del (A still holds 1->2->3->1):", live())
    print("gc.collect() ->", gc.collect())
    print("after gc.collect():", live())
    del A
    print("after del A:", live())
    print("gc.collect() ->", gc.collect())
    print("after gc.collect():", live())
test()
