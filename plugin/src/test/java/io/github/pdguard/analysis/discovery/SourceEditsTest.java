package io.github.pdguard.analysis.discovery;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.annotations.PersonalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code discover -Dpdguard.apply=true}: the inserted annotations and imports are the only change,
 * the result compiles, and {@code check} then asks for the purposes and retention.
 */
class SourceEditsTest {
    /** What apply may insert: an annotation line, an import of pdguard's package, a blank line. */
    private static final Pattern INSERTED_LINE = Pattern.compile(
            "[ \\t]*@(io\\.github\\.pdguard\\.annotations\\.)?(PersonalData|Sensitive)\\(category = .*\\)"
                    + "|import io\\.github\\.pdguard\\.annotations\\.(PersonalData|Category|Sensitive|SpecialCategory);"
                    + "|");

    @TempDir
    Path project;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SourceEditsTest.class.getResource("/discovery/" + name).toURI());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private Map<Path, byte[]> snapshot() throws IOException {
        Map<Path, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                contents.put(file, Files.readAllBytes(file));
            }
        }
        return contents;
    }

    private DiscoveryRun discover() throws Exception {
        return DiscoveryRun.run(AnalysisConfig.builder().languageLevel("17").sourceRoot(project).build());
    }

    private List<SourceEdits.FileEdit> apply() throws Exception {
        List<SourceEdits.FileEdit> edits = SourceEdits.plan(discover(), StandardCharsets.UTF_8);
        for (SourceEdits.FileEdit edit : edits) {
            edit.write();
        }
        return edits;
    }

    @Test
    void applyOnlyInsertsAnnotationsAndImportsAndTheResultCompiles() throws Exception {
        copy(resource("apply"), project);
        Map<Path, byte[]> before = snapshot();
        List<SourceEdits.FileEdit> edits = apply();
        Map<Path, byte[]> after = snapshot();

        assertThat(edits).extracting(e -> e.file().getFileName().toString()).containsExactlyInAnyOrder(
                "Invoice.java", "PaymentDetails.java", "HealthCheck.java", "Member.java", "Trainer.java");
        assertThat(edits).allMatch(e -> e.skipped().isEmpty());
        for (Path file : before.keySet()) {
            String original = new String(before.get(file), StandardCharsets.UTF_8);
            String updated = new String(after.get(file), StandardCharsets.UTF_8);
            assertOnlyInsertedLines(file, original, updated);
        }
        // Removing exactly the inserted text gives the original bytes back.
        for (SourceEdits.FileEdit edit : edits) {
            assertThat(removeInsertions(edit)).as("%s without the insertions", edit.file()).isEqualTo(before.get(edit.file()));
        }
        assertCompiles();

        // Applied once, nothing is left to discover, and check asks for what the team must fill in.
        assertThat(discover().unsuppressed()).isEmpty();
        AnalysisResult check = new Analyzer(AnalysisConfig.builder().languageLevel("17").sourceRoot(project).build()).analyze();
        Map<String, List<String>> byElement = new TreeMap<>();
        for (Finding finding : check.unsuppressed()) {
            byElement.computeIfAbsent(finding.message().substring(0, finding.message().indexOf(' ')), k -> new ArrayList<>())
                    .add(finding.ruleId());
        }
        byElement.values().forEach(rules -> rules.sort(null));
        List<String> personalData = List.of("missing-purpose", "missing-retention");
        List<String> sensitive = List.of("missing-legal-basis", "missing-purpose", "missing-retention");
        assertThat(byElement).containsOnly(
                Map.entry("Member.firstName", personalData), Map.entry("Member.lastName", personalData),
                Map.entry("Member.email", personalData), Map.entry("Member.dateOfBirth", personalData),
                Map.entry("Member.phoneNumbers", personalData),
                Map.entry("HealthCheck.diagnosis", sensitive), Map.entry("HealthCheck.medications", sensitive),
                Map.entry("Invoice.iban", personalData),
                Map.entry("PaymentDetails.accountHolder", personalData), Map.entry("PaymentDetails.bic", personalData),
                Map.entry("Trainer.mobile", personalData), Map.entry("Trainer.religion", sensitive),
                // Records without their own toString() show the newly declared components.
                Map.entry("HealthCheck:", List.of("tostring-leak")), Map.entry("Invoice:", List.of("tostring-leak")));
        assertThat(check.findings()).noneMatch(f -> f.ruleId().equals("parse-error") || f.ruleId().equals("invalid-declaration"));
    }

    @Test
    void theInsertedTextIsWhereAReaderExpectsIt() throws Exception {
        copy(resource("apply"), project);
        apply();
        String member = read("com/gym/members/Member.java");
        assertThat(member).contains("""
                import io.github.pdguard.annotations.PersonalData;
                import java.time.LocalDate;
                """).contains("""
                    /** As printed on the membership card. */
                    @PersonalData(category = io.github.pdguard.annotations.Category.IDENTITY, purposes = {}, retention = "")
                    private String firstName, lastName;
                """).contains("""
                    @PersonalData(category = io.github.pdguard.annotations.Category.CONTACT, purposes = {}, retention = "")
                    @Deprecated
                    private String email; // the old login, kept for the newsletter
                """).contains("    private String emailTemplate = \"welcome\";\n\n"
                + "    @SuppressWarnings(\"pdguard:unannotated-personal-data\")\n    private String nickname;");
        assertThat(read("com/gym/billing/Invoice.java")).startsWith("""
                package com.gym.billing;

                import io.github.pdguard.annotations.Category;
                import io.github.pdguard.annotations.PersonalData;

                import static java.util.Objects.requireNonNull;
                """).contains("public record Invoice(String invoiceNumber, @PersonalData(category = Category.FINANCIAL,"
                + " purposes = {}, retention = \"\") String iban, java.math.BigDecimal amount) {");
        assertThat(read("com/gym/billing/PaymentDetails.java")).isEqualTo("""
                package com.gym.billing;

                import io.github.pdguard.annotations.Category;
                import io.github.pdguard.annotations.PersonalData;

                /** Direct-debit details. */
                class PaymentDetails {
                \t@PersonalData(category = Category.IDENTITY, purposes = {}, retention = "")
                \tprivate String accountHolder;
                \t@PersonalData(category = Category.FINANCIAL, purposes = {}, retention = "")
                \tprivate String bic;
                \tprivate int dayOfMonth;
                }
                """);
        assertThat(read("com/gym/members/HealthCheck.java")).contains("""
                import io.github.pdguard.annotations.Sensitive;
                import io.github.pdguard.annotations.SpecialCategory;
                import java.time.LocalDate;
                """).contains("""
                        @Sensitive(category = SpecialCategory.HEALTH, purposes = {}, retention = "", legalBasis = {}, condition = {})
                        String diagnosis,
                """);
        assertThat(read("com/gym/staff/Trainer.java")).contains("""
                import io.github.pdguard.annotations.*;

                /** A trainer: partly declared already. */
                """).contains("""
                    @PersonalData(category = Category.CONTACT, purposes = {}, retention = "")
                    private String mobile;
                """);
    }

    @Test
    void crlfAndNoPackageArePreserved() throws Exception {
        String source = "/** A legacy type without a package. */\r\npublic class Contact {\r\n    private String email;\r\n"
                + "    private String iban;\r\n}";
        Files.writeString(project.resolve("Contact.java"), source, StandardCharsets.UTF_8);
        apply();
        assertThat(Files.readString(project.resolve("Contact.java"), StandardCharsets.UTF_8)).isEqualTo(
                "import io.github.pdguard.annotations.Category;\r\nimport io.github.pdguard.annotations.PersonalData;\r\n\r\n"
                        + "/** A legacy type without a package. */\r\npublic class Contact {\r\n"
                        + "    @PersonalData(category = Category.CONTACT, purposes = {}, retention = \"\")\r\n    private String email;\r\n"
                        + "    @PersonalData(category = Category.FINANCIAL, purposes = {}, retention = \"\")\r\n    private String iban;\r\n}");
        assertCompiles();
    }

    /** javac itself rejects a byte-order mark, but the parser accepts it and apply keeps it. */
    @Test
    void aByteOrderMarkIsKept() throws Exception {
        Files.writeString(project.resolve("Contact.java"), "\uFEFFpackage shop;\n\nclass Contact {\n    String email;\n}\n",
                StandardCharsets.UTF_8);
        apply();
        assertThat(Files.readString(project.resolve("Contact.java"), StandardCharsets.UTF_8)).isEqualTo("\uFEFFpackage shop;\n\n"
                + "import io.github.pdguard.annotations.Category;\nimport io.github.pdguard.annotations.PersonalData;\n\n"
                + "class Contact {\n    @PersonalData(category = Category.CONTACT, purposes = {}, retention = \"\")\n"
                + "    String email;\n}\n");
    }

    @Test
    void mixedDeclarationsAreLeftAloneWithAReason() throws Exception {
        Files.createDirectories(project.resolve("shop"));
        Files.writeString(project.resolve("shop/Customer.java"), """
                package shop;

                class Customer {
                    private String email, referralCode;
                    private String phone, iban;
                    private String firstName; private String lastName;
                }
                """);
        List<SourceEdits.FileEdit> edits = apply();
        assertThat(edits).singleElement().satisfies(edit -> {
            assertThat(edit.skipped()).extracting(s -> s.candidate().displayName())
                    .containsExactly("Customer.email", "Customer.phone", "Customer.iban");
            assertThat(edit.skipped().get(0).reason()).contains("split it");
            assertThat(edit.declared()).extracting(Candidate::displayName).containsExactly("Customer.firstName", "Customer.lastName");
        });
        assertThat(read("shop/Customer.java")).contains("""
                    private String email, referralCode;
                    private String phone, iban;
                    @PersonalData(category = Category.IDENTITY, purposes = {}, retention = "")
                    private String firstName; @PersonalData(category = Category.IDENTITY, purposes = {}, retention = "") private String lastName;
                """);
        assertCompiles();
    }

    @Test
    void anotherPersonalDataAnnotationIsNotShadowed() throws Exception {
        Files.createDirectories(project.resolve("shop"));
        Files.writeString(project.resolve("shop/PersonalData.java"), """
                package shop;

                /** The team's own marker, unrelated to pdguard. */
                public @interface PersonalData {
                }
                """);
        Files.writeString(project.resolve("shop/Subscriber.java"), """
                package shop;

                @PersonalData
                class Subscriber {
                    private String email;
                }
                """);
        apply();
        assertThat(read("shop/Subscriber.java")).contains("""
                    @io.github.pdguard.annotations.PersonalData(category = Category.CONTACT, purposes = {}, retention = "")
                    private String email;
                """).contains("import io.github.pdguard.annotations.Category;\n").doesNotContain("import io.github.pdguard.annotations.PersonalData;");
        assertCompiles();
    }

    private String read(String relative) throws IOException {
        return Files.readString(project.resolve(relative), StandardCharsets.UTF_8);
    }

    private static byte[] removeInsertions(SourceEdits.FileEdit edit) {
        StringBuilder text = new StringBuilder();
        String updated = edit.updated();
        int position = 0;
        int shift = 0;
        for (SourceEdits.Insertion insertion : edit.insertions()) {
            int start = insertion.offset() + shift;
            text.append(updated, position, start);
            position = start + insertion.text().length();
            shift += insertion.text().length();
        }
        text.append(updated.substring(position));
        return text.toString().getBytes(edit.encoding());
    }

    /**
     * Inline annotations (record components on one line) removed, the original's lines (with their
     * terminators) are a subsequence of the result's, and every other line is an allowed insertion.
     */
    private static void assertOnlyInsertedLines(Path file, String original, String updated) {
        String withoutInline = updated.replaceAll(
                "@(io\\.github\\.pdguard\\.annotations\\.)?(PersonalData|Sensitive)\\(category = [^)]*\\) ", "");
        List<String> before = linesWithTerminators(original);
        List<String> after = linesWithTerminators(withoutInline);
        int next = 0;
        List<String> inserted = new ArrayList<>();
        for (String line : after) {
            if (next < before.size() && line.equals(before.get(next))) {
                next++;
            } else {
                inserted.add(line);
            }
        }
        assertThat(next).as("original lines of %s found in order in the result", file).isEqualTo(before.size());
        assertThat(inserted).as("lines inserted into %s", file)
                .allSatisfy(line -> assertThat(line.stripTrailing()).matches(INSERTED_LINE));
    }

    private static List<String> linesWithTerminators(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private void assertCompiles() throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK compiler").isNotNull();
        Path annotations = Path.of(PersonalData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path classes = Files.createTempDirectory(project.getParent(), "classes");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(project)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(null, files, diagnostics,
                    List.of("--release", "17", "-proc:none", "-classpath", annotations.toString(), "-d", classes.toString()),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + " " + d.getMessage(null)).toList();
            assertThat(errors).as("javac errors").isEmpty();
            assertThat(ok).isTrue();
        }
    }
}
