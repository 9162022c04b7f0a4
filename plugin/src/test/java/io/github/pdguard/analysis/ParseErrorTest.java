package io.github.pdguard.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 3 parse-error and 5: a file that cannot be read is reported, never skipped; the others are still analysed. */
class ParseErrorTest {

    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private AnalysisResult analyse(String languageLevel) throws Exception {
        return new Analyzer(AnalysisConfig.builder().sourceRoot(root).languageLevel(languageLevel).threads(2).build())
                .analyze();
    }

    private static List<Finding> parseErrors(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).toList();
    }

    private static final String CUSTOMER = """
            package com.shop;

            import io.github.pdguard.annotations.Category;
            import io.github.pdguard.annotations.PersonalData;

            public class Customer {
                @PersonalData(category = Category.CONTACT, purposes = "billing")
                private String email;
            }
            """;

    @Test
    void aSyntaxErrorGivesOneParseErrorAtTheParsersPositionAndTheOtherFilesAreStillAnalysed() throws Exception {
        Path broken = write("com/shop/OrderService.java", """
                package com.shop;

                public class OrderService {
                    public int total(int price, int quantity) {
                        int total = price * quantity
                        return total;
                    }
                }
                """);
        write("com/shop/Customer.java", CUSTOMER);

        AnalysisResult result = analyse("17");

        assertThat(result.filesAnalysed()).isEqualTo(2);
        assertThat(parseErrors(result)).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(broken.toAbsolutePath().normalize());
            // JavaParser stops at 'return' and reports the last token it accepted: 'quantity', where the ';' is missing.
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.column()).isEqualTo(29);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("cannot parse this file at Java 17: syntax error: unexpected \"return\""
                    + " (to leave the file out of the analysis: <excludes>)");
        });
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("missing-retention");
            assertThat(f.file().getFileName().toString()).isEqualTo("Customer.java");
            assertThat(f.line()).isEqualTo(8);
        });
    }

    @Test
    void severalProblemsInOneFileAreStillOneFinding() throws Exception {
        write("com/shop/Broken.java", """
                package com.shop;

                public class Broken {
                    void a() { int x = 1 }
                    void b() { int y = 2 }
                    void c() { int z = 3 }
                }
                """);
        assertThat(parseErrors(analyse("17"))).hasSize(1);
    }

    private static final String RECORD = """
            package com.shop;

            public record Money(long cents, String currency) {
            }
            """;

    @Test
    void aRecordParsesAtJava17() throws Exception {
        write("com/shop/Money.java", RECORD);
        AnalysisResult result = analyse("17");
        assertThat(result.findings()).isEmpty();
        assertThat(result.filesAnalysed()).isEqualTo(1);
    }

    @Test
    void aRecordIsAParseErrorAtJava11NamingTheLevel() throws Exception {
        write("com/shop/Money.java", RECORD);
        assertThat(parseErrors(analyse("11"))).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).isEqualTo("cannot parse this file at Java 11: Record Declarations are not supported;"
                    + " it parses at Java 16: set languageLevel (or maven.compiler.release) to 16 or newer"
                    + " (to leave the file out of the analysis: <excludes>)");
        });
    }

    @Test
    void byteOrderMarkCrlfUnicodeEscapesAndEmptyFilesParse() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = CUSTOMER.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        write("com/shop/Customer.java", withBom);
        write("com/shop/Greeting.java", """
                package com.shop;

                public class Greeting {
                    static final String CAF\\u00c9 = "Caf\\u00e9 \\u2615";
                    static final char EURO = '\\u20ac';
                    // A comment with an escape: \\u00fc
                    String caf\\u00e9() { return CAF\\u00c9; }
                }
                """);
        write("com/shop/Empty.java", "");
        write("com/shop/package-info.java", "/** The shop. */\npackage com.shop;\n");
        write("com/shop/Umlauts.java", "package com.shop;\n\n/** Grüße aus München: ✓ */\nclass Umlauts { String straße = \"Bahnhofstraße\"; }\n");

        AnalysisResult result = analyse("17");

        assertThat(result.filesAnalysed()).isEqualTo(5);
        assertThat(parseErrors(result)).isEmpty();
        // The declaration in the BOM + CRLF file is found at the right line (name inference aside:
        // it reports Umlauts.straße, which shows the identifier was read right).
        assertThat(result.findings()).filteredOn(f -> !f.ruleId().equals("unannotated-personal-data")).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("missing-retention");
            assertThat(f.line()).isEqualTo(8);
            assertThat(f.column()).isEqualTo(20);
        });
    }

    @Test
    void aFileThatIsNotValidUtf8IsAParseErrorNamingTheEncoding() throws Exception {
        byte[] latin1 = "package com.shop;\n\n// Gr\u00fc\u00dfe\nclass Legacy {}\n".getBytes(StandardCharsets.ISO_8859_1);
        write("com/shop/Legacy.java", latin1);
        write("com/shop/Customer.java", CUSTOMER);

        AnalysisResult result = analyse("17");

        assertThat(parseErrors(result)).singleElement().satisfies(f -> {
            assertThat(f.file().getFileName().toString()).isEqualTo("Legacy.java");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.column()).isEqualTo(6);
            assertThat(f.message()).startsWith("cannot read this file as UTF-8: byte 0xFC at line 3, column 6 is not UTF-8;"
                    + " set project.build.sourceEncoding to the encoding the file is written in").endsWith("<excludes>)");
        });
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("missing-retention"));
    }

    @Test
    void theSameFileParsesWithTheConfiguredEncoding() throws Exception {
        byte[] latin1 = "package com.shop;\n\n// Gr\u00fc\u00dfe\nclass Legacy {}\n".getBytes(StandardCharsets.ISO_8859_1);
        write("com/shop/Legacy.java", latin1);
        AnalysisResult result = new Analyzer(AnalysisConfig.builder().sourceRoot(root).encoding("ISO-8859-1").build())
                .analyze();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void newerSyntaxNamesTheOldestJavaReleaseThatReadsIt() throws Exception {
        write("com/shop/Labels.java", """
                package com.shop;

                class Labels {
                    String describe(Object o) {
                        String note = \"""
                            multi-line
                            \""";
                        return note;
                    }
                }
                """);
        write("com/shop/Lambdas.java", "package com.shop;\n\nclass Lambdas {\n    Runnable r = () -> {};\n}\n");

        AnalysisResult result = analyse("11");

        assertThat(parseErrors(result)).singleElement().satisfies(f -> {
            assertThat(f.file().getFileName().toString()).isEqualTo("Labels.java");
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.message()).startsWith("cannot parse this file at Java 11: Text Block Literals are not supported;"
                    + " it parses at Java 15: set languageLevel (or maven.compiler.release) to 15 or newer");
        });
        // Lambdas are Java 8: that file is fine at 8; a switch expression names its release.
        write("com/shop/Labels.java", "package com.shop;\n\nclass Labels {\n"
                + "    int f(int x) { return switch (x) { case 1 -> 2; default -> 3; }; }\n}\n");
        assertThat(parseErrors(analyse("1.8"))).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("cannot parse this file at Java 8: Switch expressions are not supported; it parses at Java 14"));
    }

    @Test
    void aSyntaxErrorThatNoJavaReleaseAcceptsNamesNoRelease() throws Exception {
        write("com/shop/Broken.java", "package com.shop;\n\nclass Broken {\n    int x = 1 +;\n}\n");
        assertThat(parseErrors(analyse("11"))).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("cannot parse this file at Java 11: syntax error: unexpected \";\"")
                    .doesNotContain("parses at", "expected one of");
            assertThat(f.line()).isEqualTo(4);
        });
    }

    @Test
    void anUnterminatedStringIsALexicalErrorAtItsPosition() throws Exception {
        write("com/shop/Quote.java", "package com.shop;\n\nclass Quote {\n    String s = \"abc;\n}\n");
        assertThat(parseErrors(analyse("17"))).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.column()).isGreaterThan(1);
            assertThat(f.message()).startsWith("cannot parse this file at Java 17: lexical error: encountered");
        });
    }

    @Test
    void aTruncatedFileIsAnUnexpectedEndOfFile() throws Exception {
        write("com/shop/Cut.java", "package com.shop;\n\nclass Cut {\n    void f() {\n");
        assertThat(parseErrors(analyse("17"))).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("cannot parse this file at Java 17: syntax error: unexpected end of file"));
    }

    @Test
    void parseErrorCanBeTurnedDownButIsStillReported() throws Exception {
        write("com/shop/Broken.java", "package com.shop;\nclass Broken {\n");
        AnalysisResult result = new Analyzer(AnalysisConfig.builder().sourceRoot(root).rule("parse-error", "warning")
                .build()).analyze();
        assertThat(parseErrors(result)).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }
}
