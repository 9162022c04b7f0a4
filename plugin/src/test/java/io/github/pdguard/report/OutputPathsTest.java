package io.github.pdguard.report;

import io.github.pdguard.analysis.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** SPEC 5: a baseline that cannot be read or an output directory that cannot be written stops the build up front. */
class OutputPathsTest {

    @TempDir
    Path root;

    private static String message(ThrowingCheck check) {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, check::run);
        assertThat(e).as("a ConfigurationException").isNotNull();
        return e.getMessage();
    }

    private interface ThrowingCheck {
        void run() throws ConfigurationException;
    }

    @Test
    void aMissingBaselineIsFineAnExistingOneToo() throws Exception {
        assertThatCode(() -> OutputPaths.checkReadableBaseline("baselineFile", root.resolve("pdguard-baseline.json")))
                .doesNotThrowAnyException();
        Files.writeString(root.resolve("pdguard-baseline.json"), "{}");
        assertThatCode(() -> OutputPaths.checkReadableBaseline("baselineFile", root.resolve("pdguard-baseline.json")))
                .doesNotThrowAnyException();
    }

    @Test
    void aBaselineThatIsADirectoryNamesTheParameterAndWhatWouldBeRight() throws Exception {
        Path directory = Files.createDirectories(root.resolve("pdguard-baseline.json"));
        assertThat(message(() -> OutputPaths.checkReadableBaseline("baselineFile", directory)))
                .isEqualTo("Parameter 'baselineFile': '" + directory + "' is a directory; point baselineFile at the"
                        + " baseline's JSON file (by default pdguard-baseline.json in the project directory)");
        assertThat(message(() -> OutputPaths.checkWritableFile("baselineFile", directory)))
                .startsWith("Parameter 'baselineFile': '" + directory + "' is a directory; point baselineFile at a file");
    }

    @Test
    void aBaselineLinkToNowhereIsNotTakenForNoBaseline() throws Exception {
        Path link = Files.createSymbolicLink(root.resolve("pdguard-baseline.json"), root.resolve("gone.json"));
        assertThat(message(() -> OutputPaths.checkReadableBaseline("baselineFile", link)))
                .isEqualTo("Parameter 'baselineFile': '" + link + "' is a symbolic link to '" + root.resolve("gone.json")
                        + "', which does not exist; point baselineFile at the baseline's JSON file, or remove the link"
                        + " and run mvn pdguard:baseline to write one");
    }

    @Test
    void anOutputDirectoryUnderARegularFileCannotBeCreated() throws Exception {
        Path file = Files.writeString(root.resolve("target"), "not a directory");
        Path wanted = file.resolve("pdguard");
        assertThat(message(() -> OutputPaths.checkWritableDirectory("outputDirectory", wanted)))
                .isEqualTo("Parameter 'outputDirectory': '" + wanted + "' cannot be created: " + file
                        + " is a file, not a directory; use a directory pdguard can create, for example"
                        + " ${project.build.directory}/pdguard");
        assertThat(message(() -> OutputPaths.checkWritableDirectory("outputDirectory", file)))
                .startsWith("Parameter 'outputDirectory': '" + file + "' cannot be created: " + file + " is a file");
        assertThat(message(() -> OutputPaths.checkWritableFile("baselineFile", wanted.resolve("baseline.json"))))
                .startsWith("Parameter 'baselineFile': '" + wanted.resolve("baseline.json") + "' cannot be created: "
                        + file + " is a file");
    }

    @Test
    void anOutputDirectoryBehindALinkToNowhereCannotBeCreated() throws Exception {
        Path link = Files.createSymbolicLink(root.resolve("reports"), root.resolve("missing"));
        assertThat(message(() -> OutputPaths.checkWritableDirectory("outputDirectory", link.resolve("pdguard"))))
                .contains("is a symbolic link to '" + root.resolve("missing") + "', which does not exist");
    }

    @Test
    void aDirectoryThatDoesNotExistYetIsFine() {
        assertThatCode(() -> OutputPaths.checkWritableDirectory("outputDirectory", root.resolve("target/pdguard/deep")))
                .doesNotThrowAnyException();
        assertThatCode(() -> OutputPaths.checkWritableFile("baselineFile", root.resolve("new/pdguard-baseline.json")))
                .doesNotThrowAnyException();
    }
}
