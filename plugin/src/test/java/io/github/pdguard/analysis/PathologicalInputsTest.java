package io.github.pdguard.analysis;

import io.github.pdguard.analysis.source.JavaSourceParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SPEC 5: pathological but valid code (generated code, deep nesting, huge files) never crashes the
 * analysis or the JVM, and never hangs: each input ends with findings, or with a documented
 * parse-error finding. The inputs are generated at test time and carry declared personal data
 * into a log sink, so the analysis really follows values through them.
 *
 * <p>The analysis runs on a thread with the JVM's default stack, like a Maven {@code -T} worker
 * thread, not on the test runner's main thread (whose stack is larger).
 */
class PathologicalInputsTest {
    /** Far more than any input here needs on 2 cores; a hang fails instead of blocking the build. */
    private static final long TIMEOUT_SECONDS = 60;
    private static final Map<String, String> TIMINGS = new TreeMap<>();

    @TempDir
    Path root;

    private static final String HEADER = """
            package com.gen;

            import io.github.pdguard.annotations.Category;
            import io.github.pdguard.annotations.LegalBasis;
            import io.github.pdguard.annotations.PersonalData;
            import io.github.pdguard.annotations.ProcessingPurpose;
            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;

            """;

    private static final String EMAIL = "    @PersonalData(category = Category.CONTACT, purposes = \"billing\", retention = \"P2Y\","
            + " legalBasis = LegalBasis.CONTRACT)\n    String email;\n";

    private static String logger(String type) {
        return "    private static final Logger log = LoggerFactory.getLogger(" + type + ".class);\n";
    }

