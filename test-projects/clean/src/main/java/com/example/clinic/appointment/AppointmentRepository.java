package com.example.clinic.appointment;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory appointment store. */
public class AppointmentRepository {

    private final Map<Long, Appointment> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(40000);

    public long nextId() {
        return sequence.incrementAndGet();
    }

    public void save(Appointment appointment) {
        byId.put(appointment.getId(), appointment);
    }

    public Optional<Appointment> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean isTaken(long practitionerId, LocalDateTime start) {
        for (Appointment appointment : byId.values()) {
            if (appointment.getPractitionerId() == practitionerId && appointment.getStart().equals(start) && appointment.getStatus() == AppointmentStatus.BOOKED) {
                return true;
            }
        }
        return false;
    }

    public List<Appointment> findBookedBetween(LocalDateTime from, LocalDateTime to) {
        List<Appointment> result = new ArrayList<>();
        for (Appointment appointment : byId.values()) {
            if (appointment.getStatus() == AppointmentStatus.BOOKED && !appointment.getStart().isBefore(from) && appointment.getStart().isBefore(to)) {
                result.add(appointment);
            }
        }
        return result;
    }

    /** Deletes appointments that started before the cutoff and returns how many were deleted. */
    public int deleteStartedBefore(LocalDateTime cutoff) {
        int removed = 0;
        Iterator<Appointment> it = byId.values().iterator();
        while (it.hasNext()) {
            if (it.next().getStart().isBefore(cutoff)) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }
}
