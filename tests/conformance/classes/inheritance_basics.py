# Single inheritance: overriding, extending with super(), isinstance/issubclass, attribute lookup.
class Animal:
    kingdom = "animalia"
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name}) of {self.kingdom}"
class Dog(Animal):
    def __init__(self, name, tricks=()):
        super().__init__(name, "woof")
        self.tricks = list(tricks)
    def speak(self):
        return super().speak() + "!"
    def perform(self):
        return [f"{self.name} does {t}" for t in self.tricks]
class Puppy(Dog):
    def speak(self):
        return super().speak().replace("woof", "yip")
class Cat(Animal):
    kingdom = "felines (still animalia)"
    def __init__(self, name):
        super().__init__(name, "meow")
animals = [Animal("generic"), Dog("rex", ["sit", "roll"]), Puppy("bit"), Cat("tom")]
for a in animals:
    print(a.speak(), "|", a.describe())
print(animals[1].perform(), animals[2].perform())
print(isinstance(animals[2], Dog), isinstance(animals[2], Animal), isinstance(animals[3], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Cat, (Dog, Animal)))
print(Puppy.__bases__, Puppy.__mro__)
print(Dog.kingdom, Cat.kingdom, Puppy.speak is Dog.speak, Dog.describe is Animal.describe)
print(hasattr(animals[0], "tricks"), hasattr(animals[1], "tricks"), vars(animals[3]))
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base hook"
class Derived(Base):
    def hook(self):
        return "derived hook"
print(Base().template(), Derived().template())
print(type(Derived()).__name__, Derived.__name__, Derived().__class__.__bases__[0].__name__)
