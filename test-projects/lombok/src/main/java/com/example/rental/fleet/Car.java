package com.example.rental.fleet;

import lombok.Value;

/** A car of the fleet. No personal data. */
@Value
public class Car {
    String plate;
    String model;
    CarCategory category;
    int mileageKm;
}
