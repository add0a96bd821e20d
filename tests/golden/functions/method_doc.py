# A bound method's __doc__ is its function's.
class B:
    def m(self):
        "M doc."
    def n(self): pass
print(B().m.__doc__, B().n.__doc__, B.m.__doc__)
