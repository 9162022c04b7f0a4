package io.github.pdguard.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The two fingerprints pdguard gives a finding. Neither contains a line number, so both survive
 * code moving up or down the file.
 *
 * <h2>{@code primaryLocationLineHash} (SARIF {@code partialFingerprints})</h2>
 * The scheme of GitHub's upload action (github/codeql-action, {@code src/fingerprints.ts}), so
 * that GitHub, which de-duplicates alerts by this value alone, sees the same value the action
 * would compute, and so that uploads through the REST API (which computes nothing) behave alike:
 * <ol>
 *   <li>The file is read as UTF-16 code units. Spaces and tabs are dropped; {@code \r\n} and
 *       {@code \r} become {@code \n}. After the last character the value 65535 is appended.</li>
 *   <li>For every line, the hash covers the next 100 remaining characters starting at that line's
 *       first remaining character (so it includes the following lines until 100 are reached;
 *       past the end, zeros): {@code h = Σ c[i]·37^(99-i)} in 64-bit two's-complement arithmetic,
 *       computed as a rolling hash.</li>
 *   <li>The value is the hash as an unsigned hexadecimal number without leading zeros, then
 *       {@code :}, then how many times that hash has occurred so far in the file, counting this
 *       line ({@code 1} for the first occurrence): {@code 9c1a3b4f20d3e7a1:1}.</li>
 * </ol>
 * Blank lines inserted above a finding change neither its line's 100 characters nor the count of
 * earlier identical hashes (a window that starts with a blank line starts with {@code \n}), so the
 * value stays the same; so does re-indenting.
 *
 * <h2>Baseline fingerprint</h2>
 * The first 32 hexadecimal digits of SHA-256 over
 * {@code rule-id \n path \n member \n normalised-code}, where {@code path} is the file relative to
 * the baseline file's directory (so a baseline matches whether the build starts at the top or in
 * the module), {@code member} is the enclosing member ({@code CustomerService.register}, empty when
 * unknown) and {@code normalised-code} is the text of the finding's line without any whitespace
 * (or, when the file cannot be read, {@code message:} and the finding's message). Identical lines
 * in one member give equal fingerprints; the baseline counts them (see {@link Baseline}).
 */
public final class Fingerprints {
    private static final int BLOCK_SIZE = 100;
    private static final long MOD = 37;
    private static final int EOF = 65535;
    private static final long FIRST_MOD;

    static {
        long first = 1;
        for (int i = 0; i < BLOCK_SIZE; i++) {
            first *= MOD;
        }
        FIRST_MOD = first;
    }

    private Fingerprints() {
    }

    /** Every line's {@code primaryLocationLineHash}, by 1-based line number. */
    public static Map<Integer, String> lineHashes(String content) {
        return new LineHasher().run(content);
    }

    /** The baseline fingerprint of a finding (see the class comment). */
    public static String baseline(String ruleId, String path, String member, String normalisedCode) {
        String input = ruleId + "\n" + path + "\n" + (member == null ? "" : member) + "\n" + normalisedCode;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                hex.append(String.format("%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** A line of code without whitespace: what stays the same when code is re-indented or reformatted within the line. */
    public static String normalise(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The rolling hash of the upload action, one instance per file. */
    private static final class LineHasher {
        private final int[] window = new int[BLOCK_SIZE];
        private final int[] lineNumbers = new int[BLOCK_SIZE];
        private final Map<String, Integer> hashCounts = new HashMap<>();
        private final Map<Integer, String> result = new HashMap<>();
        private long hash;
        private int index;
        private int lineNumber;
        private boolean lineStart = true;
        private boolean previousCr;

        Map<Integer, String> run(String content) {
            Arrays.fill(lineNumbers, -1);
            for (int i = 0; i < content.length(); i++) {
                process(content.charAt(i));
            }
            process(EOF);
            for (int i = 0; i < BLOCK_SIZE; i++) {
                if (lineNumbers[index] != -1) {
                    output();
                }
                update(0);
            }
            return result;
        }

        private void process(int current) {
            if (current == ' ' || current == '\t' || (previousCr && current == '\n')) {
                previousCr = false;
                return;
            }
            if (current == '\r') {
                current = '\n';
                previousCr = true;
            } else {
                previousCr = false;
            }
            if (lineNumbers[index] != -1) {
                output();
            }
            if (lineStart) {
                lineStart = false;
                lineNumber++;
                lineNumbers[index] = lineNumber;
            }
            if (current == '\n') {
                lineStart = true;
            }
            update(current);
        }

        private void update(int current) {
            int begin = window[index];
            window[index] = current;
            hash = MOD * hash + current - FIRST_MOD * begin;
            index = (index + 1) % BLOCK_SIZE;
        }

        private void output() {
            String value = Long.toUnsignedString(hash, 16);
            int count = hashCounts.merge(value, 1, Integer::sum);
            result.put(lineNumbers[index], value + ":" + count);
            lineNumbers[index] = -1;
        }
    }
}
