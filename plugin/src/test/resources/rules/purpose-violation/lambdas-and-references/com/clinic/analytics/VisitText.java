package com.clinic.analytics;

/** An undeclared helper used through method references. */
final class VisitText {
    private VisitText() {
    }

    static String namedCode(Visit visit) {
        return visit.patientName() + " " + visit.icdCode(); // EXPECT: purpose-violation
    }
}
