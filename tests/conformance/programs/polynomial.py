# A Polynomial class with integer coefficients: arithmetic, evaluation, derivatives, division, roots.
class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    @property
    def degree(self):
        return len(self.c) - 1
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __neg__(self):
        return Poly([-x for x in self.c])
    def __sub__(self, o):
        return self + -o
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __eq__(self, o):
        return self.c == o.c
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def divmod_monic(self, d):
        rem, quot = list(self.c), [0] * max(1, len(self.c) - len(d.c) + 1)
        for i in range(len(self.c) - len(d.c), -1, -1):
            q = rem[i + len(d.c) - 1] // d.c[-1]
            quot[i] = q
            for j, b in enumerate(d.c):
                rem[i + j] -= q * b
        return Poly(quot), Poly(rem)
    def int_roots(self):
        bound = max(abs(x) for x in self.c)
        return [x for x in range(-bound, bound + 1) if self(x) == 0]
    def __repr__(self):
        terms = []
        for i in range(self.degree, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree > 0:
                continue
            coef = "" if abs(a) == 1 and i > 0 else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(("-" if a < 0 else "+") + " " + coef + var)
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]
p = Poly([-6, 11, -6, 1])
q = Poly([1, 1])
print(p, "|", q, "|", p + q, "|", p - q, "|", p * q)
print([p(x) for x in range(5)], p.int_roots(), p.derivative(), p.derivative().derivative())
quot, rem = p.divmod_monic(Poly([-1, 1]))
print(quot, "remainder", rem, quot * Poly([-1, 1]) + rem == p)
print((q * q * q), (q * q * q)(10), Poly([0]), Poly([0, 0, 5]), -Poly([3, -2]))
binom = Poly([1])
for _ in range(8):
    binom = binom * Poly([1, 1])
print(binom.c, sum(binom.c), binom(1), binom(-1))
print(Poly([2, 0, -3, 0, 1]).int_roots(), (Poly([-4, 0, 1]) * Poly([-9, 0, 1])).int_roots())
