package io.github.pdguard.analysis.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * An immutable map from names to values that shares structure between versions (a hash array
 * mapped trie): a copy costs nothing, a change copies one path of at most seven small nodes, and
 * two versions that grew from the same one are compared in time proportional to their
 * differences. The flow analysis copies its local variables at every branch and merges them where
 * branches join; with a plain hash map that cost grew with the square of the nesting depth of
 * generated code.
 */
final class NameMap<V> {
    private static final NameMap<?> EMPTY = new NameMap<>(null, 0);
    private static final int BITS = 5;
    private static final int MASK = (1 << BITS) - 1;

    /** {@code null} when empty. */
    private final Branch root;
    private final int size;

    private NameMap(Branch root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <V> NameMap<V> empty() {
        return (NameMap<V>) EMPTY;
    }

    int size() {
        return size;
    }

    V get(String key) {
        return root == null ? null : lookup(root, key, key.hashCode(), 0);
    }

    /** This map with {@code key} bound to {@code value}; this very map when it already holds an equal value. */
    NameMap<V> put(String key, V value) {
        Objects.requireNonNull(value);
        Leaf leaf = new Leaf(key, key.hashCode(), value);
        boolean[] added = {false};
        Branch changed = put(root == null ? Branch.EMPTY : root, leaf, 0, added);
        return changed == root ? this : new NameMap<>(changed, size + (added[0] ? 1 : 0));
    }

    NameMap<V> remove(String key) {
        if (root == null || get(key) == null) {
            return this;
        }
        Branch changed = remove(root, key, key.hashCode(), 0);
        return new NameMap<>(changed, size - 1);
    }

    /**
     * Calls {@code action} for every entry of this map that {@code other} does not have with an
     * equal value; subtrees both maps share are skipped without being looked at.
     */
    void forEachDifferent(NameMap<V> other, BiConsumer<String, V> action) {
        if (root != null) {
            different(other.root, root, 0, action);
        }
    }

    void forEach(BiConsumer<String, V> action) {
        if (root != null) {
            forEachLeaf(root, leaf -> action.accept(leaf.key, value(leaf)));
        }
    }

    // ---- the trie ------------------------------------------------------------------------------

    private record Leaf(String key, int hash, Object value) {
    }

    /** Leaves whose keys have the same hash code. */
    private record Collision(int hash, Leaf[] leaves) {
    }

    /** Up to 32 slots, each a Leaf, a Collision or a Branch one level deeper. */
    private record Branch(int bitmap, Object[] slots) {
        static final Branch EMPTY = new Branch(0, new Object[0]);
    }

    @SuppressWarnings("unchecked")
    private V value(Leaf leaf) {
        return (V) leaf.value;
    }

    private static int bit(int hash, int shift) {
        return 1 << ((hash >>> shift) & MASK);
    }

    private static int index(int bitmap, int bit) {
        return Integer.bitCount(bitmap & (bit - 1));
    }

    private V lookup(Object slot, String key, int hash, int shift) {
        while (slot instanceof Branch branch) {
            int bit = bit(hash, shift);
            if ((branch.bitmap & bit) == 0) {
                return null;
            }
            slot = branch.slots[index(branch.bitmap, bit)];
            shift += BITS;
        }
        if (slot instanceof Leaf leaf) {
            return leaf.key.equals(key) ? value(leaf) : null;
        }
        if (slot instanceof Collision collision) {
            for (Leaf leaf : collision.leaves) {
                if (leaf.key.equals(key)) {
                    return value(leaf);
                }
            }
        }
        return null;
    }

    private static Branch put(Branch branch, Leaf leaf, int shift, boolean[] added) {
        int bit = bit(leaf.hash, shift);
        int index = index(branch.bitmap, bit);
        if ((branch.bitmap & bit) == 0) {
            added[0] = true;
            Object[] slots = new Object[branch.slots.length + 1];
            System.arraycopy(branch.slots, 0, slots, 0, index);
            slots[index] = leaf;
            System.arraycopy(branch.slots, index, slots, index + 1, branch.slots.length - index);
            return new Branch(branch.bitmap | bit, slots);
        }
        Object slot = branch.slots[index];
        Object changed = putIntoSlot(slot, leaf, shift + BITS, added);
        if (changed == slot) {
            return branch;
        }
        Object[] slots = branch.slots.clone();
        slots[index] = changed;
        return new Branch(branch.bitmap, slots);
    }

    private static Object putIntoSlot(Object slot, Leaf leaf, int shift, boolean[] added) {
        if (slot instanceof Branch branch) {
            return put(branch, leaf, shift, added);
        }
        if (slot instanceof Leaf existing) {
            if (existing.key.equals(leaf.key)) {
                return Objects.equals(existing.value, leaf.value) ? existing : leaf;
            }
            added[0] = true;
            if (existing.hash == leaf.hash) {
                return new Collision(leaf.hash, new Leaf[]{existing, leaf});
            }
            return put(place(existing.hash, existing, shift), leaf, shift, new boolean[1]);
        }
        Collision collision = (Collision) slot;
        if (collision.hash != leaf.hash) {
            added[0] = true;
            return put(place(collision.hash, collision, shift), leaf, shift, new boolean[1]);
        }
        Leaf[] leaves = collision.leaves;
        for (int i = 0; i < leaves.length; i++) {
            if (leaves[i].key.equals(leaf.key)) {
                if (Objects.equals(leaves[i].value, leaf.value)) {
                    return collision;
                }
                Leaf[] copy = leaves.clone();
                copy[i] = leaf;
                return new Collision(collision.hash, copy);
            }
        }
        added[0] = true;
        Leaf[] copy = java.util.Arrays.copyOf(leaves, leaves.length + 1);
        copy[leaves.length] = leaf;
        return new Collision(collision.hash, copy);
    }

    /** A branch at {@code shift} holding only {@code slot}. */
    private static Branch place(int hash, Object slot, int shift) {
        return new Branch(bit(hash, shift), new Object[]{slot});
    }

    /** The branch without the key (which it has); {@code null} when nothing is left. */
    private static Branch remove(Branch branch, String key, int hash, int shift) {
        int bit = bit(hash, shift);
        int index = index(branch.bitmap, bit);
        Object slot = branch.slots[index];
        Object changed;
        if (slot instanceof Branch inner) {
            changed = remove(inner, key, hash, shift + BITS);
        } else if (slot instanceof Leaf) {
            changed = null;
        } else {
            Leaf[] leaves = ((Collision) slot).leaves;
            List<Leaf> kept = new ArrayList<>();
            for (Leaf leaf : leaves) {
                if (!leaf.key.equals(key)) {
                    kept.add(leaf);
                }
            }
            changed = kept.size() == 1 ? kept.get(0) : new Collision(hash, kept.toArray(new Leaf[0]));
        }
        if (changed != null) {
            Object[] slots = branch.slots.clone();
            slots[index] = changed;
            return new Branch(branch.bitmap, slots);
        }
        if (branch.slots.length == 1) {
            return null;
        }
        Object[] slots = new Object[branch.slots.length - 1];
        System.arraycopy(branch.slots, 0, slots, 0, index);
        System.arraycopy(branch.slots, index + 1, slots, index, slots.length - index);
        return new Branch(branch.bitmap & ~bit, slots);
    }

    /** The leaves under {@code mine} that {@code theirs} (the same position in another map, or null) lacks. */
    private void different(Object theirs, Object mine, int shift, BiConsumer<String, V> action) {
        if (theirs == mine) {
            return;
        }
        if (mine instanceof Branch branch && theirs instanceof Branch other) {
            int bitmap = branch.bitmap;
            for (int i = 0; i < branch.slots.length; i++) {
                int bit = Integer.lowestOneBit(bitmap);
                bitmap &= ~bit;
                Object counterpart = (other.bitmap & bit) == 0 ? null : other.slots[index(other.bitmap, bit)];
                different(counterpart, branch.slots[i], shift + BITS, action);
            }
            return;
        }
        forEachLeaf(mine, leaf -> {
            V there = theirs == null ? null : lookup(theirs, leaf.key, leaf.hash, shift);
            if (there == null || !there.equals(leaf.value)) {
                action.accept(leaf.key, value(leaf));
            }
        });
    }

    private static void forEachLeaf(Object slot, java.util.function.Consumer<Leaf> action) {
        if (slot instanceof Leaf leaf) {
            action.accept(leaf);
        } else if (slot instanceof Collision collision) {
            for (Leaf leaf : collision.leaves) {
                action.accept(leaf);
            }
        } else {
            for (Object inner : ((Branch) slot).slots) {
                forEachLeaf(inner, action);
            }
        }
    }
}
