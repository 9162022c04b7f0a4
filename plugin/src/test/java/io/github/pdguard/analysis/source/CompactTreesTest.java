package io.github.pdguard.analysis.source;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.Finding;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compacted trees the analysis reads: same nodes, same positions, same findings, and read-only. */
class CompactTreesTest {
    private static final Path SHOP = Path.of("../test-projects/shop/src/main/java");

    private static List<SourceFile> parse(boolean keepTokens) throws Exception {
        return parse(keepTokens, 2);
    }

    private static List<SourceFile> parse(boolean keepTokens, int threads) throws Exception {
        JavaSourceParser parser = new JavaSourceParser(ParserConfiguration.LanguageLevel.JAVA_17, StandardCharsets.UTF_8, threads);
        AnalysisConfig config = AnalysisConfig.builder().sourceRoot(SHOP).build();
        List<Path> files = new SourceFinder(config.includes(), config.excludes()).find(config.sourceRoots());
        return (keepTokens ? parser.keepingTokens() : parser).parseAll(files);
    }

    @Test
    void theJavaParserPdguardIsBuiltWithCanBeCompacted() {
        assertThat(CompactTrees.available()).isTrue();
    }

    @Test
    void compactTreesHaveTheSameNodesAtTheSamePositionsAndGiveTheSameFindings() throws Exception {
        List<SourceFile> compact = parse(false);
        List<SourceFile> full = parse(true);
        assertThat(compact).hasSizeGreaterThan(5).hasSameSizeAs(full);
        for (int i = 0; i < compact.size(); i++) {
            List<Node> a = compact.get(i).unit().stream().toList();
            List<Node> b = full.get(i).unit().stream().toList();
            assertThat(a).hasSameSizeAs(b);
            for (int n = 0; n < a.size(); n++) {
                assertThat(a.get(n).getClass()).isEqualTo(b.get(n).getClass());
                assertThat(a.get(n).getRange()).isEqualTo(b.get(n).getRange());
            }
            assertThat(compact.get(i).unit().toString()).isEqualTo(full.get(i).unit().toString());
        }
        Analyzer analyzer = new Analyzer(AnalysisConfig.builder().sourceRoot(SHOP).build());
        List<Finding> fromCompact = analyzer.analyze(compact);
        assertThat(fromCompact).isNotEmpty().isEqualTo(analyzer.analyze(full));
    }

    @Test
    void equalNamesLiteralsAndPositionsAreOneObject() throws Exception {
        // Each parsing thread has its own: with one thread, each name is one string in all files.
        List<SourceFile> files = parse(false, 1);
        Map<String, Object> names = new HashMap<>();
        Map<Position, Object> positions = new HashMap<>();
        for (SourceFile file : files) {
            for (SimpleName name : file.unit().findAll(SimpleName.class)) {
                assertThat(names.computeIfAbsent(name.getIdentifier(), k -> name.getIdentifier()))
                        .isSameAs(name.getIdentifier());
            }
            for (StringLiteralExpr literal : file.unit().findAll(StringLiteralExpr.class)) {
                assertThat(names.computeIfAbsent(literal.getValue(), k -> literal.getValue())).isSameAs(literal.getValue());
            }
            for (Node node : file.unit().findAll(Node.class)) {
                node.getBegin().ifPresent(begin -> assertThat(positions.computeIfAbsent(begin, k -> begin)).isSameAs(begin));
                node.getRange().ifPresent(range -> node.getParentNode().flatMap(Node::getRange).filter(range::equals)
                        .ifPresent(parents -> assertThat(range).isSameAs(parents)));
            }
        }
        assertThat(names).containsKey("Customer");
    }

    @Test
    void aChangeToACompactTreeFailsInsteadOfReachingEveryTree() throws Exception {
        CompilationUnit unit = parse(false).get(0).unit();
        TypeDeclaration<?> type = unit.getType(0);
        assertThatThrownBy(() -> type.addAnnotation("Generated")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(type.getMembers()).isNotEmpty();
        assertThatThrownBy(() -> type.getMembers().add(new InitializerDeclaration()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(parse(false).get(0).unit().getType(0).getAnnotations()).isEqualTo(type.getAnnotations());
    }

    @Test
    void emptyNodeListsAreOneListThatRefusesChanges() throws Exception {
        List<MethodDeclaration> withoutParameters = parse(false).stream()
                .flatMap(file -> file.unit().findAll(MethodDeclaration.class).stream())
                .filter(method -> method.getParameters().isEmpty()).toList();
        assertThat(withoutParameters).hasSizeGreaterThan(1);
        MethodDeclaration one = withoutParameters.get(0);
        assertThat(one.getParameters()).isSameAs(withoutParameters.get(withoutParameters.size() - 1).getParameters());
        assertThatThrownBy(() -> one.addParameter("String", "name")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(withoutParameters.get(1).getParameters()).isEmpty();
    }
}
