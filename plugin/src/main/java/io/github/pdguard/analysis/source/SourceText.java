package io.github.pdguard.analysis.source;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a parsed file's text is, kept on its syntax tree instead of JavaParser's tokens or the
 * text itself: pdguard needs the written form of a node only to quote it in a message, so the
 * file is read again then (the text of every file would be 5 % of the heap).
 */
public final class SourceText {
    private static final DataKey<File> TEXT = new DataKey<>() {
    };

    private SourceText() {
    }

    /** The file the tree was parsed from, and the encoding it was read in. */
    private record File(Path path, Charset encoding) {
        Optional<String> read() {
            try {
                String text = new String(Files.readAllBytes(path), encoding);
                return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    static void attach(CompilationUnit unit, Path path, Charset encoding) {
        unit.setData(TEXT, new File(path, encoding));
    }

    /** The node as written in its file, or empty when the tree was not parsed from a file by pdguard. */
    public static Optional<String> of(Node node) {
        Optional<Range> range = node.getRange();
        Optional<CompilationUnit> unit = node.findCompilationUnit();
        if (range.isEmpty() || unit.isEmpty() || !unit.get().containsData(TEXT)) {
            return Optional.empty();
        }
        Optional<String> read = unit.get().getData(TEXT).read();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String text = read.get();
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
