package io.github.pdguard.analysis.classpath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the pdguard declarations of a classpath: class directories and jars, in order.
 *
 * <p>Every {@code .class} file is read without loading it. A class whose constant pool does not
 * mention {@code io.github.pdguard.annotations} is not decoded beyond its name and supertypes (most
 * classes of a classpath stop there); the others are read in full and kept when they carry a pdguard
 * annotation. After that, the classes of the classpath that are supertypes or subtypes of kept classes
 * are read in full too, so that the engine can follow inherited fields and getters.
 * {@code module-info.class} is skipped; in a multi-release jar the base entry is used, and a
 * {@code META-INF/versions/N/} entry only for a class the base does not have (the highest N).
 * Entries that do not exist are skipped (as javac does).
 *
 * <p>Entries are read in parallel on a fixed pool made for each {@link #scan} and shut down after it;
 * the result does not depend on the number of threads. Nothing is thrown for unreadable input: a
 * corrupt jar, a file that is not a jar, a malformed class file become a {@link ClasspathProblem}.
 */
public final class ClasspathScanner {
    /** No class file is this large (the format caps the constant pool and methods at 64 KiB entries). */
    private static final long MAX_CLASS_FILE = 64L * 1024 * 1024;
    private static final String VERSIONS = "META-INF/versions/";

    private final int threads;
    /** Jar results by path, size and modification time; {@code null} when this scanner does not cache. */
    private final Map<JarKey, EntryScan> jarCache;

    /** Uses up to as many threads as processors, at most 8; does not cache. */
    public ClasspathScanner() {
        this(defaultThreads(), false);
    }

    /** Uses up to {@code threads} threads (1 reads on the calling thread); does not cache. */
    public ClasspathScanner(int threads) {
        this(threads, false);
    }

    /**
     * Uses up to {@code threads} threads. With {@code cacheJars}, this instance remembers what each
     * jar held (by path, size and modification time) and does not read an unchanged jar again in a later
     * {@link #scan}: one scanner kept for a whole multi-module build reads each dependency jar once.
     * Class directories are always read again. The cache holds the name and supertypes of every class
     * of the jars (some 250 bytes a class) until the scanner is dropped.
     */
    public ClasspathScanner(int threads, boolean cacheJars) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.jarCache = cacheJars ? new ConcurrentHashMap<>() : null;
    }

    /** As many threads as processors, at most 8. */
    public static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /** Reads the declarations of {@code classpath} (jars and class directories, in classpath order). */
    public ClasspathDeclarations scan(List<Path> classpath) {
        long started = System.nanoTime();
        List<Path> entries = new ArrayList<>(new LinkedHashSet<>(classpath.stream()
                .map(p -> p.toAbsolutePath().normalize()).toList()));

        AtomicInteger cacheHits = new AtomicInteger();
        List<EntryScan> scans = runAll(entries, index -> cachedScan(entries.get(index), cacheHits));

        // Merge in classpath order: the first definition of a class wins.
        Map<String, Located> headers = new LinkedHashMap<>();
        Map<String, Integer> entryOf = new HashMap<>();
        Map<String, ClassDeclarations> declaring = new LinkedHashMap<>();
        List<ClasspathProblem> problems = new ArrayList<>();
        int shadowed = 0;
        int jars = 0;
        int directories = 0;
        int missing = 0;
        long classFiles = 0;
        long bytes = 0;
        for (int index = 0; index < scans.size(); index++) {
            EntryScan scan = scans.get(index);
            problems.addAll(scan.problems);
            classFiles += scan.classFiles;
            bytes += scan.bytes;
            switch (scan.kind) {
                case JAR -> jars++;
                case DIRECTORY -> directories++;
                case MISSING -> missing++;
                default -> {
                }
            }
            for (Located located : scan.headers) {
                if (headers.putIfAbsent(located.header.binaryName(), located) != null) {
                    shadowed++;
                    continue;
                }
                entryOf.put(located.header.binaryName(), index);
                ClassDeclarations full = scan.declaring.get(located.header.binaryName());
                if (full != null) {
                    declaring.put(full.binaryName(), full);
                }
            }
        }

        // The type hierarchy around the declaring classes, read in full in a second pass.
        Set<String> related = hierarchy(headers, declaring.keySet());
        related.removeAll(declaring.keySet());
        Map<Integer, List<Located>> toRead = new TreeMap<>();
        for (String name : related) {
            Located located = headers.get(name);
            toRead.computeIfAbsent(entryOf.get(name), k -> new ArrayList<>()).add(located);
        }
        List<Integer> readOrder = new ArrayList<>(toRead.keySet());
        List<EntryScan> rereads = runAll(readOrder,
                i -> reread(entries.get(readOrder.get(i)), toRead.get(readOrder.get(i))));
        Map<String, ClassDeclarations> hierarchy = new HashMap<>();
        for (EntryScan scan : rereads) {
            problems.addAll(scan.problems);
            hierarchy.putAll(scan.declaring);
        }

        List<ClassDeclarations> classes = new ArrayList<>();
        for (String name : headers.keySet()) {
            ClassDeclarations type = declaring.get(name);
            if (type == null) {
                type = hierarchy.get(name);
            }
            if (type != null) {
                classes.add(type);
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        ScanStatistics statistics = new ScanStatistics(entries.size(), jars, cacheHits.get(), directories, missing,
                classFiles, bytes, declaring.size(), hierarchy.size(), shadowed, millis);
        return new ClasspathDeclarations(classes, problems, statistics);
    }

    /** The supertypes (transitively) and subtypes (transitively) of {@code roots} that the classpath has. */
    private static Set<String> hierarchy(Map<String, Located> headers, Set<String> roots) {
        Set<String> result = new LinkedHashSet<>(roots);
        Deque<String> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            ClassHeader header = headers.get(work.removeFirst()).header;
            for (String supertype : supertypesOf(header)) {
                if (headers.containsKey(supertype) && result.add(supertype)) {
                    work.add(supertype);
                }
            }
        }
        Map<String, List<String>> subtypes = new HashMap<>();
        for (Located located : headers.values()) {
            for (String supertype : supertypesOf(located.header)) {
                subtypes.computeIfAbsent(supertype, k -> new ArrayList<>()).add(located.header.binaryName());
            }
        }
        Set<String> seen = new HashSet<>(roots);
        work.addAll(roots);
        while (!work.isEmpty()) {
            for (String subtype : subtypes.getOrDefault(work.removeFirst(), List.of())) {
                if (seen.add(subtype)) {
                    result.add(subtype);
                    work.add(subtype);
                }
            }
        }
        return result;
    }

    private static List<String> supertypesOf(ClassHeader header) {
        if (header.superclass() == null) {
            return header.interfaces();
        }
        List<String> result = new ArrayList<>(header.interfaces().size() + 1);
        result.add(header.superclass());
        result.addAll(header.interfaces());
        return result;
    }

    // ---------------------------------------------------------------------------------------------
    // One classpath entry

    private enum Kind { JAR, DIRECTORY, CLASS_FILE, MISSING, OTHER }

    /** A class header and where its class file is. */
    private record Located(ClassHeader header, String location) {
    }

    private static final class EntryScan {
        Kind kind = Kind.OTHER;
        final List<Located> headers = new ArrayList<>();
        final Map<String, ClassDeclarations> declaring = new HashMap<>();
        final List<ClasspathProblem> problems = new ArrayList<>();
        long classFiles;
        long bytes;
    }

    @FunctionalInterface
    private interface Task {
        EntryScan run(int index);
    }

    /** Runs {@code task} for 0..count-1 on the pool and returns the results in index order. */
    private List<EntryScan> runAll(List<?> items, Task task) {
        int count = items.size();
        List<EntryScan> results = new ArrayList<>(count);
        if (threads == 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                results.add(task.run(i));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), new DaemonThreads());
        try {
            List<Future<EntryScan>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.run(index)));
            }
            for (Future<EntryScan> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the classpath", e);
        } catch (ExecutionException e) {
            // scanEntry catches everything it can expect; this is a bug, not bad input.
            throw new IllegalStateException("reading the classpath failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "pdguard-classpath-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }

    private record JarKey(Path path, long size, long modified) {
    }

    private EntryScan cachedScan(Path path, AtomicInteger hits) {
        if (jarCache == null || !Files.isRegularFile(path)) {
            return scanEntry(path);
        }
        JarKey key;
        try {
            key = new JarKey(path, Files.size(path), Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            return scanEntry(path);
        }
        EntryScan cached = jarCache.get(key);
        if (cached != null) {
            hits.incrementAndGet();
            return cached;
        }
        EntryScan scan = scanEntry(path);
        jarCache.put(key, scan);
        return scan;
    }

    private static EntryScan scanEntry(Path path) {
        EntryScan scan = new EntryScan();
        try {
            if (Files.isDirectory(path)) {
                scan.kind = Kind.DIRECTORY;
                scanDirectory(path, scan);
            } else if (!Files.exists(path)) {
                scan.kind = Kind.MISSING;
            } else if (path.getFileName().toString().endsWith(".class")) {
                scan.kind = Kind.CLASS_FILE;
                readClass(path, path.getFileName().toString(), Files.readAllBytes(path), scan);
            } else {
                scan.kind = Kind.JAR;
                scanJar(path, scan);
            }
        } catch (NoSuchFileException e) {
            scan.problems.add(new ClasspathProblem(path, null, "disappeared while being read"));
        } catch (IOException | RuntimeException e) {
            scan.problems.add(new ClasspathProblem(path, null, "cannot be read: " + message(e)));
        }
        return scan;
    }

    private static void scanDirectory(Path root, EntryScan scan) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".class") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            if (skipped(relative)) {
                continue;
            }
            byte[] bytes;
            try {
                bytes = readFile(file);
            } catch (IOException e) {
                scan.problems.add(new ClasspathProblem(root, relative, "cannot be read: " + message(e)));
                continue;
            }
            if (bytes != null) {
                readClass(root, relative, bytes, scan);
            } else {
                scan.problems.add(new ClasspathProblem(root, relative, "is too large for a class file"));
            }
        }
    }

    private static byte[] readFile(Path file) throws IOException {
        return Files.size(file) > MAX_CLASS_FILE ? null : Files.readAllBytes(file);
    }

    private static boolean skipped(String relative) {
        return relative.equals("module-info.class") || relative.endsWith("/module-info.class")
                || relative.startsWith(VERSIONS);
    }

    private static void scanJar(Path path, EntryScan scan) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            scan.problems.add(new ClasspathProblem(path, null, "is not a jar or zip file (" + message(e) + ")"));
            return;
        } catch (IOException e) {
            scan.problems.add(new ClasspathProblem(path, null, "cannot be opened: " + message(e)));
            return;
        }
        try (zip) {
            Set<String> base = new HashSet<>();
            Map<String, VersionedEntry> versioned = new LinkedHashMap<>();
            List<ZipEntry> classes = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.endsWith(".class")) {
                    continue;
                }
                if (name.startsWith(VERSIONS)) {
                    VersionedEntry candidate = VersionedEntry.of(entry);
                    if (candidate != null) {
                        versioned.merge(candidate.baseName, candidate, (a, b) -> a.version >= b.version ? a : b);
                    }
                } else if (!skipped(name)) {
                    base.add(name);
                    classes.add(entry);
                }
            }
            for (VersionedEntry candidate : versioned.values()) {
                if (!base.contains(candidate.baseName) && !skipped(candidate.baseName)) {
                    classes.add(candidate.entry);
                }
            }
            for (ZipEntry entry : classes) {
                byte[] bytes = readEntry(path, zip, entry, scan);
                if (bytes != null) {
                    readClass(path, entry.getName(), bytes, scan);
                }
            }
        } catch (IOException | RuntimeException e) {
            scan.problems.add(new ClasspathProblem(path, null, "cannot be read: " + message(e)));
        }
    }

    private record VersionedEntry(String baseName, int version, ZipEntry entry) {
        static VersionedEntry of(ZipEntry entry) {
            String rest = entry.getName().substring(VERSIONS.length());
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                return null;
            }
            try {
                return new VersionedEntry(rest.substring(slash + 1), Integer.parseInt(rest.substring(0, slash)), entry);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private static byte[] readEntry(Path path, ZipFile zip, ZipEntry entry, EntryScan scan) {
        if (entry.getSize() > MAX_CLASS_FILE) {
            scan.problems.add(new ClasspathProblem(path, entry.getName(), "is too large for a class file"));
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_CLASS_FILE + 1);
            if (bytes.length > MAX_CLASS_FILE) {
                scan.problems.add(new ClasspathProblem(path, entry.getName(), "is too large for a class file"));
                return null;
            }
            return bytes;
        } catch (IOException | RuntimeException e) {
            scan.problems.add(new ClasspathProblem(path, entry.getName(), "cannot be read: " + message(e)));
            return null;
        }
    }

    private static void readClass(Path path, String location, byte[] bytes, EntryScan scan) {
        scan.classFiles++;
        scan.bytes += bytes.length;
        try {
            ClassFileReader.Scanned scanned = ClassFileReader.scan(bytes);
            if (AccessFlags.has(scanned.header().accessFlags(), AccessFlags.MODULE)) {
                return;
            }
            scan.headers.add(new Located(scanned.header(), location));
            if (scanned.declarations() != null) {
                scan.declaring.put(scanned.header().binaryName(), scanned.declarations().withOrigin(path));
            }
        } catch (ClassFormatException e) {
            scan.problems.add(new ClasspathProblem(path, location, "is not a valid class file: " + e.getMessage()));
        } catch (RuntimeException e) {
            scan.problems.add(new ClasspathProblem(path, location, "cannot be read: " + message(e)));
        }
    }

    /** The second pass: the full declarations of some classes of one entry. */
    private static EntryScan reread(Path path, List<Located> classes) {
        EntryScan scan = new EntryScan();
        try {
            if (Files.isDirectory(path)) {
                for (Located located : classes) {
                    try {
                        byte[] bytes = readFile(path.resolve(located.location));
                        if (bytes != null) {
                            readFully(path, located, bytes, scan);
                        }
                    } catch (IOException e) {
                        scan.problems.add(new ClasspathProblem(path, located.location, "cannot be read: " + message(e)));
                    }
                }
            } else if (path.getFileName().toString().endsWith(".class")) {
                readFully(path, classes.get(0), Files.readAllBytes(path), scan);
            } else {
                try (ZipFile zip = new ZipFile(path.toFile())) {
                    for (Located located : classes) {
                        ZipEntry entry = zip.getEntry(located.location);
                        byte[] bytes = entry == null ? null : readEntry(path, zip, entry, scan);
                        if (bytes != null) {
                            readFully(path, located, bytes, scan);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            scan.problems.add(new ClasspathProblem(path, null, "cannot be read again: " + message(e)));
        }
        return scan;
    }

    private static void readFully(Path path, Located located, byte[] bytes, EntryScan scan) {
        try {
            ClassDeclarations type = ClassFileReader.read(bytes);
            if (type.binaryName().equals(located.header.binaryName())) {
                scan.declaring.put(type.binaryName(), type.withOrigin(path));
            }
        } catch (ClassFormatException e) {
            scan.problems.add(new ClasspathProblem(path, located.location, "is not a valid class file: " + e.getMessage()));
        } catch (RuntimeException e) {
            scan.problems.add(new ClasspathProblem(path, located.location, "cannot be read: " + message(e)));
        }
    }

    private static String message(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
