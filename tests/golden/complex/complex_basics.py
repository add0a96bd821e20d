z = complex(1, 2)
print(z, z * z, z / complex(3, -4), abs(complex(3, 4)), z.conjugate(), z.real, z.imag)
print(complex(0, 1), complex(-0.0, 1), complex(2), complex("1+2j"), (-8) ** (1/3))
print(z == complex(1, 2), hash(complex(2, 0)) == hash(2), isinstance(z, complex), z + 1, 2 * z, z ** 2)
