package io.github.pdguard.analysis.flow;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.flow.FlowFixpoint.Unit;
import io.github.pdguard.analysis.model.TypeInfo;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value analysis evaluates bodies on several threads; what it finds must not depend on how
 * many, nor on which thread got which body first.
 */
class ParallelFlowTest {

    static Stream<Path> codeBases() throws IOException {
        Stream<Path> projects = Files.list(Path.of("../test-projects"));
        Stream<Path> ruleCases = Files.list(Path.of("src/test/resources/rules"));
        return Stream.concat(projects, ruleCases).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest
    @MethodSource("codeBases")
    void findsTheSameOnOneThreadAndOnFour(Path root) throws Exception {
        List<Finding> oneThread = findings(root, 1);
        for (int run = 0; run < 3; run++) {
            assertThat(findings(root, 4)).as("run %d on 4 threads", run).isEqualTo(oneThread);
        }
    }

    private static List<Finding> findings(Path root, int threads) throws Exception {
        AnalysisConfig config = AnalysisConfig.builder().languageLevel("17").sourceRoot(root).threads(threads).build();
        return new Analyzer(config).analyze().findings();
    }

    // ---- the queue the threads share -----------------------------------------------------------

    private static Unit unit(String name) {
        ClassOrInterfaceDeclaration type = StaticJavaParser.parse("class " + name + " {}").getClassByName(name).get();
        return new Unit(type, new TypeInfo(name, name, type, null, null, null));
    }

    @Test
    void aBodyIsEvaluatedByOneThreadAtATimeAndTheQueueEndsWhenNoneRuns() throws Exception {
        Unit first = unit("First");
        Unit second = unit("Second");
        FlowFixpoint fixpoint = new FlowFixpoint(List.of(first, second), 100);
        assertThat(fixpoint.claimNext()).isSameAs(first);
        fixpoint.requeue(List.of(first)); // what it read grew while it is evaluated
        assertThat(fixpoint.claimNext()).isSameAs(second);
        fixpoint.done(second);

        // Only the body in progress is queued: another thread waits until it is done, then gets it.
        CompletableFuture<Unit> other = CompletableFuture.supplyAsync(() -> {
            try {
                return fixpoint.claimNext();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(other).isNotDone();
        fixpoint.done(first);
        assertThat(other.get(10, TimeUnit.SECONDS)).isSameAs(first);
        fixpoint.done(first);
        assertThat(fixpoint.claimNext()).isNull();
    }

    @Test
    void aCalleeIsEvaluatedFirstOnlyIfQueuedAndNeverEvaluated() throws Exception {
        Unit caller = unit("Caller");
        Unit callee = unit("Callee");
        FlowFixpoint fixpoint = new FlowFixpoint(List.of(caller, callee), 100);
        assertThat(fixpoint.claimNext()).isSameAs(caller);
        assertThat(fixpoint.claimFirst(caller)).as("in progress").isFalse();
        assertThat(fixpoint.claimFirst(callee)).isTrue();
        fixpoint.release(callee);
        fixpoint.requeue(List.of(callee));
        assertThat(fixpoint.claimFirst(callee)).as("evaluated once already").isFalse();
        fixpoint.done(caller);
        assertThat(fixpoint.claimNext()).isSameAs(callee);
    }

    @Test
    void staleEffectsOnAFieldArePurgedWhileItsQueueGrowsAndCurrentOnesStay() {
        Unit body = unit("Writer");
        FlowFixpoint.FieldEffects onField = new FlowFixpoint.FieldEffects();
        FlowFacts.BodyFacts current = null;
        // A body evaluated 200 times, each evaluation recording three effects on the same field.
        for (int evaluation = 0; evaluation < 200; evaluation++) {
            if (current != null) {
                current.stale = true;
            }
            current = new FlowFacts.BodyFacts();
            for (int i = 0; i < 3; i++) {
                onField.add(new FlowFixpoint.Effect(body, current, body.key(), -1, Taint.CLEAN));
            }
        }
        FlowFacts.BodyFacts latest = current;
        assertThat(onField.effects()).filteredOn(effect -> effect.evaluation == latest).hasSize(3);
        assertThat(onField.effects()).as("stale ones do not pile up").hasSizeLessThanOrEqualTo(3 + 17);
        onField.purge();
        assertThat(onField.effects()).hasSize(3).allMatch(effect -> effect.evaluation == latest);
    }
}
