package com.clinic.intake;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sorts incoming patients; locals are followed in control-flow order. */
public class TriageService {
    private static final Logger LOG = LoggerFactory.getLogger(TriageService.class);

    public void statementOrder(IntakeForm form) {
        String label = form.getFormId();
        LOG.info("triage {}", label); // clean: label holds the form id here
        label = form.getPatientName();
        LOG.info("triage {}", label); // EXPECT: log-leak
        label = "anonymous";
        LOG.info("triage {}", label); // clean: overwritten with a constant
    }

    public void ifElse(IntakeForm form) {
        String headline;
        if (form.isEmergency()) {
            headline = form.getComplaint();
            LOG.warn("emergency: {}", headline); // EXPECT: log-leak
        } else {
            headline = form.getWard();
            LOG.info("routine: {}", headline); // clean: only the then branch assigned personal data
        }
        LOG.info("headline {}", headline); // EXPECT: log-leak
    }

    public void ifWithoutElse(IntakeForm form) {
        String ward = form.getWard();
        if (ward == null) {
            ward = form.getPatientName();
        }
        LOG.info("sending to {}", ward); // EXPECT: log-leak
    }

    public void bothBranchesClean(IntakeForm form) {
        String target;
        if (form.isEmergency()) {
            target = "ER";
        } else {
            target = form.getWard();
        }
        LOG.info("sending to {}", target); // clean: neither branch assigned personal data
    }

    public void earlyReturn(IntakeForm form) {
        String summary = form.getFormId();
        if (form.getComplaint() == null) {
            LOG.info("no complaint on {}", summary); // clean
            return;
        }
        summary = summary + ": " + form.getComplaint();
        LOG.info("complaint {}", summary); // EXPECT: log-leak
    }

    public void loops(List<IntakeForm> forms) {
        String last = "";
        for (IntakeForm form : forms) {
            LOG.debug("previous {}", last); // EXPECT: log-leak
            last = form.getPatientName();
        }
        LOG.info("last patient {}", last); // EXPECT: log-leak
        int count = 0;
        for (int i = 0; i < forms.size(); i++) {
            count++;
        }
        LOG.info("{} forms", count); // clean
        String ward = "none";
        while (ward.equals("none")) {
            ward = forms.get(0).getWard();
        }
        LOG.info("first ward {}", ward); // clean
    }

    public void symptoms(IntakeForm form) {
        for (String symptom : form.getSymptoms()) {
            LOG.debug("symptom {}", symptom); // clean: symptoms are not declared
        }
        StringBuilder names = new StringBuilder();
        do {
            names.append(form.getPatientName());
        } while (names.length() < 10);
        LOG.debug("names {}", names); // EXPECT: log-leak
    }

    public void tryCatch(IntakeForm form) {
        String detail = form.getFormId();
        try {
            detail = form.getComplaint().trim();
            LOG.debug("parsed {}", detail); // EXPECT: log-leak
        } catch (NullPointerException e) {
            LOG.warn("form {} has no complaint", form.getFormId(), e); // clean: the caught exception is not personal data
        } finally {
            LOG.debug("done with {}", detail); // EXPECT: log-leak
        }
        String ward = form.getWard();
        try {
            ward = ward.toUpperCase();
        } catch (RuntimeException e) {
            ward = "UNKNOWN";
        }
        LOG.info("ward {}", ward); // clean
    }

    public void switches(IntakeForm form, int priority) {
        String note = "routine";
        switch (priority) {
            case 1:
                note = form.getComplaint();
                break;
            case 2:
                note = form.getWard();
                break;
            default:
                note = "routine";
        }
        LOG.info("note {}", note); // EXPECT: log-leak
        String colour = switch (priority) {
            case 1 -> "red";
            case 2 -> "orange";
            default -> form.getWard();
        };
        LOG.info("colour {}", colour); // clean
        String tag = switch (priority) {
            case 1 -> form.getPatientName();
            default -> {
                String ward = form.getWard();
                yield ward;
            }
        };
        LOG.info("tag {}", tag); // EXPECT: log-leak
    }
}
