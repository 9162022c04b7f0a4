package com.example.clinic.appointment;

import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs nightly: deletes bookings (and the reason for the visit) once their retention of one year is over. */
@ProcessingPurpose(Purposes.APPOINTMENTS)
public class RetentionCleanupJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionCleanupJob.class);
    private static final Period RETENTION = Period.ofYears(1);

    private final AppointmentRepository appointments;
    private final Clock clock;

    public RetentionCleanupJob(AppointmentRepository appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    @Override
    public void run() {
        LocalDateTime cutoff = LocalDateTime.now(clock).minus(RETENTION);
        int removed = appointments.deleteStartedBefore(cutoff);
        LOG.info("retention clean-up deleted {} appointments that started before {}", removed, cutoff);
    }
}
