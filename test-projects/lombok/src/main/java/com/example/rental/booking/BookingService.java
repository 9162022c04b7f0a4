package com.example.rental.booking;

import com.example.rental.common.Purposes;
import com.example.rental.customer.Driver;
import com.example.rental.customer.DriverService;
import com.example.rental.fleet.Car;
import com.example.rental.fleet.Fleet;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.math.BigDecimal;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/** Books cars for registered drivers and delivers them. */
@Slf4j
@RequiredArgsConstructor
@ProcessingPurpose(Purposes.RENTAL)
public class BookingService {
    private static final BigDecimal DAILY_RATE = new BigDecimal("49.00");

    private final DriverService drivers;
    private final Fleet fleet;
    private final BookingRepository bookings;

    public Booking book(RentalRequest request) {
        log.info("booking request {}", request);
        Driver driver = drivers.requireByEmail(request.getEmail());
        if (!drivers.checkLicence(driver.getDriverId())) {
            throw new IllegalStateException("licence of driver " + driver.getDriverId() + " could not be verified");
        }
        Car car = fleet.take(request.getCategory())
                .orElseThrow(() -> new IllegalStateException("no " + request.getCategory() + " available"));
        Booking booking = Booking.builder()
                .bookingNumber(UUID.randomUUID().toString())
                .driverId(driver.getDriverId())
                .plate(car.getPlate())
                .pickupAt(request.getPickupAt())
                .returnDue(request.getPickupAt().plusDays(request.getDays()))
                .price(DAILY_RATE.multiply(BigDecimal.valueOf(request.getDays())))
                .deliveryAddress(request.getDeliveryAddress())
                .build();
        bookings.save(booking);
        log.info("booking confirmed: {}", booking);
        log.info("{} bookings open", bookings.open());
        return booking;
    }

    public void dispatch(Booking booking, Car car) {
        if (booking.getDeliveryAddress() == null) {
            log.info("car {} waits at the branch for booking {}", car.getPlate(), booking.getBookingNumber());
            return;
        }
        log.info("delivering car {} to {}", car.getPlate(), booking.getDeliveryAddress());
    }

    public void giveBack(String bookingNumber, Car car) {
        Booking booking = bookings.find(bookingNumber)
                .orElseThrow(() -> new IllegalArgumentException("unknown booking " + bookingNumber));
        booking.setReturned(true);
        fleet.giveBack(car);
        log.info("booking {} returned, car {} back in the fleet", booking.getBookingNumber(), car.getPlate());
    }
}
