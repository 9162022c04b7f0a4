package com.example.crm.reporting;

import com.example.crm.domain.Customer;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts policyholders per age band, for the sales team's next term-life campaign. */
@ProcessingPurpose("sales")
public class AgeBandReport {

    private static final Logger LOG = LoggerFactory.getLogger(AgeBandReport.class);

    private final PolicyholderSource source;

    public AgeBandReport(PolicyholderSource source) {
        this.source = source;
    }

    public Map<String, Long> build(LocalDate today) {
        Map<String, Long> bands = new TreeMap<>();
        for (Customer customer : source.withActivePolicies(today)) {
            // The date of birth was collected for the contract and underwriting, not for sales.
            int age = Period.between(customer.getDateOfBirth(), today).getYears();
            bands.merge(band(age), 1L, Long::sum);
        }
        LOG.info("Age bands for the campaign: {}", bands);
        return bands;
    }

    private static String band(int age) {
        if (age < 30) {
            return "18-29";
        }
        if (age < 45) {
            return "30-44";
        }
        return age < 60 ? "45-59" : "60+";
    }
}
