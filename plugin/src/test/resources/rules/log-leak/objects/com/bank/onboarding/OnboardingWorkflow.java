package com.bank.onboarding;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens accounts. Objects are personal data by their type or by what their toString shows. */
public class OnboardingWorkflow {
    private static final Logger LOG = LoggerFactory.getLogger(OnboardingWorkflow.class);

    public void start(Applicant applicant, KycCheck check, ProofOfAddress proof, List<Applicant> queue) {
        LOG.info("starting onboarding of {}", applicant); // EXPECT: log-leak
        LOG.info("queue {}", queue); // EXPECT: log-leak
        LOG.info("application {} at {}", applicant.getApplicationNumber(), applicant.getBranch()); // clean: unannotated fields of a declared type
        LOG.info("running {}", check); // clean: KycCheck keeps Object's toString
        LOG.info("passport {}", check.getPassportNumber()); // EXPECT: log-leak
        LOG.info("check {}", check.getCheckId()); // clean
        LOG.info("proof {}", proof); // EXPECT: log-leak
        LOG.info("proof document {}", proof.getDocumentId()); // clean
        LOG.info("proof class {}", proof.getClass().getSimpleName()); // clean: getClass
        Applicant next = queue.get(0);
        LOG.info("next {}", next); // EXPECT: log-leak
        LOG.info("{} applicants waiting", queue.size()); // clean
    }
}
