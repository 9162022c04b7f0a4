package com.example.helpdesk.customer;

import com.example.helpdesk.support.HelpdeskMailer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-up and account changes. */
public class CustomerService {
    private static final Logger log = LoggerFactory.getLogger(CustomerService.class);

    private final CustomerRepository customers;
    private final HelpdeskMailer mailer;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong(1000);

    public CustomerService(CustomerRepository customers, HelpdeskMailer mailer, Clock clock) {
        this.customers = customers;
        this.mailer = mailer;
        this.clock = clock;
    }

    public long register(RegistrationRequest request) {
        if (!Customer.EMAIL_PATTERN.matcher(request.email()).matches()) {
            log.warn("rejected sign-up: invalid e-mail address {}", request.email());
            throw new IllegalArgumentException("invalid e-mail address");
        }
        Customer customer = new Customer(sequence.incrementAndGet(), request.firstName(), request.lastName(),
                request.email(), clock.instant());
        customer.setDateOfBirth(request.dateOfBirth());
        customer.setAddress(new Address(request.street(), request.houseNumber(), request.postalCode(), request.city(), "GB"));
        customer.setPasswordHash(hash(request.password()));
        customers.save(customer);
        log.info("registered customer {} <{}>", customer.getFullName(), customer.getEmail());
        mailer.send(customer.getEmail(), "Welcome to the shop", "Hello " + customer.getFirstName());
        return customer.getId();
    }

    public void changePhone(long customerId, String phone) {
        Customer customer = customers.get(customerId);
        customer.setPhone(phone);
        log.info("customer {} changed the phone number", customerId);
    }

    private static String hash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
