package com.clinic.triage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPEC 3.6 Flow: locals are tracked in control-flow order. In a classic switch without break,
 * control falls through from one case into the next, so the next case sees what the first assigned.
 */
public class EmergencyTriage {
    private static final Logger LOG = LoggerFactory.getLogger(EmergencyTriage.class);

    public void assess(Arrival arrival, int level) {
        String note = arrival.getArrivalId();
        switch (level) {
            case 1:
                note = arrival.getSymptoms();
                // fall through: level 1 is also paged like level 2
            case 2:
                LOG.warn("paging the on-call doctor: {}", note); // EXPECT: log-leak
                break;
            case 3:
                LOG.info("waiting room: {}", note); // clean: case 3 is only entered directly, note holds the id
                break;
            default:
                LOG.info("self care: {}", note); // clean
        }
    }
}
