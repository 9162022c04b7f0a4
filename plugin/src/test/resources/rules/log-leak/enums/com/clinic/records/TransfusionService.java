package com.clinic.records;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Orders blood for transfusions. Enum constants are constants; enum values read from a record are data. */
public class TransfusionService {
    private static final Logger LOG = LoggerFactory.getLogger(TransfusionService.class);

    public void order(PatientRecord record) {
        LOG.info("ordering blood for {}", record.getBloodType()); // EXPECT: log-leak
        LOG.info("blood type {}", record.getBloodType().name()); // EXPECT: log-leak
        LOG.info("blood type ordinal {}", record.getBloodType().ordinal()); // clean: ordinal is a number
        LOG.info("universal donor stock low: {}", BloodType.ZERO_NEG); // clean: an enum constant
        LOG.info("universal donor: {}", record.getBloodType() == BloodType.ZERO_NEG); // clean: comparison
        LOG.info("gender {}", record.getGender()); // EXPECT: log-leak
        LOG.info("default {}", PatientRecord.Gender.UNDISCLOSED); // clean: an enum constant
        LOG.info("ward {}", record.getWard()); // clean: Ward is not declared
        LOG.info("ward {}", Ward.CARDIOLOGY.name()); // clean
        LOG.info("fallback {}", record.getBloodType() == null ? BloodType.ZERO_NEG.name() : "matched"); // clean: constants only
        switch (record.getBloodType()) {
            case AB_POS -> LOG.info("any donor fits record {}", record.getRecordNumber()); // clean
            default -> LOG.info("matching donor needed for {}", record.getRecordNumber()); // clean
        }
    }
}
