package io.github.pdguard.analysis.classpath;

/**
 * What a {@link ClasspathScanner#scan} read and how long it took.
 *
 * @param entries           classpath entries given (after removing repeats)
 * @param jars              jar (zip) files on the classpath
 * @param cachedJars        of those, jars not read again because the scanner remembered them
 * @param directories       class directories read
 * @param missing           entries that do not exist (skipped, as javac does)
 * @param classFiles        class files on the classpath (read now or remembered)
 * @param bytes             their bytes (uncompressed)
 * @param declaringClasses  classes kept because they carry a pdguard annotation
 * @param hierarchyClasses  further classes kept because they are supertypes or subtypes of those
 * @param shadowed          class files not used because an earlier entry has the same class
 * @param millis            wall-clock time of the scan
 */
public record ScanStatistics(int entries, int jars, int cachedJars, int directories, int missing, long classFiles, long bytes,
                             int declaringClasses, int hierarchyClasses, int shadowed, long millis) {

    static ScanStatistics none() {
        return new ScanStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Override
    public String toString() {
        return String.format("%d jars (%d remembered) and %d directories, %d class files (%d KiB) in %d ms; "
                        + "%d classes with pdguard annotations, %d more for their type hierarchy", jars, cachedJars,
                directories, classFiles, bytes / 1024, millis, declaringClasses, hierarchyClasses);
    }
}
