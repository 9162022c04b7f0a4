package com.example.rental;

import com.example.rental.booking.BookingRepository;
import com.example.rental.booking.BookingService;
import com.example.rental.customer.DriverRepository;
import com.example.rental.customer.DriverService;
import com.example.rental.fleet.Car;
import com.example.rental.fleet.CarCategory;
import com.example.rental.fleet.Fleet;
import com.example.rental.marketing.WinBackJob;
import java.time.Clock;
import lombok.extern.slf4j.Slf4j;

/** Wires the services together. */
@Slf4j
public final class RentalApplication {
    private RentalApplication() {
    }

    public static void main(String[] args) {
        DriverRepository drivers = new DriverRepository();
        Fleet fleet = new Fleet();
        fleet.add(new Car("B-RT 1001", "VW Golf", CarCategory.COMPACT, 12_400));
        fleet.add(new Car("B-RT 1002", "Skoda Octavia Combi", CarCategory.ESTATE, 30_150));
        DriverService driverService = new DriverService(drivers, Clock.systemDefaultZone());
        BookingService bookings = new BookingService(driverService, fleet, new BookingRepository());
        WinBackJob winBack = new WinBackJob(drivers, (to, subject, body) -> log.debug("mail '{}' queued", subject));
        winBack.schedule();
        log.info("car rental started with {} cars, bookings service {}", fleet.cars().size(), bookings.getClass().getSimpleName());
    }
}
