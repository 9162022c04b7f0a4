package io.github.pdguard.analysis.flow;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class NameMapTest {

    private static <V> Map<String, V> asMap(NameMap<V> map) {
        Map<String, V> copy = new TreeMap<>();
        map.forEach(copy::put);
        assertThat(copy).hasSize(map.size());
        return copy;
    }

    @Test
    void behavesLikeAHashMapUnderRandomPutsAndRemovesIncludingEqualHashCodes() {
        // "Aa" and "BB" (and their concatenations) have equal hash codes.
        List<String> keys = new ArrayList<>(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"));
        for (int i = 0; i < 300; i++) {
            keys.add("v" + i);
        }
        Random random = new Random(42);
        Map<String, Integer> expected = new HashMap<>();
        NameMap<Integer> map = NameMap.empty();
        List<NameMap<Integer>> versions = new ArrayList<>();
        List<Map<String, Integer>> expectedVersions = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            String key = keys.get(random.nextInt(keys.size()));
            if (random.nextInt(4) == 0) {
                map = map.remove(key);
                expected.remove(key);
            } else {
                int value = random.nextInt(5);
                map = map.put(key, value);
                expected.put(key, value);
            }
            assertThat(map.get(key)).isEqualTo(expected.get(key));
            if (step % 1000 == 0) {
                versions.add(map);
                expectedVersions.add(new HashMap<>(expected));
            }
        }
        assertThat(asMap(map)).isEqualTo(new TreeMap<>(expected));
        // Old versions are unchanged.
        for (int i = 0; i < versions.size(); i++) {
            assertThat(asMap(versions.get(i))).isEqualTo(new TreeMap<>(expectedVersions.get(i)));
        }
    }

    @Test
    void forEachDifferentReportsExactlyTheEntriesTheOtherMapLacksOrHoldsDifferently() {
        NameMap<String> base = NameMap.empty();
        for (int i = 0; i < 1000; i++) {
            base = base.put("k" + i, "x");
        }
        base = base.put("Aa", "1").put("BB", "2");
        NameMap<String> changed = base.put("k5", "y").put("new", "z").remove("k7").put("BB", "3").put("k9", "x");
        Map<String, String> different = new TreeMap<>();
        changed.forEachDifferent(base, different::put);
        assertThat(different).containsExactlyInAnyOrderEntriesOf(Map.of("k5", "y", "new", "z", "BB", "3"));
        Map<String, String> back = new TreeMap<>();
        base.forEachDifferent(changed, back::put);
        assertThat(back).containsExactlyInAnyOrderEntriesOf(Map.of("k5", "x", "k7", "x", "BB", "2"));
        assertThat(base.put("k1", "x")).isSameAs(base);
    }
}
