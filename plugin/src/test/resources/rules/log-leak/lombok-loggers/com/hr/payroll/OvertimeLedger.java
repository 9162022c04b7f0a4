package com.hr.payroll;

import java.util.ArrayList;
import java.util.List;

/** Not annotated with a Lombok logger: its own field called log is a list, not a logger. */
public class OvertimeLedger {
    private final List<String> log = new ArrayList<>();

    public void record(Employee employee, int hours) {
        log.add(employee.getName() + ": " + hours + "h"); // clean: a list of the analysed code's own, not a log sink
    }
}
