package com.bank.loans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs credit checks. Loggers are recognised by their type, whatever they are called. */
public class CreditCheckService {
    private static final Logger LOG = LoggerFactory.getLogger(CreditCheckService.class);
    private static final Logger audit = LoggerFactory.getLogger("audit.credit");
    private static final org.apache.logging.log4j.Logger trail = org.apache.logging.log4j.LogManager.getLogger("trail");
    private final Logger logger = LoggerFactory.getLogger(getClass());
    private final Logger log;
    private final ScoringLog scoring = new ScoringLog();

    public CreditCheckService(Logger injected) {
        this.log = injected;
    }

    public int check(LoanApplicant applicant) {
        LOG.info("checking {}", applicant.getName()); // EXPECT: log-leak
        audit.info("income {} declared", applicant.getMonthlyIncome()); // EXPECT: log-leak
        trail.info("applicant {}", applicant.getName()); // EXPECT: log-leak
        logger.debug("income {}", applicant.getMonthlyIncome()); // EXPECT: log-leak
        this.logger.debug("applicant {}", applicant.getName()); // EXPECT: log-leak
        log.warn("manual review for {}", applicant.getName()); // EXPECT: log-leak
        this.log.warn("manual review, income {}", applicant.getMonthlyIncome()); // EXPECT: log-leak
        Logger local = LoggerFactory.getLogger("credit.decisions");
        local.info("decision for {}", applicant.getName()); // EXPECT: log-leak
        var inferred = LoggerFactory.getLogger("credit.decisions");
        inferred.info("decision for {}", applicant.getName()); // EXPECT: log-leak
        LOG.info("checking application {}", applicant.getApplicationId()); // clean: technical id
        log.warn("manual review for application {}", applicant.getApplicationId()); // clean
        local.info("decision for application {}", applicant.getApplicationId()); // clean
        scoring.info("applicant " + applicant.getName()); // clean: ScoringLog is not a logging API
        scoring.warn("income %d", applicant.getMonthlyIncome()); // clean: ScoringLog is not a logging API
        return 0;
    }
}
