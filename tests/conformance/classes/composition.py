# Composition over inheritance: objects built from parts, delegation, and aggregate reporting.
class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False
    def start(self):
        self.running = True
        return f"engine {self.hp}hp started"
    def stop(self):
        self.running = False
        return "engine stopped"
class Wheel:
    def __init__(self, pos, pressure=2.2):
        self.pos = pos
        self.pressure = pressure
    def ok(self):
        return 2.0 <= self.pressure <= 2.6
class Radio:
    def __init__(self):
        self.station = None
    def tune(self, station):
        self.station = station
        return f"tuned to {station}"
class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)
        self.wheels = [Wheel(p) for p in ("FL", "FR", "RL", "RR")]
        self.radio = Radio()
        self.odometer = 0
    def drive(self, km):
        if not self.engine.running:
            return f"{self.name}: start the engine first"
        bad = [w.pos for w in self.wheels if not w.ok()]
        if bad:
            return f"{self.name}: check tyres {bad}"
        self.odometer += km
        return f"{self.name}: drove {km} km (total {self.odometer})"
    def __getattr__(self, name):
        for part in (self.engine, self.radio):
            if hasattr(part, name):
                return getattr(part, name)
        raise AttributeError(name)
car = Car("rover", 150)
print(car.drive(10))
print(car.start())
print(car.drive(25))
car.wheels[2].pressure = 1.5
print(car.drive(5))
car.wheels[2].pressure = 2.3
print(car.tune("jazz fm"), car.drive(40), car.stop(), car.running)
class Fleet:
    def __init__(self, *cars):
        self.cars = list(cars)
    def __len__(self):
        return len(self.cars)
    def total_km(self):
        return sum(c.odometer for c in self.cars)
    def by_power(self):
        return [c.name for c in sorted(self.cars, key=lambda c: -c.engine.hp)]
other = Car("mini", 90)
other.start()
other.drive(7)
fleet = Fleet(car, other, Car("truck", 400))
print(len(fleet), fleet.total_km(), fleet.by_power())
try:
    car.fly
except AttributeError as e:
    print("AttributeError:", e)