    private Path write(String name, CharSequence text) throws IOException {
        Path file = root.resolve("com/gen").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private record Run(AnalysisResult result, double seconds) {
        List<Finding> of(String rule) {
            return result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        }

        List<String> rules() {
            return result.findings().stream().map(Finding::ruleId).toList();
        }
    }

    /** Analyses {@code root} on a default-stack thread within the timeout; records the time under {@code label}. */
    private Run analyse(String label) throws Exception {
        long bytes;
        try (var files = Files.walk(root)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        AnalysisConfig config = AnalysisConfig.builder().sourceRoot(root).threads(2).build();
        CompletableFuture<AnalysisResult> future = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                future.complete(new Analyzer(config).analyze());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "pathological-" + label);
        worker.setDaemon(true);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        worker.start();
        AnalysisResult result;
        try {
            result = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return fail(label + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        TIMINGS.put(label, String.format("%,12d bytes %7.2f s (%6.2f s CPU) %4d findings", bytes, seconds, cpu,
                result.findings().size()));
        return new Run(result, seconds);
    }

    @AfterAll
    static void printTimings() {
        TIMINGS.forEach((label, timing) -> System.out.printf("pathological input %-36s %s%n", label, timing));
    }

    @Test
    void concatenationOf20000TermsWithADeclaredFieldIsALogLeak() throws Exception {
        StringBuilder expression = new StringBuilder("\"start\"");
        for (int i = 1; i < 20_000; i++) {
            expression.append(i == 10_000 ? " + email" : i % 2 == 0 ? " + \"t" + i + "\"" : " + count");
        }
        write("Concatenation.java", HEADER + "public class Concatenation {\n" + logger("Concatenation") + EMAIL
                + "    int count;\n\n    void report() {\n        log.info(" + expression + ");\n    }\n}\n");

        Run run = analyse("20,000-term concatenation");

        assertThat(run.rules()).containsExactly("log-leak");
        assertThat(run.of("log-leak").get(0).message()).contains("Concatenation.email");
    }

    @Test
    void constantConcatenationOf20000TermsInAnnotationValues() throws Exception {
        StringBuilder purpose = new StringBuilder("\"bil\"");
        for (int i = 1; i < 20_000; i++) {
            purpose.append(" + \"\"");
        }
        purpose.append(" + \"ling\"");
        StringBuilder brokenRetention = new StringBuilder("\"P\"");
        for (int i = 1; i < 20_000; i++) {
            brokenRetention.append(i == 19_000 ? " + System.getenv(\"Y\")" : " + \"\"");
        }
        write("Constants.java", HEADER + "public class Constants {\n" + logger("Constants")
                + "    static final String BILLING = " + purpose + ";\n"
                + "    static final String TWO_YEARS = \"P\" + 2 + \"Y\";\n"
                + "    @PersonalData(category = Category.CONTACT, purposes = BILLING, retention = TWO_YEARS,"
                + " legalBasis = LegalBasis.CONTRACT)\n    String email;\n"
                + "    @PersonalData(category = Category.CONTACT, purposes = " + purpose + ", retention = "
                + brokenRetention + ", legalBasis = LegalBasis.CONTRACT)\n    String phone;\n"
                + "    @ProcessingPurpose(\"marketing\")\n    String campaign(Constants other) { return other.email; }\n"
                + "    @ProcessingPurpose(BILLING)\n    String invoice() { return email + phone; }\n}\n");

        Run run = analyse("20,000-term constant annotation values");

        // The constant is evaluated: the purposes are "billing", so invoice() may read both, campaign() may not.
        assertThat(run.of("purpose-violation")).singleElement().satisfies(f ->
                assertThat(f.message()).contains("Constants.email (billing) used for marketing"));
        assertThat(run.of("invalid-declaration")).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Constants.phone: ").contains("not a compile-time constant");
            // The message quotes the expression, shortened: not 20,000 terms.
            assertThat(f.message().length()).isLessThan(400);
        });
        assertThat(run.rules()).containsOnly("purpose-violation", "invalid-declaration");
    }

    @Test
    void threeThousandNestedParenthesesInCodeAndInAnAnnotation() throws Exception {
        String open = "(".repeat(3_000);
        String close = ")".repeat(3_000);
        write("Parentheses.java", HEADER + "public class Parentheses {\n" + logger("Parentheses")
                + "    @PersonalData(category = Category.CONTACT, purposes = " + open + "\"billing\"" + close
                + ", retention = " + open + "\"P2Y\"" + close + ", legalBasis = LegalBasis.CONTRACT)\n    String email;\n"
                + "    void report() {\n        log.info(" + open + "email" + close + ");\n"
                + "        int sum = " + open + "1 + 2" + close + ";\n    }\n}\n");

        Run run = analyse("3,000 nested parentheses");

        assertThat(run.rules()).containsExactly("log-leak");
    }

    @Test
    void threeThousandNestedBlocksIfsAndLoops() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            body.append(switch (i % 4) {
                case 0 -> "{\n";
                case 1 -> "if (count > " + i + ") {\n";
                case 2 -> "for (int i" + i + " = 0; i" + i + " < count; i" + i + "++) {\n";
                default -> "while (count-- > 0) {\n";
            });
        }
        body.append("log.info(\"deep {}\", email);\n").append("}\n".repeat(3_000));
        write("Blocks.java", HEADER + "public class Blocks {\n" + logger("Blocks") + EMAIL
                + "    int count;\n    void report() {\n" + body + "    }\n}\n");

        Run run = analyse("3,000 nested blocks");

