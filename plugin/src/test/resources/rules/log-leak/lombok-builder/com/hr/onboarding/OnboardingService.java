package com.hr.onboarding;

import lombok.extern.slf4j.Slf4j;

/**
 * SPEC 3.6 Containers: an object of the analysed code built from personal data is personal data
 * only if its type is declared or its toString exposes declared fields, whether it is built with
 * new or with the builder Lombok generates.
 */
@Slf4j
public class OnboardingService {

    public NewHire hire(Applicant applicant, String account, String team) {
        NewHire built = NewHire.builder().hireId("H-1").team(team).name(applicant.getName()).salaryAccount(account).build();
        log.info("hired {}", built); // clean: NewHire's toString excludes name and salary account
        NewHire constructed = new NewHire("H-1", team, applicant.getName(), account);
        log.info("hired {}", constructed); // clean: the same object built with new
        log.info("hired {}", built.getName()); // EXPECT: log-leak
        Applicant copy = Applicant.builder().applicantId("A-1").name(applicant.getName()).build();
        log.info("applicant {}", copy); // EXPECT: log-leak
        return built;
    }
}
