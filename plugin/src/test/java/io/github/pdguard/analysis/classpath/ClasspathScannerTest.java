package io.github.pdguard.analysis.classpath;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClasspathScannerTest {
    @TempDir
    static Path dir;
    static Compiled domain;
    static Path domainJar;

    @BeforeAll
    static void compileDomain() {
        domain = Compiled.compile(dir.resolve("domain"), Map.of(
                "domain/BaseEntity.java", """
                        package domain;
                        public abstract class BaseEntity implements Identified { public long id; public long id() { return id; } }
                        """,
                "domain/Identified.java", """
                        package domain;
                        public interface Identified { long id(); }
                        """,
                "domain/Customer.java", """
                        package domain;
                        import io.github.pdguard.annotations.*;
                        @PersonalData(purposes = {"billing", "support"}, retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
                        public class Customer extends BaseEntity {
                            @PersonalData(category = Category.CONTACT) private String email;
                            private String status;
                            public String getEmail() { return email; }
                            public String getStatus() { return status; }

                            @Sensitive(category = SpecialCategory.HEALTH, condition = Article9Condition.EXPLICIT_CONSENT)
                            public static class Health {
                                @Sensitive String diagnosis;
                                public static class Note { @PersonalData String text; }
                            }
                        }
                        """,
                "domain/PremiumCustomer.java", """
                        package domain;
                        public class PremiumCustomer extends Customer { int level; }
                        """,
                "domain/Unrelated.java", """
                        package domain;
                        public class Unrelated { String email; }
                        """,
                "domain/Contact.java", """
                        package domain;
                        import io.github.pdguard.annotations.*;
                        public record Contact(@PersonalData(category = Category.CONTACT, purposes = "support") String phone) {}
                        """,
                "domain/billing/Invoices.java", """
                        package domain.billing;
                        import io.github.pdguard.annotations.*;
                        public class Invoices {
                            @Redacts public static String mask(String iban) { return "****"; }
                            public static class Inner { @ProcessingPurpose("audit") void check() {} }
                        }
                        """,
                "domain/billing/package-info.java", """
                        @ProcessingPurpose("billing")
                        package domain.billing;
                        import io.github.pdguard.annotations.ProcessingPurpose;
                        """));
        domainJar = domain.jar(dir.resolve("domain.jar"));
    }

    @Test
    void keepsDeclaringClassesAndTheirHierarchy() {
        ClasspathDeclarations declarations = new ClasspathScanner().scan(List.of(domainJar));

        assertThat(declarations.problems()).isEmpty();
        assertThat(declarations.classes()).extracting(ClassDeclarations::sourceName).containsExactlyInAnyOrder(
                "domain.BaseEntity", "domain.Identified", "domain.Customer", "domain.Customer.Health",
                "domain.Customer.Health.Note", "domain.PremiumCustomer", "domain.Contact", "domain.billing.Invoices",
                "domain.billing.Invoices.Inner");
        assertThat(declarations.find("domain.Unrelated")).isEmpty();
        assertThat(declarations.findByBinaryName("domain.Customer$Health")).isPresent();
        assertThat(declarations.find("domain.Customer").orElseThrow().origin()).isEqualTo(domainJar.toAbsolutePath());

        ScanStatistics statistics = declarations.statistics();
        assertThat(statistics.jars()).isEqualTo(1);
        assertThat(statistics.classFiles()).isEqualTo(11);
        assertThat(statistics.declaringClasses()).isEqualTo(7);  // with package-info
        assertThat(statistics.hierarchyClasses()).isEqualTo(3);

        // Hierarchy classes are read in full too.
        ClassDeclarations base = declarations.find("domain.BaseEntity").orElseThrow();
        assertThat(base.fields()).extracting(FieldDeclaration::name).containsExactly("id");
        assertThat(declarations.supertypes("domain.PremiumCustomer")).extracting(ClassDeclarations::sourceName)
                .containsExactly("domain.Customer", "domain.BaseEntity", "domain.Identified");
    }

    @Test
    void gettersOfInheritedAnnotatedFields() {
        ClasspathDeclarations declarations = new ClasspathScanner().scan(List.of(domainJar));
        assertThat(declarations.getterField("domain.PremiumCustomer", "getEmail").orElseThrow().name())
                .isEqualTo("email");
        assertThat(declarations.getterOwner("domain.PremiumCustomer", "getEmail").orElseThrow().sourceName())
                .isEqualTo("domain.Customer");
        assertThat(declarations.getterField("domain.Customer", "getStatus")).isEmpty();
        assertThat(declarations.getterField("domain.Contact", "phone").orElseThrow().name()).isEqualTo("phone");
        assertThat(declarations.getterField("domain.Unrelated", "getEmail")).isEmpty();
    }

    @Test
    void typeLevelDefaultsComeFromTheTypeAndItsEnclosingTypes() {
        ClasspathDeclarations declarations = new ClasspathScanner().scan(List.of(domainJar));
        List<AnnotationInfo> defaults = declarations.typeDefaults("domain.Customer.Health.Note");
        assertThat(defaults).extracting(AnnotationInfo::simpleName).containsExactly("Sensitive", "PersonalData");
        assertThat(defaults.get(0).enumConstants("condition")).containsExactly("EXPLICIT_CONSENT");
        assertThat(defaults.get(1).strings("purposes")).containsExactly("billing", "support");
        assertThat(defaults.get(1).string("retention")).contains("P2Y");
        assertThat(declarations.enclosingTypes("domain.Customer.Health.Note")).extracting(ClassDeclarations::sourceName)
                .containsExactly("domain.Customer.Health.Note", "domain.Customer.Health", "domain.Customer");
        assertThat(declarations.typeDefaults("domain.BaseEntity")).isEmpty();
    }

    @Test
    void processingPurposesAndRedactsFromTheClasspath() {
        ClasspathDeclarations declarations = new ClasspathScanner().scan(List.of(domainJar));
        assertThat(declarations.packageInfo("domain.billing").orElseThrow().processingPurposes())
                .contains(List.of("billing"));
        assertThat(declarations.processingPurposes("domain.billing.Invoices")).contains(List.of("billing"));
        assertThat(declarations.processingPurposes("domain.billing.Invoices.Inner")).contains(List.of("billing"));
        assertThat(declarations.find("domain.billing.Invoices.Inner").orElseThrow().methods("check").get(0)
                .processingPurposes()).contains(List.of("audit"));
        assertThat(declarations.processingPurposes("domain.Customer")).isEmpty();
        assertThat(declarations.find("domain.billing.Invoices").orElseThrow().methods("mask").get(0).isRedacts())
                .isTrue();
    }

    @Test
    void directoriesReadLikeJars() {
        ClasspathDeclarations fromJar = new ClasspathScanner().scan(List.of(domainJar));
        ClasspathDeclarations fromDirectory = new ClasspathScanner().scan(List.of(domain.classes()));
        assertThat(fromDirectory.problems()).isEmpty();
        assertThat(fromDirectory.statistics().directories()).isEqualTo(1);
        assertThat(fromDirectory.classes()).extracting(ClassDeclarations::sourceName)
                .containsExactlyInAnyOrderElementsOf(fromJar.classes().stream().map(ClassDeclarations::sourceName).toList());
        assertThat(fromDirectory.find("domain.Customer").orElseThrow().withOrigin(null))
                .isEqualTo(fromJar.find("domain.Customer").orElseThrow().withOrigin(null));
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads(@TempDir Path other) {
        Compiled second = Compiled.compile(other, Map.of("lib/Account.java", """
                package lib;
                import io.github.pdguard.annotations.*;
                public class Account extends domain.Customer { @PersonalData(category = Category.FINANCIAL) String iban; }
                """), List.of(domainJar));
        List<Path> classpath = List.of(domainJar, second.jar(other.resolve("lib.jar")), annotationsOnClasspath());
        ClasspathDeclarations serial = new ClasspathScanner(1).scan(classpath);
        ClasspathDeclarations parallel = new ClasspathScanner(4).scan(classpath);
        assertThat(parallel.classes()).containsExactlyElementsOf(serial.classes());
        assertThat(parallel.find("lib.Account")).isPresent();
        assertThat(parallel.supertypes("lib.Account")).extracting(ClassDeclarations::sourceName)
                .startsWith("domain.Customer", "domain.BaseEntity");
        // The annotations themselves and their enums carry no declarations.
        assertThat(parallel.classes()).noneMatch(c -> c.packageName().equals("io.github.pdguard.annotations"));
    }

    @Test
    void theFirstEntryOfTheClasspathWins(@TempDir Path other) {
        Compiled unannotated = Compiled.compile(other, Map.of("domain/Customer.java", """
                package domain;
                public class Customer { String email; }
                """));
        Path older = unannotated.jar(other.resolve("older.jar"));
        ClasspathDeclarations olderFirst = new ClasspathScanner().scan(List.of(older, domainJar));
        assertThat(olderFirst.find("domain.Customer")).isEmpty();
        assertThat(olderFirst.statistics().shadowed()).isEqualTo(1);
        ClasspathDeclarations domainFirst = new ClasspathScanner().scan(List.of(domainJar, older));
        assertThat(domainFirst.find("domain.Customer").orElseThrow().origin()).isEqualTo(domainJar.toAbsolutePath());
    }

    @Test
    void unreadableInputBecomesProblemsAndTheRestIsRead(@TempDir Path other) throws IOException {
        Path notAJar = Files.writeString(other.resolve("notes.txt"), "not a jar");
        Path emptyJar = Files.write(other.resolve("empty.jar"), new byte[0]);
        byte[] whole = Files.readAllBytes(domainJar);
        Path truncatedJar = Files.write(other.resolve("truncated.jar"), Arrays.copyOf(whole, whole.length / 2));
        Path missing = other.resolve("missing.jar");

        Path classes = Files.createDirectories(other.resolve("classes/broken"));
        Files.write(classes.resolve("Broken.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0});
        Files.writeString(classes.resolve("Text.class"), "hello");

        Path jarWithBadEntry = other.resolve("bad-entry.jar");
        try (OutputStream file = Files.newOutputStream(jarWithBadEntry); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("bad/Bad.class"));
            out.write(Arrays.copyOf(domain.bytes("domain.Customer"), 100));
            out.closeEntry();
            out.putNextEntry(new JarEntry("domain/Contact.class"));
            out.write(domain.bytes("domain.Contact"));
            out.closeEntry();
        }

        ClasspathDeclarations declarations = new ClasspathScanner().scan(List.of(notAJar, emptyJar, truncatedJar,
                missing, other.resolve("classes"), jarWithBadEntry));

        Path classesDir = other.resolve("classes").toAbsolutePath();
        assertThat(declarations.problems()).extracting(ClasspathProblem::path, ClasspathProblem::entry).containsExactly(
                tuple(notAJar.toAbsolutePath(), null),
                tuple(emptyJar.toAbsolutePath(), null),
                tuple(truncatedJar.toAbsolutePath(), null),
                tuple(classesDir, "broken/Broken.class"),
                tuple(classesDir, "broken/Text.class"),
                tuple(jarWithBadEntry.toAbsolutePath(), "bad/Bad.class"));
        List<String> described = declarations.problems().stream().map(ClasspathProblem::describe).toList();
        assertThat(described.get(0)).startsWith(notAJar.toAbsolutePath() + ": is not a jar or zip file (");
        assertThat(described.get(1)).startsWith(emptyJar.toAbsolutePath() + ": is not a jar or zip file (");
        assertThat(described.get(2)).startsWith(truncatedJar.toAbsolutePath() + ": is not a jar or zip file (");
        assertThat(described.get(3)).isEqualTo(classesDir + "!/broken/Broken.class: is not a valid class file: "
                + "not a class file (only 6 bytes)");
        assertThat(described.get(4)).isEqualTo(classesDir + "!/broken/Text.class: is not a valid class file: "
                + "not a class file (only 5 bytes)");
        assertThat(described.get(5)).startsWith(jarWithBadEntry.toAbsolutePath()
                + "!/bad/Bad.class: is not a valid class file: truncated class file (at byte ");
        assertThat(declarations.find("domain.Contact")).isPresent();
        assertThat(declarations.statistics().missing()).isEqualTo(1);
    }

    @Test
    void multiReleaseJarsUseTheBaseEntryAndSkipModuleInfo(@TempDir Path other) throws IOException {
        Compiled unannotated = Compiled.compile(other.resolve("plain"), Map.of("domain/Contact.java", """
                package domain;
                public record Contact(String phone) {}
                """));
        Compiled module = Compiled.compile(other.resolve("module"), Map.of("module-info.java", """
                module m { }
                """));
        Compiled only = Compiled.compile(other.resolve("only"), Map.of("m/Only.java", """
                package m;
                public class Only { @io.github.pdguard.annotations.PersonalData String name; }
                """));
        Path jar = other.resolve("mr.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            put(out, "domain/Contact.class", domain.bytes("domain.Contact"));
            put(out, "META-INF/versions/11/domain/Contact.class", unannotated.bytes("domain.Contact"));
            put(out, "META-INF/versions/11/m/Only.class", only.bytes("m.Only"));
            put(out, "META-INF/versions/9/module-info.class", module.bytes("module-info"));
            put(out, "module-info.class", module.bytes("module-info"));
        }
        ClasspathDeclarations declarations = new ClasspathScanner().scan(List.of(jar));
        assertThat(declarations.problems()).isEmpty();
        assertThat(declarations.find("domain.Contact").orElseThrow().recordComponent("phone").orElseThrow()
                .personalData()).isPresent();
        assertThat(declarations.find("m.Only")).isPresent();
        assertThat(declarations.statistics().classFiles()).isEqualTo(2);
    }

    @Test
    void aCachingScannerReadsAnUnchangedJarOnce(@TempDir Path other) throws IOException {
        Path jar = Files.copy(domainJar, other.resolve("domain.jar"));
        ClasspathScanner scanner = new ClasspathScanner(2, true);
        ClasspathDeclarations first = scanner.scan(List.of(jar, domain.classes()));
        ClasspathDeclarations second = scanner.scan(List.of(jar, domain.classes()));
        assertThat(first.statistics().cachedJars()).isZero();
        assertThat(second.statistics().cachedJars()).isEqualTo(1);
        assertThat(second.statistics().classFiles()).isEqualTo(first.statistics().classFiles());
        assertThat(second.classes()).containsExactlyElementsOf(first.classes());

        // A changed jar is read again.
        Compiled changed = Compiled.compile(other.resolve("changed"), Map.of("domain/Customer.java", """
                package domain;
                public class Customer { @io.github.pdguard.annotations.Sensitive String email; }
                """));
        changed.jar(jar);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 2000));
        ClasspathDeclarations third = scanner.scan(List.of(jar));
        assertThat(third.statistics().cachedJars()).isZero();
        assertThat(third.find("domain.Customer").orElseThrow().field("email").orElseThrow().sensitive()).isPresent();
        assertThat(new ClasspathScanner().scan(List.of(jar)).statistics().cachedJars()).isZero();
    }

    @Test
    void anEmptyClasspath() {
        ClasspathDeclarations declarations = new ClasspathScanner().scan(List.of());
        assertThat(declarations.isEmpty()).isTrue();
        assertThat(declarations.problems()).isEmpty();
        assertThat(ClasspathDeclarations.empty().find("a.B")).isEmpty();
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /** The pdguard-annotations jar or classes directory the tests run with. */
    static Path annotationsOnClasspath() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.contains("pdguard-annotations") || entry.replace('\\', '/').endsWith("annotations/target/classes")) {
                return Path.of(entry);
            }
        }
        throw new AssertionError("pdguard-annotations is not on the test classpath");
    }
}
