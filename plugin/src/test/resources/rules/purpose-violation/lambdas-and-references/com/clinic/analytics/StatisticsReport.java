package com.clinic.analytics;

import io.github.pdguard.annotations.ProcessingPurpose;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Statistics for the health authority: lambdas, anonymous classes and method references belong to the enclosing method. */
@ProcessingPurpose("statistics")
public class StatisticsReport {

    public Map<String, Long> byCode(List<Visit> visits) {
        return visits.stream().collect(Collectors.groupingBy(Visit::icdCode, Collectors.counting())); // clean: icdCode allows statistics
    }

    public List<String> names(List<Visit> visits) {
        return visits.stream().map(Visit::patientName).toList(); // EXPECT: purpose-violation
    }

    public List<String> sortedByName(List<Visit> visits) {
        return visits.stream().sorted(Comparator.comparing(Visit::patientName)).map(Visit::visitId).toList(); // EXPECT: purpose-violation
    }

    public List<String> labels(List<Visit> visits) {
        return visits.stream().map(VisitText::namedCode).toList(); // clean: the reads are inside VisitText
    }

    public void regions(List<Visit> visits, List<String> out) {
        visits.forEach(v -> out.add(v.postcode().substring(0, 2))); // clean: postcode allows statistics
        visits.forEach(v -> {
            if (v.icdCode().startsWith("J")) {
                out.add(v.patientName()); // EXPECT: purpose-violation
            }
        });
    }

    public Callable<List<String>> later(List<Visit> visits) {
        return new Callable<>() {
            @Override
            public List<String> call() {
                List<String> rows = new ArrayList<>();
                for (Visit visit : visits) {
                    rows.add(visit.icdCode() + ";" + visit.postcode()); // clean
                    rows.add(visit.patientName()); // EXPECT: purpose-violation
                }
                return rows;
            }
        };
    }
}
