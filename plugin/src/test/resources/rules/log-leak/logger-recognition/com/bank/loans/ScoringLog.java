package com.bank.loans;

import java.util.ArrayList;
import java.util.List;

/** The analysed code's own score journal: it has info and warn methods but is no logging API. */
public class ScoringLog {
    private final List<String> lines = new ArrayList<>();

    public void info(String line) {
        lines.add(line);
    }

    public void warn(String format, Object... arguments) {
        lines.add(String.format(format, arguments));
    }

    public int size() {
        return lines.size();
    }
}
