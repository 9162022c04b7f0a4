package com.clinic.billing;

import org.jboss.logging.Logger;

/** Submits claims to insurers; a Quarkus-style service logging through JBoss Logging. */
public class ClaimSubmitter {
    private static final Logger LOG = Logger.getLogger(ClaimSubmitter.class);

    public void submit(InsuredPerson person, String claimId, int items) {
        LOG.infof("claim %s for %s", claimId, person.getName()); // EXPECT: log-leak
        LOG.debugf("insurance number %s", person.getInsuranceNumber()); // EXPECT: log-leak
        LOG.tracef("claim %s, %d items, insured %s", claimId, items, person.getInsuranceNumber()); // EXPECT: log-leak
        LOG.warnf("insurer rejected %s", person.getName()); // EXPECT: log-leak
        LOG.errorf("claim for %s failed", person.getName()); // EXPECT: log-leak
        LOG.debugv("claim {0} for {1}", claimId, person.getName()); // EXPECT: log-leak
        LOG.infov("insured {0}", person.getInsuranceNumber()); // EXPECT: log-leak
        LOG.info("claim submitted for " + person.getName()); // EXPECT: log-leak
        LOG.error("claim rejected for " + person.getInsuranceNumber(), new IllegalStateException("rejected")); // EXPECT: log-leak
        LOG.logf(Logger.Level.INFO, "claim for %s", person.getName()); // EXPECT: log-leak
        LOG.infof("claim %s with %d items sent to %s", claimId, items, person.getInsurer()); // clean: insurer is not personal
        LOG.debugv("claim {0}", claimId); // clean
        LOG.info("claim " + claimId + " submitted"); // clean
        LOG.logf(Logger.Level.INFO, "claim %s", claimId); // clean
    }
}
