package com.hr.absence;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Data;
import lombok.extern.slf4j.Slf4j;

/** The same for a Lombok getter called without a receiver inside its own class. */
@Slf4j
@Data
public class AbsenceRequest {
    private String requestId;

    @PersonalData(category = Category.CONTACT, purposes = "absence-management", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
    private String holidayAddress;

    public void submit() {
        log.info("request {} reachable at {}", getRequestId(), getHolidayAddress()); // EXPECT: log-leak
        log.info("request {} reachable at {}", this.getRequestId(), this.getHolidayAddress()); // EXPECT: log-leak
        log.info("request {} submitted", getRequestId()); // clean
    }
}
