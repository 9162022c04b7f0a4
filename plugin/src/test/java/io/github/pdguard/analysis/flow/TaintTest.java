package io.github.pdguard.analysis.flow;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a finding lists must not depend on the order the analysis met the data in. */
class TaintTest {
    private static final Source EMAIL = Source.api("Customer.email", List.of("CONTACT"));
    private static final Source NAME = Source.api("Customer.name", List.of("IDENTITY"));
    private static final Source PHONE = Source.api("Customer.phone", List.of("CONTACT"));

    @Test
    void sourcesAreListedInOneOrderWhateverOrderTheyWereJoinedIn() {
        Taint oneWay = Taint.of(PHONE).union(Taint.of(EMAIL)).union(Taint.of(NAME));
        Taint otherWay = Taint.of(NAME).union(Taint.of(EMAIL).union(Taint.of(PHONE)));
        assertThat(List.copyOf(oneWay.sources())).containsExactly(EMAIL, NAME, PHONE);
        assertThat(List.copyOf(otherWay.sources())).containsExactly(EMAIL, NAME, PHONE);
        assertThat(List.copyOf(Taint.of(List.of(PHONE, NAME, EMAIL)).sources())).containsExactly(EMAIL, NAME, PHONE);
    }

    @Test
    void parametersAreListedInOrderAndSubstituted() {
        Taint summary = Taint.parameter(2).union(Taint.parameter(0));
        assertThat(List.copyOf(summary.parameters())).containsExactly(0, 2);
        Taint applied = summary.substitute(List.of(Taint.of(PHONE), Taint.CLEAN, Taint.of(EMAIL)));
        assertThat(applied.parameters()).isEmpty();
        assertThat(List.copyOf(applied.sources())).containsExactly(EMAIL, PHONE);
    }

    @Test
    void fieldReferencesAreResolvedAgainOnlyAfterAFieldGrew() {
        com.github.javaparser.ast.Node email = new com.github.javaparser.ast.expr.SimpleName("email");
        com.github.javaparser.ast.Node phone = new com.github.javaparser.ast.expr.SimpleName("phone");
        java.util.Map<com.github.javaparser.ast.Node, Taint> held = new java.util.IdentityHashMap<>();
        held.put(email, Taint.of(EMAIL));
        Taint symbolic = Taint.field(email, false).union(Taint.field(phone, false)).union(Taint.of(NAME));
        Taint derived = symbolic.union(Taint.parameter(0)).withoutParameters(); // the same field references

        assertThat(List.copyOf(symbolic.withFields(f -> held.getOrDefault(f, Taint.CLEAN), 1).sources())).containsExactly(EMAIL, NAME);
        held.put(phone, Taint.of(PHONE));
        // No growth counted since: what the fields held is reused, by every taint with these references.
        assertThat(List.copyOf(derived.withFields(f -> held.getOrDefault(f, Taint.CLEAN), 1).sources()))
                .containsExactly(EMAIL, NAME);
        assertThat(List.copyOf(derived.withFields(f -> held.getOrDefault(f, Taint.CLEAN), 2).sources()))
                .containsExactly(EMAIL, NAME, PHONE);
        assertThat(symbolic.withFields(f -> held.getOrDefault(f, Taint.CLEAN), 2).fields()).isEmpty();
    }
}
