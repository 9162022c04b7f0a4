package io.github.pdguard.analysis.source;

import com.github.javaparser.ast.CompilationUnit;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One analysed file: its syntax tree, or the reason it could not be read.
 *
 * @param unit    the parsed file, or {@code null} when it could not be parsed
 * @param problem why it could not be parsed, or {@code null}
 */
public record SourceFile(Path path, CompilationUnit unit, ParseProblem problem, int lineCount) {

    public Optional<CompilationUnit> compilationUnit() {
        return Optional.ofNullable(unit);
    }

    /** A file is its path; JavaParser's structural node hashCode would walk the whole tree. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile f && f.path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    /** Where and why a file could not be read or parsed; positions count from 1 (JavaParser's lexer may say column 0). */
    public record ParseProblem(int line, int column, String reason) {
        public ParseProblem {
            line = Math.max(1, line);
            column = Math.max(1, column);
        }
    }
}
