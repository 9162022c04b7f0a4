package io.github.pdguard.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprintsTest {
    private static final String SAMPLE = "class A {\n    void f() {\n        log.info(\"x\" + email);\n    }\n\n"
            + "    void g() {\n        log.info(\"x\" + email);\n    }\n}\n";

    /** Values computed with the upload action's algorithm (github/codeql-action src/fingerprints.ts) under Node.js. */
    @Test
    void lineHashesAreThoseOfGitHubsUploadAction() {
        Map<Integer, String> hashes = Fingerprints.lineHashes(SAMPLE);
        assertThat(hashes).containsEntry(1, "fd4b4f37e9ec03f1:1")
                .containsEntry(3, "c16a60cde0f4772b:1")
                .containsEntry(5, "5e7c1975a1a93e97:1")
                .containsEntry(7, "c1e16f157b646f6e:1")
                .containsEntry(9, "32dce9ccfdbc9d3e:1")
                .containsEntry(10, "c129715d7a2bc9a3:1");

        String mixed = "a\r\nb\rc\n\t x y\n\u00e4\u20ac\uD83D\uDE00 done";
        assertThat(Fingerprints.lineHashes(mixed)).containsEntry(1, "aaaeed83c119dd31:1")
                .containsEntry(2, "b9db7dbf109ed16a:1").containsEntry(3, "af80a4a1eb711ee6:1")
                .containsEntry(4, "2003717cb6e5c3ad:1").containsEntry(5, "1ab9a9e2d6f0298a:1");
    }

    @Test
    void identicalWindowsAreCountedInOrder() {
        Map<Integer, String> hashes = Fingerprints.lineHashes("ab\n".repeat(60));
        assertThat(hashes.get(1)).isEqualTo("94155610e84b82:1");
        assertThat(hashes.get(2)).isEqualTo("94155610e84b82:2");
        assertThat(hashes.get(27)).isEqualTo("94155610e84b82:27");
        assertThat(hashes.get(58)).isEqualTo("e803717ce96ec736:1");
    }

    @Test
    void lineHashIsStableWhenBlankLinesAreInsertedAboveOrTheLineIsReindented() {
        String before = Fingerprints.lineHashes(SAMPLE).get(3);
        String shifted = "\n\n\n" + SAMPLE.replace("class A {\n", "class A {\n\n\n");
        assertThat(Fingerprints.lineHashes(shifted).get(3 + 5)).isEqualTo(before);
        String reindented = SAMPLE.replace("        log.info(\"x\" + email);\n    }\n\n    void g",
                "\t\tlog.info(\"x\"+email);\n    }\n\n    void g");
        assertThat(Fingerprints.lineHashes(reindented).get(3)).isEqualTo(before);
        assertThat(Fingerprints.lineHashes(SAMPLE.replace("\n", "\r\n")).get(3)).isEqualTo(before);
    }

    @Test
    void lineHashChangesWhenTheLineChanges() {
        String changed = SAMPLE.replace("log.info(\"x\" + email);\n    }\n\n    void g", "log.info(\"y\" + email);\n    }\n\n    void g");
        assertThat(Fingerprints.lineHashes(changed).get(3)).isNotEqualTo(Fingerprints.lineHashes(SAMPLE).get(3));
    }

    @Test
    void baselineFingerprintDependsOnRuleFileMemberAndCodeOnly() {
        String base = Fingerprints.baseline("log-leak", "src/A.java", "A.f", Fingerprints.normalise("  log.info(x);"));
        assertThat(base).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(Fingerprints.baseline("log-leak", "src/A.java", "A.f", Fingerprints.normalise("log.info( x );\t")))
                .isEqualTo(base);
        assertThat(Fingerprints.baseline("exception-leak", "src/A.java", "A.f", "log.info(x);")).isNotEqualTo(base);
        assertThat(Fingerprints.baseline("log-leak", "src/B.java", "A.f", "log.info(x);")).isNotEqualTo(base);
        assertThat(Fingerprints.baseline("log-leak", "src/A.java", "A.g", "log.info(x);")).isNotEqualTo(base);
        assertThat(Fingerprints.baseline("log-leak", "src/A.java", "A.f", "log.info(y);")).isNotEqualTo(base);
    }
}
