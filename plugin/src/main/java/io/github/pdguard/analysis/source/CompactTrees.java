package io.github.pdguard.analysis.source;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.SimpleName;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Shrinks a parsed tree that will only be read. Every JavaParser node carries three lists
 * (children, orphan comments, observers) and every {@link NodeList} two, most of them empty: the
 * empty ones become one shared list that refuses changes, the others lose their spare capacity
 * (a node list's elements become an immutable list, and an empty node list one shared node list).
 * Equal positions become one object, a name's range is its parent's when they are equal, and
 * every name and literal is one string. Measured on 542,661 lines of library code: 811 bytes of
 * heap per line after parsing before, 578 with the lists shared, about 440 with the positions and
 * strings shared too, 395 with the node lists and ranges shared.
 *
 * <p>Works through JavaParser's private fields, known for the version pdguard is built with. If
 * they are not found (another JavaParser version), trees keep their lists: nothing else changes,
 * and {@code CompactTreesTest} says so.
 */
final class CompactTrees {
    private static final Fields FIELDS = Fields.find();
    /**
     * The empty node list all compacted nodes share (most of their lists, of annotations, type
     * arguments, parameters, are empty): it holds nothing and refuses to hold anything.
     */
    private static final NodeList<?> EMPTY_NODE_LIST = FIELDS == null ? null : FIELDS.readOnlyEmptyNodeList();
    private static final ClassValue<List<Field>> NODE_LIST_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> found = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && NodeList.class.isAssignableFrom(field.getType())
                            && field.trySetAccessible()) {
                        found.add(field);
                    }
                }
            }
            return List.copyOf(found);
        }
    };

    private CompactTrees() {
    }

    /** Whether this JavaParser's lists can be shared (false: trees are left as parsed). */
    static boolean available() {
        return FIELDS != null;
    }

    /**
     * One object for each name, literal and position of the files one thread parses. Not
     * thread-safe: one per parsing thread (with two threads, a name is at most two strings).
     */
    static final class Shared {
        private static final int MAX_SHARED_LINE = 1 << 14;
        private static final int MAX_SHARED_COLUMN = 256;
        private final Map<String, String> strings = new HashMap<>();
        private Position[][] positions = new Position[1024][];

        String string(String value) {
            if (value == null) {
                return null;
            }
            String known = strings.putIfAbsent(value, value);
            return known != null ? known : value;
        }

        Position position(Position position) {
            int line = position.line;
            int column = position.column;
            // The table grows with the lines and columns it holds: the far ends of generated code stay as parsed.
            if (line < 0 || column < 0 || line >= MAX_SHARED_LINE || column >= MAX_SHARED_COLUMN) {
                return position;
            }
            if (line >= positions.length) {
                positions = Arrays.copyOf(positions, Math.max(line + 1, 2 * positions.length));
            }
            Position[] row = positions[line];
            if (row == null || column >= row.length) {
                row = row == null ? new Position[Math.max(column + 1, 128)]
                        : Arrays.copyOf(row, Math.max(column + 1, 2 * row.length));
                positions[line] = row;
            }
            if (row[column] == null) {
                row[column] = position;
            }
            return row[column];
        }
    }

    /** Drops the tokens (positions stay), shares equal positions, names and literals and, when possible, the empty lists. */
    static void compact(CompilationUnit unit, Shared shared) {
        List<Node> nested = new ArrayList<>();
        unit.walk(Node.TreeTraversal.PREORDER, node -> {
            if (NestedDeclarations.isNested(node)) {
                nested.add(node);
            }
            // Without tokens JavaParser would compute no range any more: it is set explicitly.
            Range range = node.getRange().orElse(null);
            node.setTokenRange(null);
            node.setRange(range);
            if (FIELDS != null) {
                if (range != null) {
                    Position begin = shared.position(range.begin);
                    Position end = shared.position(range.end);
                    Range parents = node.getParentNode().flatMap(Node::getRange).orElse(null);
                    // A name is often exactly its expression or type (a NameExpr, a simple type): one range for both.
                    range = parents != null && parents.begin == begin && parents.end == end ? parents
                            : begin == range.begin && end == range.end ? range : new Range(begin, end);
                }
                // JavaParser's setters keep the old object when the new one is equal: the fields are set directly.
                FIELDS.share(node, range, shared);
                FIELDS.compact(node);
            }
        });
        NestedDeclarations.attach(unit, nested);
    }

    /** The private list fields of nodes and node lists, a node's range, and the strings of names and literals. */
    private record Fields(Field children, Field orphanComments, Field nodeObservers, Field elements,
                          Field listObservers, Field range, Field simpleName, Field name, Field literal) {
        static Fields find() {
            try {
                Fields fields = new Fields(open(Node.class, "childNodes"), open(Node.class, "orphanComments"),
                        open(Node.class, "observers"), open(NodeList.class, "innerList"),
                        open(NodeList.class, "observers"), open(Node.class, "range"),
                        open(SimpleName.class, "identifier"), open(Name.class, "identifier"),
                        open(LiteralStringValueExpr.class, "value"));
                return fields.children.getType() == ArrayList.class && fields.range.getType() == Range.class
                        && fields.simpleName.getType() == String.class && fields.name.getType() == String.class
                        && fields.literal.getType() == String.class ? fields : null;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        private static Field open(Class<?> owner, String name) throws NoSuchFieldException {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        }

        /** Puts the range with shared positions, and the one string for a name or literal, in place of the node's own. */
        void share(Node node, Range range, Shared shared) {
            try {
                this.range.set(node, range);
                Field text = node instanceof SimpleName ? simpleName : node instanceof Name ? name
                        : node instanceof LiteralStringValueExpr ? literal : null;
                if (text != null) {
                    text.set(node, shared.string((String) text.get(node)));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot compact a syntax tree", e);
            }
        }

        private NodeList<?> readOnlyEmptyNodeList() {
            try {
                NodeList<?> empty = new NodeList<>();
                elements.set(empty, ReadOnlyEmpty.INSTANCE);
                listObservers.set(empty, ReadOnlyEmpty.INSTANCE);
                return empty;
            } catch (IllegalAccessException | IllegalArgumentException e) {
                return null; // each node keeps its own empty lists
            }
        }

        void compact(Node node) {
            try {
                share(node, children);
                share(node, orphanComments);
                share(node, nodeObservers);
                for (Field field : NODE_LIST_FIELDS.get(node.getClass())) {
                    Object list = field.get(node);
                    if (list instanceof NodeList<?> nodes && nodes.isEmpty() && EMPTY_NODE_LIST != null
                            && !Modifier.isFinal(field.getModifiers())) {
                        field.set(node, EMPTY_NODE_LIST);
                    } else if (list != null) {
                        shrinkElements(list);
                        share(list, listObservers);
                    }
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot compact a syntax tree", e);
            }
        }

        /**
         * A node list's elements, when there are any, become an immutable list: without a spare
         * array behind it, a list of one or two nodes (most of them) takes half the memory.
         */
        private void shrinkElements(Object nodeList) throws IllegalAccessException {
            if (elements.get(nodeList) instanceof ArrayList<?> list && !list.isEmpty()
                    && elements.getType().isAssignableFrom(List.class)) {
                List<?> copy;
                try {
                    copy = List.copyOf(list);
                } catch (NullPointerException holdsNull) {
                    copy = null; // an immutable list cannot hold it: the list stays as it is
                }
                if (copy != null) {
                    elements.set(nodeList, copy);
                    return;
                }
            }
            share(nodeList, elements);
        }

        private static void share(Object owner, Field field) throws IllegalAccessException {
            Object value = field.get(owner);
            if (value instanceof ArrayList<?> list && !(value instanceof ReadOnlyEmpty)) {
                if (list.isEmpty() && field.getType().isInstance(ReadOnlyEmpty.INSTANCE)) {
                    field.set(owner, ReadOnlyEmpty.INSTANCE);
                } else {
                    list.trimToSize();
                }
            }
        }
    }

    /**
     * The empty list all compacted nodes share. A change would reach every tree, so it fails
     * loudly: nothing in pdguard changes a tree it analyses.
     */
    static final class ReadOnlyEmpty extends ArrayList<Object> {
        static final ReadOnlyEmpty INSTANCE = new ReadOnlyEmpty();

        private ReadOnlyEmpty() {
            super(0);
        }

        private static UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("pdguard's syntax trees are read-only after parsing");
        }

        @Override
        public boolean add(Object element) {
            throw readOnly();
        }

        @Override
        public void add(int index, Object element) {
            throw readOnly();
        }

        @Override
        public boolean addAll(Collection<?> elements) {
            throw readOnly();
        }

        @Override
        public boolean addAll(int index, Collection<?> elements) {
            throw readOnly();
        }

        @Override
        public Object set(int index, Object element) {
            throw readOnly();
        }

        @Override
        public void ensureCapacity(int capacity) {
            throw readOnly();
        }

        @Override
        public boolean removeIf(Predicate<? super Object> filter) {
            return false;
        }

        // Clearing an empty list changes nothing, but ArrayList would count it as a modification,
        // which iterators of other threads over this shared instance would see.
        @Override
        public void clear() {
        }

        @Override
        public void replaceAll(UnaryOperator<Object> operator) {
        }

        @Override
        public void sort(Comparator<? super Object> order) {
        }
    }
}
