package com.example.crm.reporting;

import com.example.crm.domain.Customer;
import com.example.crm.domain.PostalAddress;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The nightly export of all policyholders to the reinsurer's contract register. */
@ProcessingPurpose("contract-administration")
public class PolicyholderExportJob {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyholderExportJob.class);

    private final PolicyholderSource source;
    private final Path exportDirectory;

    public PolicyholderExportJob(PolicyholderSource source, Path exportDirectory) {
        this.source = source;
        this.exportDirectory = exportDirectory;
    }

    public int run(LocalDate exportDate) throws IOException {
        List<Customer> customers = source.withActivePolicies(exportDate);
        LOG.info("Export {} starts with {} policyholders", exportDate, customers.size());
        Path file = exportDirectory.resolve("policyholders-" + exportDate + ".csv");
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("customer_number;name;date_of_birth;postal_code;city");
            out.newLine();
            for (Customer customer : customers) {
                if (customer.getAddress() == null) {
                    LOG.warn("Customer {} ({}) has no postal address, not exported", customer.getCustomerNumber(), customer.getFullName());
                    continue;
                }
                checkOfAge(customer, exportDate);
                out.write(row(customer));
                out.newLine();
                written++;
            }
        }
        LOG.info("Export {} wrote {} rows to {}", exportDate, written, file.getFileName());
        return written;
    }

    private static String row(Customer customer) {
        PostalAddress address = customer.getAddress();
        LOG.debug("Exporting customer {} from {}", customer.getCustomerNumber(), address.city());
        return String.join(";", customer.getCustomerNumber(), customer.getFullName(),
                customer.getDateOfBirth().toString(), address.postalCode(), address.city());
    }

    private static void checkOfAge(Customer customer, LocalDate exportDate) {
        if (customer.getDateOfBirth().isAfter(exportDate.minusYears(18))) {
            throw new IllegalStateException("policyholder " + customer.getCustomerNumber() + " born "
                    + customer.getDateOfBirth() + " is not of age; fix the contract before the export");
        }
    }
}
