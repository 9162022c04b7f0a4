package com.example.pharmacy.customer;

import com.example.pharmacy.common.NotFoundException;
import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registration, look-up, profile changes and erasure of customer accounts. */
@ProcessingPurpose(Purposes.ACCOUNT)
public class CustomerService {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerService.class);

    private final CustomerRepository customers;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    public Customer register(RegistrationForm form) {
        if (form.email() == null || form.email().isBlank() || !form.email().contains("@")) {
            throw new IllegalArgumentException("a valid e-mail address is required");
        }
        if (form.dateOfBirth() == null || form.dateOfBirth().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("date of birth is missing or in the future");
        }
        if (customers.findByEmail(form.email()).isPresent()) {
            throw new IllegalStateException("an account with this e-mail address already exists");
        }
        Customer customer = new Customer(customers.nextId(), form, clock.instant());
        customers.save(customer);
        LOG.info("registered customer " + customer.getLastName() + " with id " + customer.getId());
        LOG.debug("{} customers registered in total", customers.count());
        return customer;
    }

    public Customer requireByEmail(@PersonalData(category = Category.CONTACT) String email) {
        Optional<Customer> found = customers.findByEmail(email);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("unknown customer " + email);
        }
        return found.get();
    }

    public Customer require(long customerId) {
        return customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
    }

    public void changePhoneNumber(long customerId, String value) {
        Customer customer = require(customerId);
        boolean removed = value == null || value.isBlank();
        customer.setPhoneNumber(removed ? null : value.trim());
        LOG.info("contact number of customer {} {}", customerId, removed ? "removed" : "changed");
    }

    /** Art. 17 erasure request. */
    public void erase(long customerId) {
        if (!customers.delete(customerId)) {
            throw new NotFoundException("customer", customerId);
        }
        LOG.info("customer {} erased on request", customerId);
    }
}
