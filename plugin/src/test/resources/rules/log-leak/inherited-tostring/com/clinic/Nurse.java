package com.clinic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A nurse inherits Person's toString(): logging one shows the name. */
public class Nurse extends Person {
    private static final Logger LOG = LoggerFactory.getLogger(Nurse.class);
    private String ward;

    public void startShift() {
        LOG.info("shift started by {}", this); // EXPECT: log-leak
        LOG.info("ward {}", ward); // clean: not declared
    }
}
