# Vivarium difference (DESIGN.md): "batuhan" is identifier-like, so interned and immortal.
# seed 002: refcount of an interned string literal after del of one name
import sys
name = "batuhan"
myname = "batuhan"
ourname = "batuhan"
del name
print(sys.getrefcount("batuhan"))
a = 2018
b = [2018]
c = dict(a=2017, b=2018, c=2019)
print("getrefcount(a=2018):", sys.getrefcount(a))
