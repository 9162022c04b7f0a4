package com.example.crm.reporting;

import com.example.crm.domain.Beneficiary;
import com.example.crm.domain.Customer;
import java.time.LocalDate;
import java.util.List;

/** Reads the CRM's read replica. */
public interface PolicyholderSource {

    List<Customer> withActivePolicies(LocalDate on);

    List<Beneficiary> beneficiariesPaidOn(LocalDate day);
}
