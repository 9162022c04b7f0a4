package io.github.pdguard.analysis.source;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The local and anonymous classes the parser collects while compacting are those a walk of the tree finds, in order. */
class NestedDeclarationsTest {
    /** JavaParser as it is, without pdguard's compacting: its trees carry no collected declarations. */
    private final JavaParser plain = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));

    private static List<String> described(List<Node> nodes) {
        return nodes.stream().map(n -> n.getClass().getSimpleName() + "@" + n.getBegin().orElseThrow()).toList();
    }

    @Test
    void theParserCollectsWhatAWalkFinds() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("../test-projects"))) {
            walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
        }
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/rules"))) {
            walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
        }
        List<SourceFile> parsed = new JavaSourceParser(LanguageLevel.JAVA_17, StandardCharsets.UTF_8, 2).parseAll(files);
        int nested = 0;
        for (SourceFile file : parsed) {
            if (file.unit() == null) {
                continue; // a fixture that must not parse
            }
            CompilationUnit walked = plain.parse(file.path()).getResult().orElseThrow();
            List<String> expected = described(NestedDeclarations.of(walked));
            assertThat(described(NestedDeclarations.of(file.unit()))).as(file.path().toString()).isEqualTo(expected);
            nested += expected.size();
        }
        assertThat(nested).as("local and anonymous classes in the fixtures").isPositive();
    }

    @Test
    void findsLocalClassesLocalRecordsAndAnonymousClassesButNotPlainCreations() {
        CompilationUnit unit = plain.parse("""
                class Export {
                    Object rows() {
                        class Cache { }
                        record Row(String email) { }
                        Runnable r = new Runnable() { public void run() { } };
                        return new StringBuilder();
                    }
                }
                """).getResult().orElseThrow();
        assertThat(described(NestedDeclarations.of(unit))).containsExactly(
                "LocalClassDeclarationStmt@(line 3,col 9)", "LocalRecordDeclarationStmt@(line 4,col 9)",
                "ObjectCreationExpr@(line 5,col 22)");
    }
}
