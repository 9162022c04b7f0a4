package io.github.pdguard.analysis.cache;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.Analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything an analysis result depends on, as one SHA-256: pdguard itself (the bytes of its jar,
 * so that a rebuilt snapshot counts as a new version), the configuration, the classpath (each
 * entry's size and modification time, for directories those of every file in them) and the
 * content of every source file. Equal keys mean equal findings.
 */
public final class InputKey {
    private InputKey() {
    }

    public static String of(AnalysisConfig config, List<Path> sources) throws IOException {
        MessageDigest digest = sha256();
        text(digest, "pdguard " + Engine.IDENTITY + "\n" + config.fingerprint() + "\n");
        for (Path entry : config.classpath()) {
            stat(digest, entry);
            if (Files.isDirectory(entry)) {
                try (Stream<Path> walk = Files.walk(entry)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        stat(digest, file);
                    }
                }
            }
        }
        for (Path source : sources) {
            byte[] content = Files.readAllBytes(source);
            text(digest, "source " + source.toAbsolutePath().normalize() + " " + content.length + "\n");
            digest.update(content);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void stat(MessageDigest digest, Path entry) throws IOException {
        if (!Files.exists(entry)) {
            text(digest, "absent " + entry + "\n");
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
        text(digest, "entry " + entry + " " + (attributes.isDirectory() ? "dir" : attributes.size() + " "
                + attributes.lastModifiedTime().toMillis()) + "\n");
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The identity of the pdguard code that runs: computed once, never changes while it runs. */
    private static final class Engine {
        static final String IDENTITY = identity();

        private static String identity() {
            CodeSource source = Analyzer.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                // Unknown code: a key no other run shares, so nothing is ever reused.
                return "unknown " + System.nanoTime();
            }
            try {
                Path location = Path.of(source.getLocation().toURI());
                MessageDigest digest = sha256();
                if (Files.isDirectory(location)) {
                    try (Stream<Path> walk = Files.walk(location)) {
                        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                            text(digest, location.relativize(file) + "\n");
                            digest.update(Files.readAllBytes(file));
                        }
                    }
                } else {
                    digest.update(Files.readAllBytes(location));
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read pdguard's own code at " + source.getLocation(), e);
            } catch (URISyntaxException | IllegalArgumentException e) {
                return "unknown " + System.nanoTime();
            }
        }
    }
}
