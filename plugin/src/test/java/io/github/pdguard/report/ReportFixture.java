package io.github.pdguard.report;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small multi-module build on disk for the report tests: {@code root/} is the top of the build,
 * {@code root/core/} the analysed module with its sources under {@code src/main/java}. The default
 * sources give findings of every severity, a suppressed one and a purpose violation.
 */
final class ReportFixture {
    final Path root;
    final Path module;
    final Path sources;

    ReportFixture(Path root) {
        this.root = root;
        this.module = root.resolve("core");
        this.sources = module.resolve("src/main/java");
    }

    Path write(String relativeToSources, String... lines) {
        Path file = sources.resolve(relativeToSources);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Inserts lines at the top of a file, after its first line (the package declaration). */
    void insertBelowFirstLine(String relativeToSources, String... inserted) {
        Path file = sources.resolve(relativeToSources);
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.addAll(1, Arrays.asList(inserted));
            Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReportFixture withDefaultSources() {
        write("shop/Customer.java",
                "package shop;",
                "",
                "import io.github.pdguard.annotations.*;",
                "",
                "@PersonalData(purposes = \"account\", retention = \"P3Y\", legalBasis = LegalBasis.CONTRACT)",
                "public class Customer {",
                "    @PersonalData(category = Category.CONTACT)",
                "    String email;",
                "    @Sensitive(category = SpecialCategory.HEALTH, purposes = \"dispensing\",",
                "               condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)",
                "    String diagnosis;",
                "",
                "    public String getEmail() { return email; }",
                "}");
        write("shop/Orders.java",
                "package shop;",
                "",
                "import io.github.pdguard.annotations.ProcessingPurpose;",
                "import org.slf4j.Logger;",
                "import org.slf4j.LoggerFactory;",
                "",
                "@ProcessingPurpose(\"account\")",
                "public class Orders {",
                "    private static final Logger LOG = LoggerFactory.getLogger(Orders.class);",
                "",
                "    void place(Customer c) {",
                "        LOG.info(\"order for <\" + c.getEmail() + \"> & co\");",
                "    }",
                "",
                "    @SuppressWarnings(\"pdguard:log-leak\")",
                "    void audit(Customer c) {",
                "        LOG.info(\"audit \" + c.getEmail());",
                "    }",
                "",
                "    void check(Customer c) {",
                "        throw new IllegalStateException(\"no orders for \" + c.getEmail());",
                "    }",
                "}");
        write("shop/Campaigns.java",
                "package shop;",
                "",
                "import io.github.pdguard.annotations.ProcessingPurpose;",
                "",
                "@ProcessingPurpose(\"marketing\")",
                "public class Campaigns {",
                "    String target(Customer c) {",
                "        return c.getEmail();",
                "    }",
                "}");
        write("shop/Lead.java",
                "package shop;",
                "",
                "import io.github.pdguard.annotations.*;",
                "",
                "public class Lead {",
                "    @PersonalData(category = Category.IDENTITY, purposes = \"sales\")",
                "    String name;",
                "}");
        write("shop/Invoice.java",
                "package shop;",
                "",
                "import io.github.pdguard.annotations.*;",
                "",
                "public record Invoice(@PersonalData(category = Category.IDENTITY, purposes = \"account\",",
                "        retention = \"P10Y\", legalBasis = LegalBasis.LEGAL_OBLIGATION) String billingName) {",
                "}");
        return this;
    }

    AnalysisResult analyze() {
        try {
            return new Analyzer(AnalysisConfig.builder().sourceRoot(sources).threads(1)
                    .rule("tostring-leak", "note").build()).analyze();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ReportSettings settings() {
        return new ReportSettings("Fixture shop", "1.2.3", root, module, module.resolve("pdguard-baseline.json"),
                "pdguard/core/", StandardCharsets.UTF_8);
    }

    ReportData prepare(Baseline baseline) {
        return Reports.prepare(analyze(), settings(), baseline);
    }

    ReportData prepare() {
        return prepare(null);
    }
}
