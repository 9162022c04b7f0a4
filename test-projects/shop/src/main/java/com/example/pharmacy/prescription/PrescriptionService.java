package com.example.pharmacy.prescription;

import com.example.pharmacy.common.NotFoundException;
import com.example.pharmacy.common.Purposes;
import com.example.pharmacy.customer.Customer;
import com.example.pharmacy.customer.CustomerRepository;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Receives prescriptions and lets the pharmacist dispense them. */
@ProcessingPurpose(Purposes.DISPENSING)
public class PrescriptionService {

    private static final Logger LOG = LoggerFactory.getLogger(PrescriptionService.class);
    private static final int ADULT_AGE = 18;

    private final PrescriptionRepository prescriptions;
    private final CustomerRepository customers;
    private final Clock clock;

    public PrescriptionService(PrescriptionRepository prescriptions, CustomerRepository customers, Clock clock) {
        this.prescriptions = prescriptions;
        this.customers = customers;
        this.clock = clock;
    }

    public long receive(long customerId, String drug, String indication, String prescriber, boolean adultsOnly, int refills) {
        if (customers.findById(customerId).isEmpty()) {
            throw new NotFoundException("customer", customerId);
        }
        long id = prescriptions.nextId();
        prescriptions.save(new Prescription(id, customerId, drug, indication, prescriber, adultsOnly, refills));
        LOG.info("prescription {} received for customer {} with {} refills", id, customerId, refills);
        return id;
    }

    public void dispense(long prescriptionId, int daysOfSupply) {
        Prescription prescription = prescriptions.findById(prescriptionId).orElseThrow(() -> new NotFoundException("prescription", prescriptionId));
        Customer customer = customers.findById(prescription.getCustomerId()).orElseThrow(() -> new NotFoundException("customer", prescription.getCustomerId()));
        LOG.debug("checking prescription {} for {}", prescriptionId, prescription.getDiagnosis());

        boolean adult = isAdult(customer.getDateOfBirth(), LocalDate.now(clock));
        LOG.info("age check for prescription {} passed: {}", prescriptionId, adult);
        if (prescription.isAdultsOnly() && !adult) {
            throw new IllegalStateException("prescription " + prescriptionId + " may only be dispensed to adults");
        }
        boolean reviewNeeded = prescription.getAllergies() != null && !prescription.getAllergies().isBlank();
        if (reviewNeeded) {
            LOG.warn("prescription {} lists allergies, pharmacist review required", prescriptionId);
        }
        prescription.dispensed(LocalDate.now(clock), daysOfSupply);
        LOG.info("prescription {} dispensed, {} refills left", prescriptionId, prescription.getRefillsLeft());
    }

    public void recordAllergies(long prescriptionId, String notes) {
        Prescription prescription = prescriptions.findById(prescriptionId).orElseThrow(() -> new NotFoundException("prescription", prescriptionId));
        prescription.setAllergies(notes);
        LOG.info("allergy notes of prescription {} updated", prescriptionId);
    }

    /** The active medication of a customer, for the pharmacist's interaction check. */
    public List<String> activeMedicationsOf(long customerId) {
        return prescriptions.findByCustomer(customerId).stream()
                .filter(p -> p.getRefillsLeft() > 0)
                .map(Prescription::getMedication)
                .collect(Collectors.toList());
    }

    private static boolean isAdult(LocalDate born, LocalDate today) {
        return born != null && Period.between(born, today).getYears() >= ADULT_AGE;
    }
}
