package io.github.pdguard.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's Chromium, headless, for the tests that need a real browser. Missing Chromium fails the
 * test with the command that installs it; it is never a reason to skip.
 */
final class HeadlessChromium {
    static final Path DEFAULT = Path.of("/usr/bin/chromium");

    /** What the browser printed: the serialised DOM after the page's scripts ran, and its log. */
    record Run(String dom, String log) {
    }

    private HeadlessChromium() {
    }

    static Path executable() {
        String configured = System.getenv("PDGUARD_CHROMIUM");
        Path chromium = configured == null || configured.isBlank() ? DEFAULT : Path.of(configured);
        if (!Files.isExecutable(chromium)) {
            fail("Chromium is needed to test pdguard.html in a real browser, but " + chromium + " does not exist."
                    + " Install Debian's package: apt-get update && apt-get install -y chromium"
                    + " (or run .ci/install-browser), or point PDGUARD_CHROMIUM at a Chromium binary.");
        }
        return chromium;
    }

    /** Loads {@code page} and returns the DOM once its scripts (and timers, within 5 s of virtual time) have run. */
    static Run dumpDom(Path page, Path workDirectory) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(workDirectory.resolve("chromium-profile"));
        Path stdout = workDirectory.resolve("chromium.out");
        Path stderr = workDirectory.resolve("chromium.log");
        Process process = new ProcessBuilder(List.of(executable().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--disable-extensions", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom",
                page.toAbsolutePath().toUri().toString()))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish loading " + page + " within 120 s; its log: " + Files.readString(stderr));
        }
        String dom = Files.readString(stdout, StandardCharsets.UTF_8);
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        if (dom.isBlank()) {
            fail("Chromium printed no DOM for " + page + " (exit code " + process.exitValue() + "); its log: " + log);
        }
        return new Run(dom, log);
    }
}
