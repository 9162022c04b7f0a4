package com.hr.recruiting;

import lombok.extern.slf4j.Slf4j;

/** Runs the hiring process. Lombok-generated getters of declared fields are sources. */
@Slf4j
public class RecruitingService {

    public void schedule(Candidate candidate, Interview interview, Referral referral, Offer offer) {
        log.info("inviting {}", candidate.getFullName()); // EXPECT: log-leak
        log.info("calling {}", candidate.getPhone()); // EXPECT: log-leak
        log.info("adjustments needed: {}", candidate.isDisabled()); // EXPECT: log-leak
        log.info("inviting candidate {} for {}", candidate.getCandidateId(), candidate.getPosition()); // clean
        log.info("candidate {}", candidate); // clean: every declared field is excluded from toString
        log.info("notes {}", interview.getInterviewerNotes()); // EXPECT: log-leak
        log.info("dial in {}", interview.getDialInNumber()); // EXPECT: log-leak
        log.info("room {}", interview.getRoom()); // clean
        log.info("referred by {}", referral.getReferredBy()); // EXPECT: log-leak
        log.info("referral {}", referral.getReferralCode()); // clean
        log.info("referral {}", referral); // EXPECT: log-leak
        log.info("salary {}", offer.getSalary()); // EXPECT: log-leak
        log.info("offer {}", offer.getOfferId()); // clean
        candidate.setPhone(null);
        log.info("phone removed for {}", candidate.getCandidateId()); // clean
    }
}
