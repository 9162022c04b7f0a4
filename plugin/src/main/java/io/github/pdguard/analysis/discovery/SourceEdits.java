package io.github.pdguard.analysis.discovery;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.pdguard.analysis.model.ProjectIndex;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code discover -Dpdguard.apply=true}: the text edits that declare candidates. Each edit is a
 * plain insertion into the file's original text, so everything else stays byte for byte: the
 * suggested annotation on its own line above the field or record component, with the line's own
 * indentation (or, when the declaration shares its line with other code, in front of it on that
 * line), and the imports of the annotation and its category enum after the existing imports (or
 * after the package declaration). Where the file already has another type of the same simple name
 * ({@code Category} is a common class name), the annotation names pdguard's type with its package
 * instead of importing it. No pretty printer is involved.
 */
public final class SourceEdits {

    /** Text inserted at an offset of the original text. */
    public record Insertion(int offset, String text) {
    }

    /** A candidate that was not declared, and why. */
    public record Skipped(Candidate candidate, String reason) {
    }

    /**
     * The edits of one file.
     *
     * @param original the file's text as read (a byte-order mark included)
     * @param updated  the text with every insertion made
     */
    public record FileEdit(Path file, Charset encoding, String original, String updated, List<Insertion> insertions,
                           List<Candidate> declared, List<Skipped> skipped) {

        public boolean changed() {
            return !insertions.isEmpty();
        }

        /** Writes the updated text, atomically (a temporary file beside it, then a move). */
        public void write() throws IOException {
            if (!changed()) {
                return;
            }
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".pdguard");
            try {
                Files.write(temporary, updated.getBytes(encoding));
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private SourceEdits() {
    }

    /** The edits for every file with unsuppressed candidates, in file order. */
    public static List<FileEdit> plan(DiscoveryRun run, Charset encoding) throws IOException {
        Map<Path, List<Candidate>> byFile = new LinkedHashMap<>();
        for (Candidate candidate : run.unsuppressed()) {
            byFile.computeIfAbsent(candidate.file().path(), p -> new ArrayList<>()).add(candidate);
        }
        List<FileEdit> edits = new ArrayList<>();
        for (Map.Entry<Path, List<Candidate>> entry : byFile.entrySet()) {
            edits.add(plan(entry.getKey(), entry.getValue(), run.declarations().projectIndex(), encoding));
        }
        return edits;
    }

    /** The edits of one file: {@code candidates} are all in it. */
    public static FileEdit plan(Path file, List<Candidate> candidates, ProjectIndex index, Charset encoding) throws IOException {
        String text = decode(Files.readAllBytes(file), encoding, file);
        Lines lines = new Lines(text);
        CompilationUnit unit = candidates.get(0).declaration().findCompilationUnit()
                .orElseThrow(() -> new IllegalStateException("candidate outside a compilation unit in " + file));
        Naming naming = Naming.of(unit, index);

        List<Insertion> insertions = new ArrayList<>();
        List<Candidate> declared = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Set<String> importsNeeded = new TreeSet<>();

        // One annotation per declaration: a field declaration may declare several variables.
        Map<Node, List<Candidate>> byDeclaration = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        for (Candidate candidate : candidates) {
            byDeclaration.computeIfAbsent(candidate.declaration(), d -> {
                order.add(d);
                return new ArrayList<>();
            }).add(candidate);
        }
        for (Node declaration : order) {
            List<Candidate> group = byDeclaration.get(declaration);
            Candidate first = group.get(0);
            String reason = null;
            if (declaration instanceof FieldDeclaration field && field.getVariables().size() != group.size()) {
                reason = "the declaration also declares variables that do not look like personal data; split it and run again";
            } else if (group.stream().map(c -> c.match().categoryName()).distinct().count() > 1) {
                reason = "the variables of one declaration look like different categories; split it and run again";
            }
            Position begin = declaration.getBegin().orElse(null);
            Integer offset = begin == null ? null : lines.offset(begin);
            if (reason == null && (offset == null || !startsWithFirstToken(text, offset, declaration))) {
                reason = "cannot find the declaration's text at " + (begin == null ? "an unknown position" : begin)
                        + " (unusual characters before it on its line)";
            }
            if (reason != null) {
                for (Candidate candidate : group) {
                    skipped.add(new Skipped(candidate, reason));
                }
                continue;
            }
            String annotation = naming.annotation(first.match());
            String indent = lines.indentBefore(begin);
            if (indent != null) {
                insertions.add(new Insertion(lines.lineStart(begin.line), indent + annotation + lines.separator()));
            } else {
                insertions.add(new Insertion(offset, annotation + " "));
            }
            importsNeeded.addAll(naming.importsFor(first.match()));
            declared.addAll(group);
        }
        if (!importsNeeded.isEmpty()) {
            insertions.addAll(imports(unit, lines, importsNeeded));
        }
        // Splice from the end so that earlier offsets stay valid; equal offsets keep their order.
        List<Insertion> ordered = new ArrayList<>(insertions);
        ordered.sort(Comparator.comparingInt(Insertion::offset));
        StringBuilder updated = new StringBuilder(text);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            updated.insert(ordered.get(i).offset(), ordered.get(i).text());
        }
        return new FileEdit(file, encoding, text, updated.toString(), List.copyOf(ordered), List.copyOf(declared),
                List.copyOf(skipped));
    }

    private static boolean startsWithFirstToken(String text, int offset, Node declaration) {
        String token = declaration.getTokenRange().map(TokenRange::getBegin).map(JavaToken::getText).orElse(null);
        return token != null && text.startsWith(token, offset);
    }

    /**
     * Import lines for pdguard types: among the existing imports in alphabetical place where the
     * imports are one per line (else after the last one); with only static imports, before them and
     * a blank line; with none, after the package declaration and a blank line.
     */
    private static List<Insertion> imports(CompilationUnit unit, Lines lines, Set<String> simpleNames) {
        String separator = lines.separator();
        Map<Integer, StringBuilder> byOffset = new TreeMap<>();
        List<ImportDeclaration> regular = unit.getImports().stream().filter(i -> !i.isStatic()).toList();
        List<ImportDeclaration> statics = unit.getImports().stream().filter(ImportDeclaration::isStatic).toList();
        for (String simpleName : simpleNames) {
            String qualified = Suggestion.PACKAGE + "." + simpleName;
            String line = "import " + qualified + ";" + separator;
            if (!regular.isEmpty()) {
                Integer at = null;
                for (ImportDeclaration existing : regular) {
                    Position begin = existing.getBegin().orElse(null);
                    if (existing.getNameAsString().compareTo(qualified) > 0) {
                        at = begin != null && lines.indentBefore(begin) != null ? lines.lineStart(begin.line) : null;
                        break;
                    }
                }
                if (at == null) {
                    int end = regular.get(regular.size() - 1).getEnd().map(p -> p.line).orElse(1);
                    at = lines.lineStartOrEnd(end + 1);
                    line = lines.separatorIfLast(end) + line;
                }
                byOffset.computeIfAbsent(at, o -> new StringBuilder()).append(line);
            } else if (!statics.isEmpty() && statics.get(0).getBegin().filter(b -> lines.indentBefore(b) != null).isPresent()) {
                int at = lines.lineStart(statics.get(0).getBegin().get().line);
                byOffset.computeIfAbsent(at, o -> new StringBuilder()).append(line);
            } else if (unit.getPackageDeclaration().isPresent()) {
                int end = unit.getPackageDeclaration().get().getEnd().map(p -> p.line).orElse(1);
                int at = lines.lineStartOrEnd(end + 1);
                byOffset.computeIfAbsent(at, o -> new StringBuilder(lines.separatorIfLast(end) + separator)).append(line);
            } else {
                byOffset.computeIfAbsent(lines.lineStart(1), o -> new StringBuilder()).append(line);
            }
        }
        List<Insertion> insertions = new ArrayList<>();
        boolean blankAfter = regular.isEmpty() && (!statics.isEmpty() || unit.getPackageDeclaration().isEmpty());
        byOffset.forEach((offset, text) -> insertions.add(new Insertion(offset, blankAfter ? text + separator : text.toString())));
        return insertions;
    }

    private static String decode(byte[] bytes, Charset encoding, Path file) throws IOException {
        try {
            return encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not valid " + encoding.name() + "; set project.build.sourceEncoding", e);
        }
    }

    /** Line starts of a text as JavaParser counts lines (CR LF, LF or CR end a line). */
    private static final class Lines {
        private final String text;
        private final int bom;
        private final List<Integer> starts = new ArrayList<>();
        private final String separator;

        Lines(String text) {
            this.text = text;
            this.bom = text.startsWith("\uFEFF") ? 1 : 0;
            starts.add(bom);
            String firstSeparator = null;
            for (int i = bom; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' || c == '\n') {
                    int next = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    if (firstSeparator == null) {
                        firstSeparator = text.substring(i, next);
                    }
                    starts.add(next);
                    i = next - 1;
                }
            }
            this.separator = firstSeparator == null ? System.lineSeparator() : firstSeparator;
        }

        String separator() {
            return separator;
        }

        int lineStart(int line) {
            return starts.get(line - 1);
        }

        /** The start of a line, or the end of the text when the text has fewer lines. */
        int lineStartOrEnd(int line) {
            return line - 1 < starts.size() ? starts.get(line - 1) : text.length();
        }

        /** A separator when {@code line} is the last line and does not end with one. */
        String separatorIfLast(int line) {
            return line >= starts.size() && !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r") ? separator : "";
        }

        Integer offset(Position position) {
            if (position.line < 1 || position.line > starts.size()) {
                return null;
            }
            int offset = starts.get(position.line - 1) + position.column - 1;
            return offset <= text.length() ? offset : null;
        }

        /** The whitespace before a position on its line, or {@code null} when other text precedes it. */
        String indentBefore(Position position) {
            int start = lineStart(position.line);
            Integer offset = offset(position);
            if (offset == null) {
                return null;
            }
            String before = text.substring(start, offset);
            return before.isBlank() ? before : null;
        }
    }

