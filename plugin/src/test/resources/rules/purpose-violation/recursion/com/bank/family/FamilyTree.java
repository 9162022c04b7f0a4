package com.bank.family;

import java.util.List;

/** Undeclared recursive and mutually recursive helpers: the analysis must terminate. */
final class FamilyTree {
    private FamilyTree() {
    }

    static String lineage(Relative relative) {
        if (relative.getGuardian() == null) {
            return relative.getName(); // EXPECT: purpose-violation
        }
        return lineage(relative.getGuardian()) + " > " + relative.getName(); // EXPECT: purpose-violation
    }

    static int size(Relative relative) {
        int count = 1;
        for (Relative child : relative.getChildren()) {
            count += size(child);
        }
        return count;
    }

    static String even(Relative relative, int depth) {
        return depth == 0 ? relative.getRelativeId() : odd(relative, depth - 1);
    }

    static String odd(Relative relative, int depth) {
        return depth == 0 ? relative.getName() : even(relative, depth - 1); // EXPECT: purpose-violation
    }

    static String ids(List<Relative> relatives) {
        StringBuilder ids = new StringBuilder();
        for (Relative relative : relatives) {
            ids.append(relative.getRelativeId()).append(',').append(ids(relative.getChildren()));
        }
        return ids.toString();
    }
}
