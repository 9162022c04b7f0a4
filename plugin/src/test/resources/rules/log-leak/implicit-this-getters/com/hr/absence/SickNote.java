package com.hr.absence;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;
import lombok.extern.slf4j.Slf4j;

/**
 * SPEC 3.1: calling a record accessor of an annotated component is a source, also when the
 * record calls its own accessor without writing this.
 */
@Slf4j
public record SickNote(
        String employeeNumber,
        @Sensitive(category = SpecialCategory.HEALTH, purposes = "absence-management", retention = "P1Y",
                legalBasis = LegalBasis.LEGAL_OBLIGATION, condition = Article9Condition.EMPLOYMENT_AND_SOCIAL_SECURITY) String diagnosis) {

    public void file() {
        log.info("filing sick note of {}: {}", employeeNumber(), diagnosis()); // EXPECT: log-leak
        log.info("filing sick note of {}: {}", this.employeeNumber(), this.diagnosis()); // EXPECT: log-leak
        log.info("filing sick note of {}", employeeNumber()); // clean
    }
}
