package io.github.pdguard.analysis.classpath;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Compiles Java sources at test time against the test classpath (which has pdguard-annotations). */
final class Compiled {
    private final Path classes;

    private Compiled(Path classes) {
        this.classes = classes;
    }

    /** Compiles {@code sources} (path relative to a source root → text) into {@code dir/classes}. */
    static Compiled compile(Path dir, Map<String, String> sources, String... options) {
        return compile(dir, sources, List.of(), options);
    }

    /** Compiles with {@code classpath} before the test classpath. */
    static Compiled compile(Path dir, Map<String, String> sources, List<Path> classpath, String... options) {
        try {
            Path src = Files.createDirectories(dir.resolve("src"));
            Path out = Files.createDirectories(dir.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null,
                    StandardCharsets.UTF_8)) {
                List<String> arguments = new ArrayList<>(List.of("-d", out.toString(),
                        "-classpath", classpath(classpath), "-proc:none"));
                arguments.addAll(List.of(options));
                boolean ok = compiler.getTask(null, fileManager, diagnostics, arguments, null,
                        fileManager.getJavaFileObjectsFromPaths(files)).call();
                if (!ok) {
                    StringBuilder message = new StringBuilder("compilation failed:");
                    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                        message.append('\n').append(d);
                    }
                    throw new AssertionError(message);
                }
            }
            return new Compiled(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpath(List<Path> before) {
        List<String> entries = new ArrayList<>();
        before.forEach(p -> entries.add(p.toString()));
        entries.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, entries);
    }

    Path classes() {
        return classes;
    }

    /** The bytes of the class with that binary name ({@code a.b.Outer$Inner}). */
    byte[] bytes(String binaryName) {
        try {
            return Files.readAllBytes(classes.resolve(binaryName.replace('.', '/') + ".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ClassDeclarations read(String binaryName) throws ClassFormatException {
        return ClassFileReader.read(bytes(binaryName));
    }

    /** Puts all compiled classes into a jar. */
    Path jar(Path jar) {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
