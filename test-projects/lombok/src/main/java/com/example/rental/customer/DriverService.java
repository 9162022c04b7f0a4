package com.example.rental.customer;

import com.example.rental.common.Masking;
import com.example.rental.common.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/** Registers drivers and checks their driving licences. */
@Slf4j
@RequiredArgsConstructor
@ProcessingPurpose(Purposes.RENTAL)
public class DriverService {
    private static final int MINIMUM_AGE = 21;

    private final DriverRepository drivers;
    private final Clock clock;

    public Driver register(String fullName, String email, String licenceNumber, LocalDate dateOfBirth, boolean consent) {
        if (Period.between(dateOfBirth, LocalDate.now(clock)).getYears() < MINIMUM_AGE) {
            throw new IllegalArgumentException("drivers must be at least " + MINIMUM_AGE + " years old");
        }
        Driver driver = new Driver(drivers.nextId(), fullName, email, licenceNumber, dateOfBirth, consent, 0);
        drivers.save(driver);
        log.info("registered {}", driver);
        log.info("{} drivers registered, welcome mail to {}", drivers.count(), Masking.email(driver.getEmail()));
        return driver;
    }

    public boolean checkLicence(long driverId) {
        Driver driver = require(driverId);
        log.debug("checking licence {} with the licensing authority", driver.getLicenceNumber());
        boolean valid = driver.getLicenceNumber() != null && driver.getLicenceNumber().length() >= 8;
        log.info("licence of driver {} valid: {}", driver.getDriverId(), valid);
        return valid;
    }

    public Driver requireByEmail(String email) {
        return drivers.findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("no driver registered with " + email));
    }

    public Driver require(long driverId) {
        return drivers.findById(driverId)
                .orElseThrow(() -> new IllegalArgumentException("unknown driver " + driverId));
    }
}