    /** Which pdguard names a file can use by their simple name, and which imports it needs. */
    private record Naming(Set<String> qualified, Set<String> present) {

        static Naming of(CompilationUnit unit, ProjectIndex index) {
            Set<String> qualified = new TreeSet<>();
            Set<String> present = new TreeSet<>();
            String packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
            boolean onDemand = unit.getImports().stream().anyMatch(i -> !i.isStatic() && i.isAsterisk()
                    && i.getNameAsString().equals(Suggestion.PACKAGE));
            for (String simpleName : List.of("PersonalData", "Category", "Sensitive", "SpecialCategory")) {
                String ours = Suggestion.PACKAGE + "." + simpleName;
                ImportDeclaration single = unit.getImports().stream()
                        .filter(i -> !i.isStatic() && !i.isAsterisk() && i.getName().getIdentifier().equals(simpleName))
                        .findFirst().orElse(null);
                boolean declaredHere = unit.findAll(TypeDeclaration.class).stream()
                        .anyMatch(t -> t.getNameAsString().equals(simpleName));
                boolean samePackage = !packageName.equals(Suggestion.PACKAGE)
                        && index.type(packageName.isEmpty() ? simpleName : packageName + "." + simpleName).isPresent();
                if (single != null && single.getNameAsString().equals(ours) && !declaredHere) {
                    present.add(simpleName);
                } else if (single != null || declaredHere || samePackage) {
                    qualified.add(simpleName);
                } else if (onDemand || packageName.equals(Suggestion.PACKAGE)) {
                    present.add(simpleName);
                }
            }
            return new Naming(qualified, present);
        }

        String annotation(NameDictionary.Match match) {
            List<String> names = Suggestion.simpleNames(match);
            return Suggestion.annotation(match, qualified.contains(names.get(0)), qualified.contains(names.get(1)));
        }

        List<String> importsFor(NameDictionary.Match match) {
            return Suggestion.simpleNames(match).stream()
                    .filter(n -> !qualified.contains(n) && !present.contains(n))
                    .toList();
        }
    }
}
