package com.example.rental.fleet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lombok.extern.slf4j.Slf4j;

/** The cars that can be rented right now. */
@Slf4j
public class Fleet {
    private final Map<String, Car> available = new ConcurrentHashMap<>();

    public void add(Car car) {
        available.put(car.getPlate(), car);
        log.info("car {} added to the fleet: {}", car.getPlate(), car);
    }

    public Optional<Car> take(CarCategory category) {
        Optional<Car> car = available.values().stream().filter(c -> c.getCategory() == category).findFirst();
        car.ifPresent(c -> available.remove(c.getPlate()));
        return car;
    }

    public void giveBack(Car car) {
        available.put(car.getPlate(), car);
    }

    public List<Car> cars() {
        return List.copyOf(available.values());
    }
}
