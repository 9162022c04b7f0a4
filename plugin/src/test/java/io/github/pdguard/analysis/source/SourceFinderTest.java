package io.github.pdguard.analysis.source;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 4: includes and excludes are Ant-style patterns relative to each source root. */
class SourceFinderTest {
    private static final List<String> ALL = List.of("**/*.java");

    @TempDir
    Path root;

    @BeforeEach
    void tree() throws IOException {
        for (String file : List.of(
                "App.java",
                "com/shop/Customer.java",
                "com/shop/CustomerTest.java",
                "com/shop/order/Order.java",
                "com/shop/order/internal/OrderMapper.java",
                "com/shop/generated/Stub.java",
                "generated/sources/Parser.java",
                "com/shop/README.md",
                "com/shop/order/Order.java.orig",
                "com/shop/A.java")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "class X {}\n");
        }
    }

    private List<String> find(List<String> includes, List<String> excludes) throws IOException {
        return new SourceFinder(includes, excludes).find(List.of(root)).stream()
                .map(p -> root.relativize(p).toString().replace('\\', '/'))
                .toList();
    }

    @Test
    void defaultFindsEveryJavaFileSortedAndAbsolute() throws IOException {
        List<Path> found = new SourceFinder(ALL, List.of()).find(List.of(root));
        assertThat(found).allMatch(Path::isAbsolute).isSorted();
        assertThat(find(ALL, List.of())).containsExactly(
                "App.java",
                "com/shop/A.java",
                "com/shop/Customer.java",
                "com/shop/CustomerTest.java",
                "com/shop/generated/Stub.java",
                "com/shop/order/Order.java",
                "com/shop/order/internal/OrderMapper.java",
                "generated/sources/Parser.java");
    }

    @Test
    void doubleStarSpansAnyNumberOfDirectoriesIncludingNone() throws IOException {
        assertThat(find(List.of("**/Order*.java"), List.of()))
                .containsExactly("com/shop/order/Order.java", "com/shop/order/internal/OrderMapper.java");
        assertThat(find(List.of("**/App.java"), List.of())).containsExactly("App.java");
        assertThat(find(List.of("com/**/order/**"), List.of()))
                .containsExactly("com/shop/order/Order.java", "com/shop/order/internal/OrderMapper.java");
    }

    @Test
    void singleStarAndQuestionMarkStayWithinOneDirectory() throws IOException {
        assertThat(find(List.of("com/shop/*.java"), List.of()))
                .containsExactly("com/shop/A.java", "com/shop/Customer.java", "com/shop/CustomerTest.java");
        assertThat(find(List.of("com/shop/?.java"), List.of())).containsExactly("com/shop/A.java");
        assertThat(find(List.of("*.java"), List.of())).containsExactly("App.java");
    }

    @Test
    void excludesWin() throws IOException {
        assertThat(find(ALL, List.of("**/generated/**", "**/*Test.java"))).containsExactly(
                "App.java",
                "com/shop/A.java",
                "com/shop/Customer.java",
                "com/shop/order/Order.java",
                "com/shop/order/internal/OrderMapper.java");
    }

    @Test
    void aTrailingSlashMeansEverythingBelow() throws IOException {
        assertThat(find(ALL, List.of("com/shop/order/"))).doesNotContain(
                "com/shop/order/Order.java", "com/shop/order/internal/OrderMapper.java").contains("com/shop/A.java");
    }

    @Test
    void onlyJavaFilesAreFoundWhateverThePattern() throws IOException {
        assertThat(find(List.of("**"), List.of())).allMatch(p -> p.endsWith(".java")).hasSize(8);
    }

    @Test
    void overlappingRootsGiveEachFileOnceAndMissingRootsAreSkipped() throws IOException {
        List<Path> found = new SourceFinder(ALL, List.of())
                .find(List.of(root, root.resolve("com/shop/order"), root.resolve("does-not-exist")));
        assertThat(found).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    void patternsAreRelativeToEachRoot() throws IOException {
        List<Path> found = new SourceFinder(List.of("order/*.java"), List.of())
                .find(List.of(root.resolve("com/shop"), root.resolve("generated")));
        assertThat(found).containsExactly(root.resolve("com/shop/order/Order.java").toAbsolutePath().normalize());
    }
}
