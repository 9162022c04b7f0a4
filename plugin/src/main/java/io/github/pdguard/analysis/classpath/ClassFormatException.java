package io.github.pdguard.analysis.classpath;

import java.io.IOException;

/** A class file that does not follow the class-file format (JVMS §4): truncated, wrong magic, bad constant. */
public final class ClassFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ClassFormatException(String message) {
        super(message);
    }
}
