package com.clinic.appointments;

import java.time.LocalDateTime;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.util.Supplier;

/** Books appointments; logs through the Log4j 2 API. */
public class AppointmentService {
    private static final Logger LOGGER = LogManager.getLogger(AppointmentService.class);

    public void book(Patient patient, LocalDateTime slot, String room) {
        LOGGER.trace("booking {} for {}", slot, patient.getName()); // EXPECT: log-leak
        LOGGER.trace("booking {} in room {}", slot, room); // clean
        LOGGER.debug("calling {} to confirm", patient.getPhone()); // EXPECT: log-leak
        LOGGER.debug("confirming patient {}", patient.getPatientNumber()); // clean: a pseudonymous number
        LOGGER.info("booked {} for diagnosis " + patient.getDiagnosis(), slot); // EXPECT: log-leak
        LOGGER.info("booked {} in {}", slot, room); // clean
        LOGGER.warn("double booking for {}", patient.getName()); // EXPECT: log-leak
        LOGGER.warn("double booking in room {}", room); // clean
        LOGGER.error("no doctor for {}", patient.getDiagnosis()); // EXPECT: log-leak
        LOGGER.error("no doctor available at {}", slot); // clean
        LOGGER.fatal("booking store lost the entry of {}", patient.getName()); // EXPECT: log-leak
        LOGGER.fatal("booking store unavailable"); // clean
    }

    public void generic(Patient patient, String room) {
        LOGGER.log(Level.INFO, "patient {} waiting", patient.getName()); // EXPECT: log-leak
        LOGGER.log(Level.INFO, "room {} ready", room); // clean
        LOGGER.printf(Level.INFO, "calling %s at %s", patient.getName(), patient.getPhone()); // EXPECT: log-leak
        LOGGER.printf(Level.INFO, "room %s is free", room); // clean
    }

    public void lazy(Patient patient, String room) {
        LOGGER.debug("diagnosis {}", () -> patient.getDiagnosis()); // EXPECT: log-leak
        LOGGER.debug(() -> "patient " + patient.getName() + " arrived"); // EXPECT: log-leak
        LOGGER.debug("room {}", () -> room); // clean
        LOGGER.debug(() -> "room " + room + " prepared"); // clean
        LOGGER.debug("name length {}", () -> patient.getName().length()); // clean: an int
        LOGGER.trace("phone {}", (Supplier<String>) () -> patient.getPhone()); // EXPECT: log-leak
        LOGGER.trace("number {}", (Supplier<String>) () -> patient.getPatientNumber()); // clean: undeclared field
    }

    public void fluent(Patient patient, String room) {
        LOGGER.atInfo().log("patient {} checked in", patient.getName()); // EXPECT: log-leak
        LOGGER.atInfo().log("room {} checked in", room); // clean
        LOGGER.atWarn().withLocation().log("diagnosis {} needs a specialist", patient.getDiagnosis()); // EXPECT: log-leak
        LOGGER.atWarn().withLocation().log("room {} needs cleaning", room); // clean
        LOGGER.atLevel(Level.ERROR).log("cannot reach {}", patient.getPhone()); // EXPECT: log-leak
        LOGGER.atLevel(Level.ERROR).log("cannot reach room {}", room); // clean
    }

    public void context(Patient patient, String requestId) {
        ThreadContext.put("patient", patient.getName()); // EXPECT: log-leak
        ThreadContext.put("requestId", requestId); // clean
        ThreadContext.push(patient.getPhone()); // EXPECT: log-leak
        ThreadContext.push(requestId); // clean
        ThreadContext.clearAll();
    }
}
