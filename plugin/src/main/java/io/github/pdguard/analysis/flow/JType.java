package io.github.pdguard.analysis.flow;

import io.github.pdguard.analysis.model.TypeInfo;

import java.util.List;
import java.util.Set;

/**
 * A static type as far as the analysis knows it: a type of the analysed code, a library type by
 * its qualified name (when imports tell it), a primitive, or unknown.
 *
 * @param name     qualified name when known ({@code java.lang.String}), a primitive ({@code int}), or as written
 * @param args     type arguments ({@code List<Customer>})
 * @param dims     array dimensions
 * @param analysed the type of the analysed code, or {@code null}
 */
public record JType(String name, List<JType> args, int dims, TypeInfo analysed) {
    public static final JType UNKNOWN = new JType("?", List.of(), 0, null);
    public static final JType STRING = named("java.lang.String");
    public static final JType BOOLEAN = named("boolean");
    public static final JType INT = named("int");
    public static final JType LONG = named("long");
    public static final JType DOUBLE = named("double");
    public static final JType CHAR = named("char");

    private static final Set<String> NUMERIC = Set.of("byte", "short", "int", "long", "float", "double");
    private static final Set<String> ELEMENT_CONTAINERS = Set.of("java.util.List", "java.util.ArrayList",
            "java.util.LinkedList", "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.SortedSet", "java.util.Collection", "java.lang.Iterable", "java.util.Iterator",
            "java.util.Optional", "java.util.stream.Stream", "java.util.Queue", "java.util.Deque", "java.util.ArrayDeque",
            "java.util.function.Supplier", "java.util.concurrent.CompletableFuture");
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.SortedMap", "java.util.concurrent.ConcurrentHashMap",
            "java.util.concurrent.ConcurrentMap");

    public static JType named(String name) {
        return new JType(name, List.of(), 0, null);
    }

    public static JType of(TypeInfo type) {
        return new JType(type.qualifiedName(), List.of(), 0, type);
    }

    public JType withArgs(List<JType> typeArguments) {
        return typeArguments.isEmpty() && args.isEmpty() ? this : new JType(name, List.copyOf(typeArguments), dims, analysed);
    }

    public JType arrayOf(int extraDims) {
        return new JType(name, args, dims + extraDims, analysed);
    }

    public boolean isArray() {
        return dims > 0;
    }

    /** boolean, char or a primitive number (not an array of them). */
    public boolean isPrimitive() {
        return dims == 0 && (NUMERIC.contains(name) || name.equals("boolean") || name.equals("char"));
    }

    public boolean isBooleanOrChar() {
        return dims == 0 && (name.equals("boolean") || name.equals("java.lang.Boolean") || name.equals("char"));
    }

    public boolean isKnown() {
        return this != UNKNOWN && !name.equals("?");
    }

    /** The element type of an array, collection, stream, optional or map (its values), if known. */
    public JType elementType() {
        if (dims > 0) {
            return new JType(name, args, dims - 1, analysed);
        }
        if (ELEMENT_CONTAINERS.contains(name) && !args.isEmpty()) {
            return args.get(0);
        }
        if (MAPS.contains(name) && args.size() == 2) {
            return args.get(1);
        }
        return UNKNOWN;
    }

    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    @Override
    public String toString() {
        return name + (args.isEmpty() ? "" : args) + "[]".repeat(dims);
    }
}
