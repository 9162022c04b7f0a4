package io.github.pdguard.analysis.source;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.ConfigurationException;
import io.github.pdguard.analysis.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pull-request mode: findings only in files changed since a ref, with the whole code analysed. */
class GitChangesTest {

    private static final String DECLARED = """
            package shop;
            import io.github.pdguard.annotations.PersonalData;
            public class %s {
                @PersonalData(purposes = "billing")
                String email;
            }
            """;

    @Test
    void reportsOnlyFindingsInFilesChangedSinceTheRef(@TempDir Path repo) throws Exception {
        Path sources = Files.createDirectories(repo.resolve("src/main/java/shop"));
        Files.writeString(sources.resolve("Old.java"), DECLARED.formatted("Old"));
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        git(repo, "checkout", "-q", "-b", "feature");
        Files.writeString(sources.resolve("New.java"), DECLARED.formatted("New"));

        AnalysisResult all = new Analyzer(AnalysisConfig.builder().sourceRoot(repo.resolve("src/main/java")).build()).analyze();
        AnalysisResult changed = new Analyzer(AnalysisConfig.builder().sourceRoot(repo.resolve("src/main/java"))
                .reportOnly(GitChanges.since("main", repo)).build()).analyze();

        assertThat(all.findings()).extracting(f -> f.file().getFileName().toString()).contains("Old.java", "New.java");
        assertThat(changed.findings()).isNotEmpty()
                .extracting((Finding f) -> f.file().getFileName().toString()).containsOnly("New.java");
        assertThat(changed.filesAnalysed()).isEqualTo(all.filesAnalysed());
    }

    @Test
    void anUnknownRefNamesTheParameter(@TempDir Path repo) throws Exception {
        git(repo, "init", "-q", "-b", "main");
        assertThatThrownBy(() -> GitChanges.since("no-such-branch", repo))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Parameter 'since': git diff")
                .hasMessageContaining("origin/main");
    }

    private static void git(Path directory, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
