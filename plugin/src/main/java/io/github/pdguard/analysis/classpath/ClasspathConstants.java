package io.github.pdguard.analysis.classpath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Compile-time constants of compiled classes on the classpath ({@code Purposes.SALES} of another
 * module), read on demand from the one class file that declares them, without loading it. Each
 * class is read at most once per instance; one instance serves one analysis.
 */
public final class ClasspathConstants {
    public static final ClasspathConstants NONE = new ClasspathConstants(List.of());

    private final List<Path> classpath;
    private final Map<String, Optional<ClassDeclarations>> classes = new HashMap<>();

    public ClasspathConstants(List<Path> classpath) {
        this.classpath = List.copyOf(classpath);
    }

    /** The value of {@code static final} field {@code field} of the type with source name {@code typeName}. */
    public synchronized Optional<Object> constant(String typeName, String field) {
        if (classpath.isEmpty()) {
            return Optional.empty();
        }
        return classes.computeIfAbsent(typeName, this::read)
                .flatMap(type -> type.field(field))
                .filter(f -> (f.accessFlags() & AccessFlags.STATIC) != 0 && (f.accessFlags() & AccessFlags.FINAL) != 0)
                .map(FieldDeclaration::constantValue);
    }

    /** Whether a class of this source name is on the classpath. */
    public synchronized boolean knows(String typeName) {
        return !classpath.isEmpty() && classes.computeIfAbsent(typeName, this::read).isPresent();
    }

    /** {@code a.b.Outer.Inner} may be {@code a/b/Outer$Inner.class} or a package {@code a.b.Outer}: try from the right. */
    private Optional<ClassDeclarations> read(String typeName) {
        String binary = typeName.replace('.', '/');
        while (true) {
            Optional<ClassDeclarations> found = readEntry(binary + ".class");
            if (found.isPresent()) {
                return found;
            }
            int slash = binary.lastIndexOf('/');
            if (slash < 0) {
                return Optional.empty();
            }
            binary = binary.substring(0, slash) + "$" + binary.substring(slash + 1);
        }
    }

    private Optional<ClassDeclarations> readEntry(String entry) {
        for (Path element : classpath) {
            try {
                if (Files.isDirectory(element)) {
                    Path file = element.resolve(entry);
                    if (Files.isRegularFile(file)) {
                        return Optional.of(ClassFileReader.read(Files.readAllBytes(file)));
                    }
                } else if (Files.isRegularFile(element) && element.toString().endsWith(".jar")) {
                    try (JarFile jar = new JarFile(element.toFile())) {
                        ZipEntry zipEntry = jar.getEntry(entry);
                        if (zipEntry != null) {
                            try (InputStream in = jar.getInputStream(zipEntry)) {
                                return Optional.of(ClassFileReader.read(in.readAllBytes()));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // An unreadable entry is reported by the classpath scan; here it only has no constants.
            }
        }
        return Optional.empty();
    }
}
