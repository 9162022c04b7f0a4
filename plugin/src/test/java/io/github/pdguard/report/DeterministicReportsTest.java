package io.github.pdguard.report;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 5: equal input gives byte-identical reports. The shop demo is analysed twice, once on one
 * thread and once on four (parsing order differs, and identity hash codes differ between runs),
 * and every report, the inventory and the baseline are written each time and compared byte by byte.
 */
class DeterministicReportsTest {
    private static final Path SHOP = Path.of("../test-projects/shop").toAbsolutePath().normalize();

    @TempDir
    Path first;

    @TempDir
    Path second;

    /** Where the baseline is (the same for both runs: its path is part of the reports). */
    @TempDir
    Path project;

    private List<Path> writeEverything(Path directory, int threads) throws Exception {
        AnalysisResult result = new Analyzer(AnalysisConfig.builder().sourceRoot(SHOP.resolve("src/main/java"))
                .languageLevel("17").threads(threads).build()).analyze();
        ReportSettings settings = new ReportSettings("shop", "test", SHOP, SHOP, project.resolve("pdguard-baseline.json"),
                "pdguard/", StandardCharsets.UTF_8);
        // A baseline accepting the first half of the findings, so that baselined findings are rendered too.
        ReportData plain = Reports.prepare(result, settings, null);
        Baseline all = Reports.baselineOf(plain, null);
        Baseline half = new Baseline(all.entries().subList(0, all.entries().size() / 2));
        ReportData data = Reports.prepare(result, settings, half);
        List<Path> written = new ArrayList<>(Reports.write(data, EnumSet.allOf(ReportFormat.class), directory));
        written.addAll(Reports.writeInventory(data, directory));
        Reports.baselineOf(data, half).write(directory.resolve("pdguard-baseline.json"));
        written.add(directory.resolve("pdguard-baseline.json"));
        return written;
    }

    /** Where two files' texts first differ (the lines around it), or empty when the bytes are equal. */
    private static String firstDifference(byte[] a, byte[] b) {
        if (java.util.Arrays.equals(a, b)) {
            return "";
        }
        List<String> first = new String(a, StandardCharsets.UTF_8).lines().toList();
        List<String> second = new String(b, StandardCharsets.UTF_8).lines().toList();
        int line = 0;
        while (line < Math.min(first.size(), second.size()) && first.get(line).equals(second.get(line))) {
            line++;
        }
        int from = Math.max(0, line - 3);
        return "line " + (line + 1) + ":\n  first run:  " + String.join("\n              ",
                first.subList(from, Math.min(first.size(), line + 3))) + "\n  second run: "
                + String.join("\n              ", second.subList(from, Math.min(second.size(), line + 3)));
    }

    @Test
    void twoRunsOnTheShopWriteByteIdenticalFiles() throws Exception {
        List<Path> one = writeEverything(first, 1);
        List<Path> two = writeEverything(second, 4);

        assertThat(one.stream().map(p -> p.getFileName().toString())).containsExactly("pdguard.sarif", "pdguard.json",
                "pdguard.html", "pdguard.md", "inventory.json", "inventory.md", "pdguard-baseline.json");
        for (int i = 0; i < one.size(); i++) {
            byte[] a = Files.readAllBytes(one.get(i));
            assertThat(a.length).as(one.get(i).getFileName() + " is not empty").isGreaterThan(100);
            byte[] b = Files.readAllBytes(two.get(i));
            assertThat(firstDifference(a, b)).as(one.get(i).getFileName() + " differs between the runs").isEmpty();
        }
        try (Stream<Path> files = Files.list(first)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary files left")
                    .allMatch(name -> !name.endsWith(".tmp"));
        }
        // The files hold the findings, not empty shells: the shop has planted mistakes.
        assertThat(Files.readString(one.get(1))).contains("\"status\": \"baselined\"", "\"status\": \"open\"");
    }
}
