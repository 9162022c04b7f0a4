package com.example.pharmacy.prescription;

import com.example.pharmacy.common.MailGateway;
import com.example.pharmacy.common.Purposes;
import com.example.pharmacy.customer.Customer;
import com.example.pharmacy.customer.CustomerRepository;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every morning: tells customers that a repeat prescription can be refilled. */
@ProcessingPurpose(Purposes.REFILL_REMINDERS)
public class RefillReminderJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RefillReminderJob.class);
    private static final String SUBJECT = "Your repeat prescription is ready";
    private static final int DAYS_AHEAD = 3;

    private final PrescriptionRepository prescriptions;
    private final CustomerRepository customers;
    private final MailGateway mail;
    private final Clock clock;

    public RefillReminderJob(PrescriptionRepository prescriptions, CustomerRepository customers, MailGateway mail, Clock clock) {
        this.prescriptions = prescriptions;
        this.customers = customers;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void run() {
        LocalDate today = LocalDate.now(clock);
        List<Prescription> due = prescriptions.findRefillsDueBefore(today.plusDays(DAYS_AHEAD));
        LOG.info("refill reminder run started, {} prescriptions due", due.size());
        int sent = 0;
        for (Prescription prescription : due) {
            Optional<Customer> owner = customers.findById(prescription.getCustomerId());
            if (owner.isEmpty()) {
                LOG.warn("prescription {} belongs to no customer, skipped", prescription.getId());
                continue;
            }
            Customer customer = owner.get();
            String text = "Dear " + customer.getFirstName() + ",\n\nyour prescription no. " + prescription.getId() + " can be refilled from " + prescription.getRefillDueOn() + ".";
            mail.send(customer.getEmail(), SUBJECT, text);
            sent++;
        }
        LOG.info("refill reminder run finished, {} reminders sent", sent);
    }
}
