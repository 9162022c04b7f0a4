package io.github.pdguard.analysis.source;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;

import java.util.Optional;

/**
 * The text of a parsed file, kept on its syntax tree instead of JavaParser's tokens: the tokens
 * of a file take several times the memory of its text, and pdguard needs the written form of a
 * node only to quote it in a message.
 */
public final class SourceText {
    private static final DataKey<String> TEXT = new DataKey<>() {
    };

    private SourceText() {
    }

    static void attach(CompilationUnit unit, String text) {
        unit.setData(TEXT, text);
    }

    /** The node as written in its file, or empty when the tree was not parsed from a file by pdguard. */
    public static Optional<String> of(Node node) {
        Optional<Range> range = node.getRange();
        Optional<CompilationUnit> unit = node.findCompilationUnit();
        if (range.isEmpty() || unit.isEmpty() || !unit.get().containsData(TEXT)) {
            return Optional.empty();
        }
        String text = unit.get().getData(TEXT);
        int begin = offset(text, range.get().begin);
        int end = offset(text, range.get().end);
        if (begin < 0 || end < 0 || end < begin) {
            return Optional.empty();
        }
        return Optional.of(text.substring(begin, Math.min(text.length(), end + 1)));
    }

    /** The offset of a 1-based line and column (JavaParser counts a tab as one column), or -1. */
    private static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 1; line < position.line; line++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return -1;
            }
        }
        int result = offset + position.column - 1;
        return result <= text.length() ? result : -1;
    }
}
