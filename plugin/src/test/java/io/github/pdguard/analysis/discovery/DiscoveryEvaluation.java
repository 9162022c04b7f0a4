package io.github.pdguard.analysis.discovery;

import io.github.pdguard.analysis.AnalysisConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A benchmark-style evaluation, not a test: runs discovery over real code nobody here wrote (Maven
 * Central sources jars at fixed versions, read from the local repository), prints every candidate
 * by category, writes them to {@code target/discovery-eval/candidates.tsv}, and computes precision
 * per category from the hand labels in {@code src/test/resources/discovery/evaluation-labels.tsv}
 * (labels of candidates that no longer occur are listed as stale).
 *
 * <pre>
 * ./mvnw -B dependency:get -Dtransitive=false -Dartifact=org.keycloak:keycloak-services:26.1.4:jar:sources   # and the others below
 * ./mvnw -B -o -pl plugin test -Dtest=DiscoveryEvaluation -Dpdguard.discoveryEval=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Its name does not end in {@code Test} and it is tagged {@code evaluation}, so an ordinary build does not run it.
 */
@Tag("evaluation")
@EnabledIfSystemProperty(named = "pdguard.discoveryEval", matches = "true")
class DiscoveryEvaluation {
    /**
     * Corpus name to groupId:artifactId:version of a sources jar. The tuning set is the code the
     * dictionary was adjusted on after looking at its candidates; the held-out set was labelled
     * only after the dictionary was frozen, so its precision is the honest estimate.
     */
    static final Map<String, String> CORPUS = new LinkedHashMap<>();
    static final Map<String, String> SET = new LinkedHashMap<>();

    static {
        tuning("spring-security-core", "org.springframework.security:spring-security-core:6.4.4");
        tuning("keycloak-server-spi", "org.keycloak:keycloak-server-spi:26.1.4");
        tuning("keycloak-server-spi-private", "org.keycloak:keycloak-server-spi-private:26.1.4");
        tuning("keycloak-model-jpa", "org.keycloak:keycloak-model-jpa:26.1.4");
        tuning("keycloak-services", "org.keycloak:keycloak-services:26.1.4");
        tuning("guava", "com.google.guava:guava:33.4.8-jre");
        tuning("commons-lang3", "org.apache.commons:commons-lang3:3.17.0");
        heldOut("keycloak-core", "org.keycloak:keycloak-core:26.1.4");
        heldOut("keycloak-model-infinispan", "org.keycloak:keycloak-model-infinispan:26.1.4");
        heldOut("spring-security-web", "org.springframework.security:spring-security-web:6.4.4");
        heldOut("spring-security-oauth2-core", "org.springframework.security:spring-security-oauth2-core:6.4.4");
        heldOut("spring-security-oauth2-client", "org.springframework.security:spring-security-oauth2-client:6.4.4");
        heldOut("jackson-databind", "com.fasterxml.jackson.core:jackson-databind:2.18.2");
    }

    private static void tuning(String name, String gav) {
        CORPUS.put(name, gav);
        SET.put(name, "tuning");
    }

    private static void heldOut(String name, String gav) {
        CORPUS.put(name, gav);
        SET.put(name, "held-out");
    }

    private record Row(String corpus, Candidate candidate) {
        String key() {
            return corpus + "\t" + candidate.type().qualifiedName() + "." + candidate.name().getIdentifier();
        }
    }

    private record Label(String category, boolean personal, String note) {
    }

