package io.github.pdguard.analysis.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OneWalkValidationTest {
    /** Code newer than some levels, several problems to a file, so that their order is checked too. */
    private static final List<String> SNIPPETS = List.of(
            "record Point(int x, int y) { }",
            "class A { void f() { var list = new java.util.ArrayList<String>(); var n = 1; } }",
            "class A { int f(int d) { return switch (d) { case 1 -> 2; default -> { yield 3; } }; } }",
            "class A { String s = \"\"\"\n    text\n    \"\"\"; record R() { } enum E { X } }",
            "sealed interface Shape permits Circle { } final class Circle implements Shape { }",
            "class A { void f(Object o) { if (o instanceof String s && s.isEmpty()) { } } }",
            "class A { void f() { Runnable r = () -> { }; java.util.function.Function<String, Integer> g = String::length; } }",
            "interface I { private void helper() { } default void g() { } static void h() { } }",
            "class A { void f() { try (var in = new java.io.StringReader(\"\")) { } catch (Exception e) { } } }",
            "class A { @interface Q { } int _ = 1; void f() { int yield = 2; } }",
            "module m { requires java.base; }",
            "class A { void f() { int x = 0b1010_1010; strictfp class L { } } }");

    @Test
    void theJavaParserPdguardIsBuiltWithIsValidatedInOneWalk() {
        assertThat(OneWalkValidation.available()).isTrue();
        assertThat(JavaSourceParser.configuration(LanguageLevel.JAVA_17).getProcessors())
                .anyMatch(processor -> processor.get().getClass().getEnclosingClass() == OneWalkValidation.class);
    }

    @ParameterizedTest
    @EnumSource(value = LanguageLevel.class, names = {"JAVA_1_4", "JAVA_5", "JAVA_7", "JAVA_8", "JAVA_9", "JAVA_10", "JAVA_11",
            "JAVA_14", "JAVA_15", "JAVA_16", "JAVA_17", "JAVA_21"})
    void givesTheProblemsJavaParserGivesInItsOrder(LanguageLevel level) throws Exception {
        List<String> sources = new ArrayList<>(SNIPPETS);
        try (Stream<Path> files = Files.walk(Path.of("../test-projects"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.add(Files.readString(file));
            }
        }
        JavaParser stock = new JavaParser(new ParserConfiguration().setLanguageLevel(level).setAttributeComments(false));
        JavaParser oneWalk = new JavaParser(JavaSourceParser.configuration(level));
        int problems = 0;
        for (String source : sources) {
            ParseResult<CompilationUnit> expected = stock.parse(source);
            ParseResult<CompilationUnit> actual = oneWalk.parse(source);
            assertThat(actual.isSuccessful()).as(source).isEqualTo(expected.isSuccessful());
            assertThat(actual.getProblems().stream().map(p -> p.getVerboseMessage()).toList()).as(source)
                    .isEqualTo(expected.getProblems().stream().map(p -> p.getVerboseMessage()).toList());
            problems += expected.getProblems().size();
        }
        if (level == LanguageLevel.JAVA_8 || level == LanguageLevel.JAVA_11) {
            assertThat(problems).isGreaterThan(5);
        }
    }
}