        assertThat(run.rules()).containsExactly("log-leak");
    }

    @Test
    void aMethodWith5000StatementsCarriesTheDataThroughLocals() throws Exception {
        StringBuilder body = new StringBuilder("        String v0 = email;\n");
        for (int i = 1; i < 5_000; i++) {
            body.append(i % 10 == 0
                    ? "        String v" + i + " = v" + (i - 1) + "; if (v" + i + ".isEmpty()) { v" + i + " = \"x\"; }\n"
                    : "        String v" + i + " = v" + (i - 1) + " + \"-" + i + "\";\n");
        }
        body.append("        log.info(\"last {}\", v4999);\n");
        write("LongMethod.java", HEADER + "public class LongMethod {\n" + logger("LongMethod") + EMAIL
                + "    void report() {\n" + body + "    }\n}\n");

        Run run = analyse("5,000-statement method");

        assertThat(run.rules()).containsExactly("log-leak");
    }

    /**
     * Generated code as it comes: thousands of methods and a large data table (the part that makes
     * such files big). All 10 MB as methods parses too, in about 40 s of CPU: too slow for every build.
     */
    @Test
    void aTenMegabyteGeneratedFile() throws Exception {
        StringBuilder text = new StringBuilder(10_100_000).append(HEADER)
                .append("public class Generated {\n").append(logger("Generated")).append(EMAIL);
        for (int i = 0; i < 2_000; i++) {
            text.append("    /** Generated accessor number ").append(i).append(". */\n")
                    .append("    public String value").append(i).append("(String input, int index) {\n")
                    .append("        String result = input + \"/").append(i).append("/\" + index;\n")
                    .append("        if (index > ").append(i).append(") {\n")
                    .append("            result = result.trim();\n        }\n")
                    .append("        return result;\n    }\n\n");
        }
        text.append("    final String[] table = {\n");
        String row = "abcdefghijklmnopqrstuvwxyz0123456789".repeat(3);
        for (int i = 0; text.length() < 10_000_000; i++) {
            text.append(i == 20_000 ? "        email,\n" : "        \"" + i + ":" + row + "\",\n");
        }
        text.append("    };\n\n    void report() {\n        log.info(value1999(table[7], 1));\n    }\n}\n");
        write("Generated.java", text);

        Run run = analyse("10 MB generated file");

        assertThat(run.rules()).containsExactly("log-leak");
        assertThat(run.result().linesAnalysed()).isGreaterThan(80_000);
    }

    @Test
    void inheritance500LevelsDeep() throws Exception {
        write("Level0.java", HEADER + "public class Level0 {\n" + EMAIL
                + "    @Override public String toString() { return \"Level0 \" + email; }\n}\n");
        for (int i = 1; i < 500; i++) {
            write("Level" + i + ".java", "package com.gen;\n\npublic class Level" + i + " extends Level" + (i - 1)
                    + " {\n    int level" + i + ";\n}\n");
        }
        // (A subclass does not inherit the exposure of its superclass's toString() in pdguard today:
        // the object is logged as the class that declares toString().)
        write("Deepest.java", HEADER + "public class Deepest extends Level499 {\n" + logger("Deepest")
                + "    void report() {\n        log.info(\"inherited {}\", email);\n        Level0 self = this;\n"
                + "        log.info(\"object {}\", self);\n    }\n}\n");

        Run run = analyse("500-level inheritance");

        assertThat(run.of("log-leak")).hasSize(2);
        assertThat(run.of("tostring-leak")).isNotEmpty();
        assertThat(run.rules()).containsOnly("log-leak", "tostring-leak");
    }

    @Test
    void callCycleOf200MutuallyRecursiveMethods() throws Exception {
        StringBuilder methods = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            int next = (i + 1) % 200;
            methods.append("    String step").append(i).append("(Customer customer, String text, int depth) {\n")
                    .append("        if (depth <= 0) { return text; }\n");
            if (i == 150) {
                methods.append("        log.info(\"in the cycle {}\", text);\n")
                        .append("        String read = customer.email;\n");
            }
            methods.append("        return step").append(next).append("(customer, text + \"").append(i)
                    .append("\", depth - 1);\n    }\n");
        }
        write("Customer.java", HEADER + "public class Customer {\n" + EMAIL + "}\n");
        write("Cycle.java", HEADER + "public class Cycle {\n" + logger("Cycle") + methods
                + "    @ProcessingPurpose(\"marketing\")\n    void campaign(Customer customer) {\n"
                + "        log.info(\"result {}\", step0(customer, customer.email, 1000));\n    }\n}\n");

        Run run = analyse("200-method call cycle");

        assertThat(run.of("log-leak")).hasSize(2);
        assertThat(run.of("purpose-violation")).isNotEmpty().allSatisfy(f ->
                assertThat(f.message()).contains("Customer.email (billing) used for marketing"));
        assertThat(run.rules()).containsOnly("log-leak", "purpose-violation");
    }

    @Test
    void anEnumWith10000Constants() throws Exception {
        StringBuilder constants = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            constants.append(i == 0 ? "    " : ",\n    ").append("C").append(i).append("(\"code-").append(i).append("\")");
            if (i % 1000 == 999) {
                constants.append(" { @Override String label() { return \"special \" + code; } }");
            }
        }
        write("Code.java", HEADER + "public enum Code {\n" + constants + ";\n\n    final String code;\n"
                + "    Code(String code) { this.code = code; }\n    String label() { return code; }\n}\n");
        write("Coder.java", HEADER + "public class Coder {\n" + logger("Coder") + EMAIL
                + "    void report() {\n        log.info(Code.C9999.label() + \" \" + Code.valueOf(email));\n"
                + "        log.info(\"{} {}\", Code.C5000, email);\n    }\n}\n");

        Run run = analyse("10,000-constant enum");

        assertThat(run.of("log-leak")).hasSize(2);
        assertThat(run.rules()).containsOnly("log-leak");
    }

    @Test
    void aFluentChainOf10000CallsAndADeepConditional() throws Exception {
        StringBuilder chain = new StringBuilder("new StringBuilder()");
        for (int i = 0; i < 10_000; i++) {
            chain.append(i == 5_000 ? ".append(email)" : ".append(\"" + (i % 10) + "\")");
        }
        StringBuilder conditional = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            conditional.append("count == ").append(i).append(" ? \"").append(i).append("\" : ");
        }
        conditional.append("email");
        write("Fluent.java", HEADER + "public class Fluent {\n" + logger("Fluent") + EMAIL + "    int count;\n"
                + "    void report() {\n        log.info(" + chain + ".toString());\n"
                + "        log.info(" + conditional + ");\n    }\n}\n");

        Run run = analyse("10,000-call chain, 3,000-deep ?:");

        assertThat(run.of("log-leak")).hasSize(2);
        assertThat(run.rules()).containsOnly("log-leak");
    }

    @Test
    void typesNested500Deep() throws Exception {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            nested.append("static class Inner").append(i).append(" {\n");
        }
        nested.append(EMAIL).append(logger("Inner499"))
                .append("void report() { log.info(\"inner {}\", email); }\n").append("}\n".repeat(500));
        write("Outer.java", HEADER + "public class Outer {\n" + nested + "}\n");

        Run run = analyse("types nested 500 deep");

        assertThat(run.rules()).containsExactly("log-leak");
    }

    @Test
    void tenThousandNestedBlocksAndParenthesesTheDeepestPdguardReads() throws Exception {
        int depth = JavaSourceParser.MAX_NESTING;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < depth - 3; i++) {
            body.append(switch (i % 4) {
                case 0 -> "{\n";
                case 1 -> "if (count > " + i + ") {\n";
                case 2 -> "for (int i" + i + " = 0; i" + i + " < count; i" + i + "++) {\n";
                default -> "while (count-- > 0) {\n";
            });
        }
        // Class body, method body and the call's parenthesis are three more levels.
        body.append("log.info(\"deepest {}\", email);\n").append("}\n".repeat(depth - 3));
        write("Deepest.java", HEADER + "public class Deepest {\n" + logger("Deepest") + EMAIL
                + "    int count;\n    void report() {\n" + body + "    }\n}\n");
        write("Parens.java", HEADER + "public class Parens {\n" + logger("Parens") + EMAIL
                + "    void report() {\n        log.info(" + "(".repeat(depth - 3) + "email" + ")".repeat(depth - 3)
                + ");\n    }\n}\n");

        Run run = analyse("10,000 nested blocks / parentheses");

        assertThat(run.of("log-leak")).hasSize(2);
        assertThat(run.rules()).containsOnly("log-leak");
    }

    /** Deeper than any hand-written code: a parse-error that says so, decided before parsing. */
    @Test
    void nestingBeyondTenThousandLevelsIsAParseErrorNamingTheFileAndLine() throws Exception {
        int depth = JavaSourceParser.MAX_NESTING + 1;
        Path file = write("Absurd.java", HEADER + "public class Absurd {\n    int x = " + "(".repeat(depth) + "1"
                + ")".repeat(depth) + ";\n}\n");
        write("Fine.java", HEADER + "public class Fine {\n" + logger("Fine") + EMAIL
                + "    void report() { log.info(email); }\n}\n");

        Run run = analyse("10,001 nested parentheses");

        assertThat(run.of("parse-error")).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(file.toAbsolutePath().normalize());
            assertThat(f.line()).isEqualTo(11);
            assertThat(f.message()).isEqualTo("cannot parse this file: its brackets nest more than 10,000 levels deep"
                    + " at line 11, deeper than pdguard reads (such code is generated: exclude it)"
                    + " (to leave the file out of the analysis: <excludes>)");
        });
        assertThat(run.of("log-leak")).hasSize(1);
    }
}
