package io.github.pdguard.analysis.flow;

import java.util.Set;

/**
 * What calls of library code (the JDK and anything not analysed) do with personal data, by
 * SPEC 3.1 and 3.6: results that are booleans, numbers or chars carry none, except numeric
 * functions that keep the magnitude; everything else derived from personal data carries it.
 */
final class LibraryCalls {
    private static final Set<String> NO_DATA = Set.of("length", "size", "count", "isEmpty", "isBlank", "isPresent",
            "isNull", "nonNull", "equals", "equalsIgnoreCase", "contentEquals", "hashCode", "hash", "identityHashCode",
            "compareTo", "compareToIgnoreCase", "compare", "contains", "containsKey", "containsValue", "containsAll",
            "matches", "startsWith", "endsWith", "indexOf", "lastIndexOf", "charAt", "codePointAt", "codePointCount",
            "ordinal", "signum", "getClass", "getYears", "getMonths", "getDays", "toTotalMonths", "getYear",
            "getMonthValue", "getDayOfMonth", "getDayOfYear", "getHour", "getMinute", "getSecond", "getNano",
            "anyMatch", "allMatch", "noneMatch", "precision", "scale", "bitLength", "bitCount", "toEpochDay",
            "toEpochSecond", "toEpochMilli", "toMillis", "toDays", "toHours", "toMinutes", "getSeconds", "nanoTime",
            "currentTimeMillis", "isDebugEnabled", "isInfoEnabled", "isTraceEnabled", "isWarnEnabled", "isErrorEnabled",
            "isLoggable", "exists", "test", "getLength");

    /** Math functions that keep the magnitude of their argument (SPEC 3.6). */
    private static final Set<String> MAGNITUDE_MATH = Set.of("round", "abs", "floor", "ceil", "min", "max", "rint",
            "toIntExact", "absExact", "negateExact", "addExact", "subtractExact", "multiplyExact", "floorDiv", "floorMod");

    /** Calls on a container that put their arguments into it. */
    private static final Set<String> MUTATORS = Set.of("add", "addAll", "put", "putAll", "putIfAbsent", "append",
            "insert", "push", "offer", "offerFirst", "offerLast", "addFirst", "addLast", "set", "merge", "compute",
            "computeIfAbsent", "accept", "complete", "setProperty");

    private LibraryCalls() {
    }

    /** Whether a library call returns a boolean, number or char that is not a magnitude of its input. */
    static boolean yieldsNoData(String scopeTypeName, String method) {
        if (scopeTypeName.equals("java.lang.Math") || scopeTypeName.equals("java.lang.StrictMath")) {
            return !MAGNITUDE_MATH.contains(method);
        }
        if (NO_DATA.contains(method)) {
            return true;
        }
        return hasPredicatePrefix(method, "is") || hasPredicatePrefix(method, "has") || hasPredicatePrefix(method, "can");
    }

    private static boolean hasPredicatePrefix(String method, String prefix) {
        return method.length() > prefix.length() && method.startsWith(prefix)
                && Character.isUpperCase(method.charAt(prefix.length()));
    }

    /**
     * Calls that answer a boolean, number or char and may hand out an element of their object (an
     * {@code Optional}, collection, map, iterator or atomic holder) or keep its magnitude.
     */
    private static final Set<String> ELEMENT_OR_MAGNITUDE = Set.of("get", "getOrDefault", "getFirst", "getLast",
            "getAsInt", "getAsLong", "getAsDouble", "getAsBoolean", "getAndIncrement", "getAndDecrement", "getAndAdd",
            "getAndSet", "getAndUpdate", "getAndAccumulate", "getPlain", "getAcquire", "getOpaque", "getNumericValue",
            "orElse", "orElseGet", "orElseThrow", "next", "previous", "peek", "peekFirst", "peekLast", "poll",
            "pollFirst", "pollLast", "pop", "remove", "removeFirst", "removeLast", "take", "first", "last", "element",
            "firstElement", "lastElement", "elementAt", "sum", "max", "min", "average", "reduce", "apply", "applyAsInt",
            "applyAsLong", "applyAsDouble", "call", "join", "incrementAndGet", "decrementAndGet", "addAndGet",
            "accumulateAndGet", "updateAndGet", "round", "abs", "negate", "plus", "pow", "floor", "ceil", "rint");

    /**
     * Whether a boolean, number or char that a library call of this name returns may be what its
     * object holds (SPEC 3.6: an element, {@code intValue()} and other unboxing, a magnitude) rather
     * than something computed about it ({@code readableBytes()}, {@code getShort()} of a buffer,
     * {@code capacity()}): SPEC 3.6 makes only strings, collections, optionals, streams and JDK
     * values of a personal-data receiver personal data.
     */
    static boolean mayReturnWhatItHolds(String method) {
        return method.endsWith("Value") || method.endsWith("Exact") || ELEMENT_OR_MAGNITUDE.contains(method)
                || MAGNITUDE_MATH.contains(method);
    }

    /**
     * JDK types whose boolean, number or char results are what they hold or a magnitude of it
     * (SPEC 3.6: unboxing, {@code intValue()}, {@code BigDecimal} arithmetic, {@code Math.round},
     * an {@code Optional}'s or atomic holder's value, a stream's sum).
     */
    static boolean jdkKeepsTheValue(String typeName) {
        return VALUE_TYPES.contains(typeName) || typeName.startsWith("java.util.concurrent.atomic.")
                || typeName.startsWith("java.util.Optional") || typeName.startsWith("java.util.function.")
                || typeName.startsWith("java.util.stream.");
    }

    private static final Set<String> VALUE_TYPES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
            "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Character", "java.lang.Boolean",
            "java.lang.Number", "java.math.BigDecimal", "java.math.BigInteger", "java.lang.Math", "java.lang.StrictMath");

    static boolean isMutator(String method) {
        return MUTATORS.contains(method);
    }
}
