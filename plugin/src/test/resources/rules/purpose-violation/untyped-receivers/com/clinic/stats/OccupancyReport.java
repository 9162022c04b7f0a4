package com.clinic.stats;

import io.github.pdguard.annotations.ProcessingPurpose;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * SPEC 3.3, 3.6 Locations: reading declared data through a getter is a use, also when the
 * receiver's type comes from a lambda's target type or the getter is named by a bound method
 * reference (the use is at the method reference).
 */
@ProcessingPurpose("statistics")
public class OccupancyReport {

    public List<Admission> sorted(List<Admission> admissions) {
        return admissions.stream().sorted(Comparator.comparing(a -> a.getPatientName())).toList(); // EXPECT: purpose-violation
    }

    public String first(Admission admission) {
        Supplier<String> name = admission::getPatientName; // EXPECT: purpose-violation
        Supplier<String> id = admission::getAdmissionId; // clean: undeclared field
        return id.get() + name.get();
    }

    public Function<Admission, String> labeller() {
        Function<Admission, String> label = a -> "patient " + a.getPatientName(); // EXPECT: purpose-violation
        return label;
    }
}
