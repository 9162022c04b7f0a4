package com.example.rental.booking;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps bookings in memory (a database in production). */
public class BookingRepository {
    private final Map<String, Booking> bookings = new ConcurrentHashMap<>();

    public void save(Booking booking) {
        bookings.put(booking.getBookingNumber(), booking);
    }

    public Optional<Booking> find(String bookingNumber) {
        return Optional.ofNullable(bookings.get(bookingNumber));
    }

    public List<Booking> overdue(LocalDateTime now) {
        return bookings.values().stream().filter(b -> !b.isReturned() && b.getReturnDue().isBefore(now)).toList();
    }

    public long open() {
        return bookings.values().stream().filter(b -> !b.isReturned()).count();
    }
}
