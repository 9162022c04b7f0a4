package com.shop.marketing;

import com.shop.customer.Customer;
import io.github.pdguard.annotations.ProcessingPurpose;

/** A type-level declaration beats the package's. */
@ProcessingPurpose("profiling")
public class ProfilingJob {
    public int ageBucket(Customer customer) {
        return customer.getDateOfBirth().getYear() / 10; // EXPECT: purpose-violation
    }

    public String domain(Customer customer) {
        return customer.getEmail().substring(customer.getEmail().indexOf('@')); // EXPECT: purpose-violation, purpose-violation
    }

    @ProcessingPurpose("age-verification")
    public boolean adult(Customer customer) {
        return customer.getDateOfBirth().isBefore(java.time.LocalDate.now().minusYears(18)); // clean: method declaration beats the type
    }
}
