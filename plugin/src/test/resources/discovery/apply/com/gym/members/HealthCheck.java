package com.gym.members;

import java.time.LocalDate;
import java.util.List;

/** The intake questionnaire before the first training. */
public record HealthCheck(
        long memberId,
        LocalDate date,
        String diagnosis,
        List<String> medications,
        boolean cleared) {
}