    @Test
    void discoverInRealCode(@TempDir Path work) throws Exception {
        Path repository = Path.of(System.getProperty("user.home"), ".m2", "repository");
        List<Row> rows = new ArrayList<>();
        Map<String, int[]> sizes = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : CORPUS.entrySet()) {
            String[] gav = entry.getValue().split(":");
            Path jar = repository.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2])
                    .resolve(gav[1] + "-" + gav[2] + "-sources.jar");
            if (!Files.isRegularFile(jar)) {
                fail("missing " + jar + "; fetch it with ./mvnw -B dependency:get -Dtransitive=false -Dartifact="
                        + entry.getValue() + ":jar:sources");
            }
            Path root = work.resolve(entry.getKey());
            int files = extract(jar, root);
            long started = System.nanoTime();
            DiscoveryRun run = DiscoveryRun.run(AnalysisConfig.builder().languageLevel("17").sourceRoot(root).build());
            long millis = (System.nanoTime() - started) / 1_000_000;
            sizes.put(entry.getKey(), new int[] {files, (int) run.linesAnalysed(), run.unsuppressed().size(),
                    run.unparsed().size(), (int) millis});
            run.unsuppressed().forEach(c -> rows.add(new Row(entry.getKey(), c)));
        }

        System.out.printf("%n%-30s %-9s %6s %9s %10s %8s %7s%n", "corpus", "set", "files", "lines", "candidates", "unparsed", "ms");
        sizes.forEach((name, s) -> System.out.printf("%-30s %-9s %6d %9d %10d %8d %7d%n", name, SET.get(name), s[0], s[1], s[2],
                s[3], s[4]));

        Map<String, List<Row>> byCategory = new TreeMap<>();
        rows.forEach(r -> byCategory.computeIfAbsent(r.candidate().match().categoryName(), k -> new ArrayList<>()).add(r));
        Map<String, Label> labels = labels();
        StringBuilder tsv = new StringBuilder("corpus\telement\tcategory\tfile\tline\tjavaType\treason\tlabel\n");
        for (Map.Entry<String, List<Row>> category : byCategory.entrySet()) {
            System.out.printf("%n== %s (%d)%n", category.getKey(), category.getValue().size());
            for (Row row : category.getValue()) {
                Candidate c = row.candidate();
                Label label = labels.get(row.key());
                String mark = label == null ? "?" : label.personal() ? "TP" : "FP";
                System.out.printf("  %-2s %-30s %s.%s : %s (%s)%n", mark, row.corpus(), c.type().displayName(),
                        c.name().getIdentifier(), c.javaType(), c.reason());
                tsv.append(row.key()).append('\t').append(category.getKey()).append('\t')
                        .append(c.file().path().getFileName()).append('\t').append(c.line()).append('\t')
                        .append(c.javaType()).append('\t').append(c.reason()).append('\t')
                        .append(label == null ? "" : mark).append('\n');
            }
        }
        Path out = Path.of("target", "discovery-eval");
        Files.createDirectories(out);
        Files.writeString(out.resolve("candidates.tsv"), tsv, StandardCharsets.UTF_8);

        // Precision per category over the labelled candidates, for each set.
        for (String set : List.of("tuning", "held-out")) {
            System.out.printf("%n%s set: %-23s %9s %9s %9s %10s%n", set, "category", "labelled", "personal", "not", "precision");
            int allTp = 0;
            int allLabelled = 0;
            for (Map.Entry<String, List<Row>> category : byCategory.entrySet()) {
                int tp = 0;
                int labelled = 0;
                for (Row row : category.getValue()) {
                    Label label = labels.get(row.key());
                    if (label != null && SET.get(row.corpus()).equals(set)) {
                        labelled++;
                        tp += label.personal() ? 1 : 0;
                    }
                }
                allTp += tp;
                allLabelled += labelled;
                if (labelled > 0) {
                    System.out.printf("%-36s %9d %9d %9d %10s%n", category.getKey(), labelled, tp, labelled - tp,
                            String.format("%.0f %%", 100.0 * tp / labelled));
                }
            }
            System.out.printf("%-36s %9d %9d %9d %10s%n", "all", allLabelled, allTp, allLabelled - allTp,
                    allLabelled == 0 ? "-" : String.format("%.0f %%", 100.0 * allTp / allLabelled));
        }
        long labelledCount = rows.stream().filter(r -> labels.containsKey(r.key())).count();
        System.out.printf("%d of %d candidates labelled; candidates in %s%n", labelledCount, rows.size(),
                out.resolve("candidates.tsv").toAbsolutePath());
        List<String> keys = rows.stream().map(Row::key).toList();
        labels.keySet().stream().filter(k -> !keys.contains(k)).forEach(k -> System.out.println("stale label: " + k));
        assertThat(rows).isNotEmpty();
    }

    /** {@code corpus TAB type.field TAB category TAB personal|not TAB note}. */
    private static Map<String, Label> labels() throws IOException {
        Map<String, Label> labels = new TreeMap<>();
        try (InputStream in = DiscoveryEvaluation.class.getResourceAsStream("/discovery/evaluation-labels.tsv")) {
            if (in == null) {
                return labels;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                labels.put(columns[0] + "\t" + columns[1], new Label(columns[2], columns[3].equals("personal"),
                        columns.length > 4 ? columns[4] : ""));
            }
        }
        return labels;
    }

    private static int extract(Path jar, Path root) throws IOException {
        int count = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.endsWith(".java") || name.contains("..") || name.endsWith("module-info.java")) {
                    continue;
                }
                Path target = root.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                count++;
            }
        }
        return count;
    }
}
