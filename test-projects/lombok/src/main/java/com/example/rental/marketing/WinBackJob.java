package com.example.rental.marketing;

import com.example.rental.common.Purposes;
import com.example.rental.customer.Driver;
import com.example.rental.customer.DriverRepository;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

/** Every night: a "we miss you" offer to drivers who consented and have not rented for a while. */
@Slf4j
@RequiredArgsConstructor
@ProcessingPurpose(Purposes.MARKETING)
public class WinBackJob {
    private final DriverRepository drivers;
    private final MailGateway mail;

    public ScheduledExecutorService schedule() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(this::run, 1, 24, TimeUnit.HOURS);
        return scheduler;
    }

    public void run() {
        int sent = 0;
        for (Driver driver : drivers.findAll()) {
            if (!driver.isMarketingConsent() || driver.getCompletedRentals() == 0) {
                continue;
            }
            String greeting = "Dear " + driver.getFullName() + ", we miss you!";
            mail.send(driver.getEmail(), "20% off your next rental", greeting);
            sent++;
        }
        log.info("win-back offers sent to {} drivers", sent);
    }
}
