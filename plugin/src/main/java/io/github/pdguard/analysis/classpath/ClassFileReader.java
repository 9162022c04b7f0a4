package io.github.pdguard.analysis.classpath;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the declarations of one class file, parsing the class-file format (JVMS §4) directly:
 * nothing is loaded, linked or initialised, and no method body is interpreted. Reads the constant
 * pool, access flags, this/super/interfaces, fields ({@code ConstantValue}, {@code Signature}),
 * methods ({@code MethodParameters}, and the {@code LocalVariableTable} of {@code Code} for
 * parameter names), and the attributes {@code RuntimeVisibleAnnotations},
 * {@code RuntimeVisibleParameterAnnotations}, {@code Record}, {@code InnerClasses},
 * {@code EnclosingMethod} and {@code SourceFile}. Every other attribute is skipped.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ClassFileReader {
    /** Every use of a pdguard annotation puts a UTF-8 constant starting with this into the constant pool. */
    static final String PDGUARD_DESCRIPTOR_PREFIX = "Lio/github/pdguard/annotations/";
    private static final byte[] PDGUARD_PREFIX = PDGUARD_DESCRIPTOR_PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final int MAGIC = 0xCAFEBABE;
    private static final int MAX_NESTING = 64;
    private static final ClassFileReader PDGUARD = new ClassFileReader(AnnotationInfo::isPdguard);

    private final Predicate<String> readValuesOf;

    private ClassFileReader(Predicate<String> readValuesOf) {
        this.readValuesOf = readValuesOf;
    }

    /** The reader that keeps element values of pdguard's annotations only (all annotation type names are kept). */
    public static ClassFileReader pdguard() {
        return PDGUARD;
    }

    /** A reader that keeps the element values of the annotations whose source type name {@code readValuesOf} accepts. */
    public static ClassFileReader keepingValuesOf(Predicate<String> readValuesOf) {
        return new ClassFileReader(readValuesOf);
    }

    /** Reads a class file with {@link #pdguard()}. */
    public static ClassDeclarations read(byte[] classFile) throws ClassFormatException {
        return PDGUARD.parse(classFile);
    }

    /** Reads a class file. */
    public ClassDeclarations parse(byte[] classFile) throws ClassFormatException {
        return parse(classFile, ConstantPool.parse(classFile));
    }

    /**
     * The quick test: whether the constant pool mentions {@code io.github.pdguard.annotations} in a
     * descriptor. A class without it carries no pdguard annotation; one with it usually does (or uses
     * the enums). Only walks the constant pool.
     */
    public static boolean mayDeclarePdguard(byte[] classFile) throws ClassFormatException {
        return ConstantPool.parse(classFile).mentionsPdguard();
    }

    /** Reads only the name, supertypes and flags. */
    public static ClassHeader readHeader(byte[] classFile) throws ClassFormatException {
        return header(classFile, ConstantPool.parse(classFile));
    }

    /** What the scanner needs of every class: its header, and its declarations when it carries pdguard annotations. */
    record Scanned(ClassHeader header, ClassDeclarations declarations) {
    }

    static Scanned scan(byte[] classFile) throws ClassFormatException {
        ConstantPool pool = ConstantPool.parse(classFile);
        ClassHeader header = header(classFile, pool);
        ClassDeclarations declarations = null;
        if (pool.mentionsPdguard() && !AccessFlags.has(header.accessFlags(), AccessFlags.MODULE)) {
            ClassDeclarations full = PDGUARD.parse(classFile, pool);
            declarations = full.declaresPdguard() ? full : null;
        }
        return new Scanned(header, declarations);
    }

    private static ClassHeader header(byte[] bytes, ConstantPool pool) throws ClassFormatException {
        Cursor in = new Cursor(bytes, pool.end(), bytes.length);
        int access = in.u2();
        String name = pool.className(in.u2());
        int superIndex = in.u2();
        String superName = superIndex == 0 ? null : pool.className(superIndex);
        int count = in.u2();
        List<String> interfaces = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            interfaces.add(binary(pool.className(in.u2())));
        }
        return new ClassHeader(binary(name), superName == null || superName.equals("java/lang/Object") ? null
                : binary(superName), interfaces, access, pool.majorVersion());
    }

    // ---------------------------------------------------------------------------------------------
    // The full read

    private ClassDeclarations parse(byte[] bytes, ConstantPool pool) throws ClassFormatException {
        Cursor in = new Cursor(bytes, pool.end(), bytes.length);
        int classAccess = in.u2();
        String thisName = pool.className(in.u2());
        int superIndex = in.u2();
        String superName = superIndex == 0 ? null : pool.className(superIndex);
        int interfaceCount = in.u2();
        List<String> interfaceNames = new ArrayList<>(interfaceCount);
        for (int i = 0; i < interfaceCount; i++) {
            interfaceNames.add(pool.className(in.u2()));
        }
        // Fields and methods come before the class attributes that say how to name nested types:
        // skip them first, read the class attributes, then come back.
        int membersStart = in.position();
        skipMembers(in);
        skipMembers(in);
        ClassAttributes attributes = readClassAttributes(in, pool);
        Names names = new Names(attributes.innerClasses);

        Cursor members = new Cursor(bytes, membersStart, bytes.length);
        List<FieldDeclaration> fields = readFields(members, pool, names);
        boolean enumType = AccessFlags.has(classAccess, AccessFlags.ENUM);
        InnerClass self = attributes.innerClasses.get(thisName);
        boolean innerMember = self != null && self.outer != null && !AccessFlags.has(self.flags, AccessFlags.STATIC)
                && !AccessFlags.has(classAccess, AccessFlags.INTERFACE);
        List<MethodDeclaration> methods = readMethods(members, pool, names, enumType, innerMember);

        List<AnnotationInfo> annotations = attributes.annotations < 0 ? List.of()
                : readAnnotations(new Cursor(bytes, attributes.annotations, bytes.length), pool, names, false);
        List<RecordComponentDeclaration> components;
        if (attributes.record >= 0) {
            components = readRecord(new Cursor(bytes, attributes.record, bytes.length), pool, names, fields, methods);
        } else if ("java/lang/Record".equals(superName)) {
            // A tool that rewrote the class dropped the Record attribute: a record's instance fields
            // are its components, in order.
            components = new ArrayList<>();
            for (FieldDeclaration field : fields) {
                if (!field.isStatic()) {
                    components.add(component(field.name(), field.descriptor(), field.signature(), List.of(), fields,
                            methods, names));
                }
            }
        } else {
            components = List.of();
        }

        String binaryName = binary(thisName);
        int slash = thisName.lastIndexOf('/');
        String packageName = slash < 0 ? "" : binary(thisName.substring(0, slash));
        String sourceName = names.source(thisName);
        ClassDeclarations.Nesting nesting;
        String simpleName;
        String enclosing = null;
        int access = classAccess;
        if (self != null) {
            access = self.flags | (classAccess & AccessFlags.SYNTHETIC);
            if (self.outer != null && self.simpleName != null) {
                nesting = ClassDeclarations.Nesting.MEMBER;
                enclosing = names.source(self.outer);
            } else {
                nesting = self.simpleName == null ? ClassDeclarations.Nesting.ANONYMOUS : ClassDeclarations.Nesting.LOCAL;
                enclosing = attributes.enclosingClass == null ? null : names.source(attributes.enclosingClass);
            }
            simpleName = self.simpleName == null ? "" : self.simpleName;
        } else if (attributes.enclosingClass != null) {
            nesting = ClassDeclarations.Nesting.ANONYMOUS;
            enclosing = names.source(attributes.enclosingClass);
            simpleName = "";
        } else {
            // Not "Outer$Inner" by name: '$' is legal in top-level names, and JVMS §4.7.6 makes
            // compilers describe every nested class in its own InnerClasses attribute.
            nesting = ClassDeclarations.Nesting.TOP_LEVEL;
            simpleName = thisName.substring(slash + 1);
        }
        String superclass = superName == null || superName.equals("java/lang/Object") ? null : names.source(superName);
        List<String> interfaces = new ArrayList<>(interfaceNames.size());
        for (String name : interfaceNames) {
            interfaces.add(names.source(name));
        }
        return new ClassDeclarations(binaryName, sourceName, packageName, simpleName, nesting, enclosing, access,
                superclass, interfaces, annotations, fields, methods, components, attributes.sourceFile,
                pool.majorVersion(), null);
    }

    private static void skipMembers(Cursor in) throws ClassFormatException {
        int count = in.u2();
        for (int i = 0; i < count; i++) {
            in.skip(6);
            skipAttributes(in);
        }
    }

    private static void skipAttributes(Cursor in) throws ClassFormatException {
        int count = in.u2();
        for (int i = 0; i < count; i++) {
            in.skip(2);
            in.skip(in.u4());
        }
    }

    private record InnerClass(String outer, String simpleName, int flags) {
    }

    private static final class ClassAttributes {
        final Map<String, InnerClass> innerClasses = new HashMap<>();
        String enclosingClass;
        String sourceFile;
        int annotations = -1;
        int record = -1;
    }

    private static ClassAttributes readClassAttributes(Cursor in, ConstantPool pool) throws ClassFormatException {
        ClassAttributes result = new ClassAttributes();
        int count = in.u2();
        for (int i = 0; i < count; i++) {
            String name = pool.utf8(in.u2());
            int length = in.u4();
            int start = in.position();
            Cursor body = in.sub(length);
            switch (name) {
                case "RuntimeVisibleAnnotations" -> result.annotations = start;
                case "Record" -> result.record = start;
                case "SourceFile" -> result.sourceFile = pool.utf8(body.u2());
                case "EnclosingMethod" -> result.enclosingClass = pool.className(body.u2());
                case "InnerClasses" -> {
                    int classes = body.u2();
                    for (int c = 0; c < classes; c++) {
                        int innerIndex = body.u2();
                        int outerIndex = body.u2();
                        int nameIndex = body.u2();
                        int flags = body.u2();
                        String inner = pool.className(innerIndex);
                        result.innerClasses.putIfAbsent(inner, new InnerClass(
                                outerIndex == 0 ? null : pool.className(outerIndex),
                                nameIndex == 0 ? null : pool.utf8(nameIndex), flags));
                    }
                }
                default -> {
                }
            }
        }
        return result;
    }

    private List<FieldDeclaration> readFields(Cursor in, ConstantPool pool, Names names) throws ClassFormatException {
        int count = in.u2();
        List<FieldDeclaration> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int access = in.u2();
            String name = pool.utf8(in.u2());
            String descriptor = pool.utf8(in.u2());
            List<AnnotationInfo> annotations = List.of();
            String signature = null;
            Object constant = null;
            int attributes = in.u2();
            for (int a = 0; a < attributes; a++) {
                String attribute = pool.utf8(in.u2());
                Cursor body = in.sub(in.u4());
                switch (attribute) {
                    case "RuntimeVisibleAnnotations" -> annotations = readAnnotations(body, pool, names, false);
                    case "Signature" -> signature = pool.utf8(body.u2());
                    case "ConstantValue" -> constant = pool.constantValue(body.u2());
                    default -> {
                    }
                }
            }
            fields.add(new FieldDeclaration(name, descriptor, names.fieldType(descriptor), signature, access,
                    annotations, constant));
        }
        return fields;
    }

    private List<MethodDeclaration> readMethods(Cursor in, ConstantPool pool, Names names, boolean enumType,
                                                boolean innerMember) throws ClassFormatException {
        int count = in.u2();
        List<MethodDeclaration> methods = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int access = in.u2();
            String name = pool.utf8(in.u2());
            String descriptor = pool.utf8(in.u2());
            List<String> parameterDescriptors = new ArrayList<>();
            String returnDescriptor = Names.splitMethodDescriptor(descriptor, parameterDescriptors);
            int parameters = parameterDescriptors.size();
            List<AnnotationInfo> annotations = List.of();
            List<List<AnnotationInfo>> declaredParameterAnnotations = null;
            List<String> parameterNames = null;
            String signature = null;
            Cursor code = null;
            int attributes = in.u2();
            for (int a = 0; a < attributes; a++) {
                String attribute = pool.utf8(in.u2());
                Cursor body = in.sub(in.u4());
                switch (attribute) {
                    case "RuntimeVisibleAnnotations" -> annotations = readAnnotations(body, pool, names, false);
                    case "RuntimeVisibleParameterAnnotations" -> {
                        int declared = body.u1();
                        declaredParameterAnnotations = new ArrayList<>(declared);
                        for (int p = 0; p < declared; p++) {
                            declaredParameterAnnotations.add(readAnnotations(body, pool, names, false));
                        }
                    }
                    case "MethodParameters" -> parameterNames = readMethodParameters(body, pool, parameters);
                    case "Signature" -> signature = pool.utf8(body.u2());
                    case "Code" -> code = body;
                    default -> {
                    }
                }
            }
            if (parameterNames == null && code != null && parameters > 0) {
                parameterNames = readLocalVariableNames(code, pool, parameterDescriptors,
                        AccessFlags.has(access, AccessFlags.STATIC));
            }
            List<String> parameterTypes = new ArrayList<>(parameters);
            for (String parameter : parameterDescriptors) {
                parameterTypes.add(names.fieldType(parameter));
            }
            List<List<AnnotationInfo>> parameterAnnotations = alignParameterAnnotations(declaredParameterAnnotations,
                    parameters, name.equals("<init>") && (enumType || innerMember));
            methods.add(new MethodDeclaration(name, descriptor, signature, access, parameterTypes,
                    names.fieldType(returnDescriptor), parameterNames == null ? List.of() : parameterNames,
                    annotations, parameterAnnotations));
        }
        return methods;
    }

    /**
     * {@code RuntimeVisibleParameterAnnotations} may cover fewer parameters than the descriptor: javac
     * leaves out the ones it adds (JVMS §4.7.18). Those lead for enum constructors (name, ordinal) and
     * inner-class constructors (outer instance), and trail for captured variables of local classes.
     */
    private static List<List<AnnotationInfo>> alignParameterAnnotations(List<List<AnnotationInfo>> declared,
                                                                        int parameters, boolean leadingSynthetic) {
        List<List<AnnotationInfo>> result = new ArrayList<>(parameters);
        for (int p = 0; p < parameters; p++) {
            result.add(List.of());
        }
        if (declared != null) {
            int offset = leadingSynthetic && declared.size() < parameters ? parameters - declared.size() : 0;
            for (int p = 0; p < declared.size() && p + offset < parameters; p++) {
                result.set(p + offset, declared.get(p));
            }
        }
        return result;
    }

    private static List<String> readMethodParameters(Cursor in, ConstantPool pool, int parameters)
            throws ClassFormatException {
        int count = in.u1();
        List<String> result = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            int nameIndex = in.u2();
            in.skip(2);
            if (nameIndex == 0) {
                return null;
            }
            result.add(pool.utf8(nameIndex));
        }
        return count == parameters ? result : null;
    }

    /** Parameter names from the {@code LocalVariableTable} of {@code Code} (javac {@code -g}). */
    private static List<String> readLocalVariableNames(Cursor code, ConstantPool pool, List<String> parameters,
                                                       boolean isStatic) throws ClassFormatException {
        code.skip(4);
        code.skip(code.u4());
        code.skip(code.u2() * 8);
        String[] bySlot = null;
        int[] slots = new int[parameters.size()];
        int slot = isStatic ? 0 : 1;
        for (int p = 0; p < slots.length; p++) {
            slots[p] = slot;
            char kind = parameters.get(p).charAt(0);
            slot += kind == 'J' || kind == 'D' ? 2 : 1;
        }
        int attributes = code.u2();
        for (int a = 0; a < attributes; a++) {
            String attribute = pool.utf8(code.u2());
            Cursor body = code.sub(code.u4());
            if (attribute.equals("LocalVariableTable")) {
                if (bySlot == null) {
                    bySlot = new String[slot];
                }
                int entries = body.u2();
                for (int e = 0; e < entries; e++) {
                    int startPc = body.u2();
                    body.skip(2);
                    int nameIndex = body.u2();
                    body.skip(2);
                    int index = body.u2();
                    if (startPc == 0 && index < bySlot.length && bySlot[index] == null) {
                        bySlot[index] = pool.utf8(nameIndex);
                    }
                }
            }
        }
        if (bySlot == null) {
            return null;
        }
        List<String> names = new ArrayList<>(slots.length);
        for (int s : slots) {
            if (bySlot[s] == null) {
                return null;
            }
            names.add(bySlot[s]);
        }
        return names;
    }

    private List<RecordComponentDeclaration> readRecord(Cursor in, ConstantPool pool, Names names,
                                                        List<FieldDeclaration> fields, List<MethodDeclaration> methods)
            throws ClassFormatException {
        int count = in.u2();
        List<RecordComponentDeclaration> components = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = pool.utf8(in.u2());
            String descriptor = pool.utf8(in.u2());
            String signature = null;
            List<AnnotationInfo> own = List.of();
            int attributes = in.u2();
            for (int a = 0; a < attributes; a++) {
                String attribute = pool.utf8(in.u2());
                Cursor body = in.sub(in.u4());
                switch (attribute) {
                    case "RuntimeVisibleAnnotations" -> own = readAnnotations(body, pool, names, false);
                    case "Signature" -> signature = pool.utf8(body.u2());
                    default -> {
                    }
                }
            }
            components.add(component(name, descriptor, signature, own, fields, methods, names));
        }
        return components;
    }

    /** A component with the annotations of the component, its field and its accessor, each type once. */
    private static RecordComponentDeclaration component(String name, String descriptor, String signature,
                                                        List<AnnotationInfo> own, List<FieldDeclaration> fields,
                                                        List<MethodDeclaration> methods, Names names)
            throws ClassFormatException {
        Map<String, AnnotationInfo> merged = new LinkedHashMap<>();
        own.forEach(x -> merged.putIfAbsent(x.typeName(), x));
        for (FieldDeclaration field : fields) {
            if (field.name().equals(name) && !field.isStatic()) {
                field.annotations().forEach(x -> merged.putIfAbsent(x.typeName(), x));
            }
        }
        String accessor = "()" + descriptor;
        for (MethodDeclaration method : methods) {
            if (method.name().equals(name) && method.descriptor().equals(accessor)) {
                method.annotations().forEach(x -> merged.putIfAbsent(x.typeName(), x));
            }
        }
        return new RecordComponentDeclaration(name, descriptor, names.fieldType(descriptor), signature,
                new ArrayList<>(merged.values()));
    }

    // ---------------------------------------------------------------------------------------------
    // Annotations (JVMS §4.7.16)

    private List<AnnotationInfo> readAnnotations(Cursor in, ConstantPool pool, Names names, boolean allValues)
            throws ClassFormatException {
        int count = in.u2();
        if (count == 0) {
            return List.of();
        }
        List<AnnotationInfo> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(readAnnotation(in, pool, names, allValues, 0));
        }
        return result;
    }

    private AnnotationInfo readAnnotation(Cursor in, ConstantPool pool, Names names, boolean allValues, int depth)
            throws ClassFormatException {
        String typeName = names.fieldType(pool.utf8(in.u2()));
        boolean keep = allValues || readValuesOf.test(typeName);
        int pairs = in.u2();
        if (!keep) {
            for (int p = 0; p < pairs; p++) {
                in.skip(2);
                skipElementValue(in, depth + 1);
            }
            return new AnnotationInfo(typeName, Map.of());
        }
        Map<String, ElementValue> values = new LinkedHashMap<>();
        for (int p = 0; p < pairs; p++) {
            String element = pool.utf8(in.u2());
            values.put(element, readElementValue(in, pool, names, depth + 1));
        }
        return new AnnotationInfo(typeName, values);
    }

    private ElementValue readElementValue(Cursor in, ConstantPool pool, Names names, int depth)
            throws ClassFormatException {
        if (depth > MAX_NESTING) {
            throw new ClassFormatException("annotation values nested too deeply");
        }
        int tag = in.u1();
        return switch (tag) {
            case 'B' -> new ElementValue.PrimitiveValue((byte) pool.integer(in.u2()));
            case 'C' -> new ElementValue.PrimitiveValue((char) pool.integer(in.u2()));
            case 'S' -> new ElementValue.PrimitiveValue((short) pool.integer(in.u2()));
            case 'I' -> new ElementValue.PrimitiveValue(pool.integer(in.u2()));
            case 'Z' -> new ElementValue.PrimitiveValue(pool.integer(in.u2()) != 0);
            case 'J' -> new ElementValue.PrimitiveValue(pool.longValue(in.u2()));
            case 'F' -> new ElementValue.PrimitiveValue(pool.floatValue(in.u2()));
            case 'D' -> new ElementValue.PrimitiveValue(pool.doubleValue(in.u2()));
            case 's' -> new ElementValue.StringValue(pool.utf8(in.u2()));
            case 'e' -> {
                String type = names.fieldType(pool.utf8(in.u2()));
                yield new ElementValue.EnumValue(type, pool.utf8(in.u2()));
            }
            case 'c' -> new ElementValue.ClassValue(names.fieldType(pool.utf8(in.u2())));
            case '@' -> new ElementValue.AnnotationValue(readAnnotation(in, pool, names, true, depth));
            case '[' -> {
                int count = in.u2();
                List<ElementValue> values = new ArrayList<>(count);
                for (int v = 0; v < count; v++) {
                    values.add(readElementValue(in, pool, names, depth + 1));
                }
                yield new ElementValue.ArrayValue(values);
            }
            default -> throw new ClassFormatException("unknown annotation element tag '" + (char) tag + "'");
        };
    }

    private static void skipElementValue(Cursor in, int depth) throws ClassFormatException {
        if (depth > MAX_NESTING) {
            throw new ClassFormatException("annotation values nested too deeply");
        }
        int tag = in.u1();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> in.skip(2);
            case 'e' -> in.skip(4);
            case '@' -> {
                in.skip(2);
                int pairs = in.u2();
                for (int p = 0; p < pairs; p++) {
                    in.skip(2);
                    skipElementValue(in, depth + 1);
                }
            }
            case '[' -> {
                int count = in.u2();
                for (int v = 0; v < count; v++) {
                    skipElementValue(in, depth + 1);
                }
            }
            default -> throw new ClassFormatException("unknown annotation element tag '" + (char) tag + "'");
        }
    }

    static String binary(String internalName) {
        return internalName.replace('/', '.');
    }

    // ---------------------------------------------------------------------------------------------
    // Names

    /** Turns internal names and descriptors into source names, with the class file's InnerClasses table. */
    private static final class Names {
        private final Map<String, InnerClass> inner;
        private final Map<String, String> sourceNames = new HashMap<>();

        Names(Map<String, InnerClass> inner) {
            this.inner = inner;
        }

        /** The source name of an internal class name ({@code a/b/Outer$Inner} → {@code a.b.Outer.Inner}). */
        String source(String internalName) {
            String known = sourceNames.get(internalName);
            if (known != null) {
                return known;
            }
            String result = source(internalName, 0);
            sourceNames.put(internalName, result);
            return result;
        }

        private String source(String internalName, int depth) {
            InnerClass entry = inner.get(internalName);
            if (entry != null && entry.outer != null && entry.simpleName != null && depth < MAX_NESTING) {
                return source(entry.outer, depth + 1) + "." + entry.simpleName;
            }
            return binary(internalName);
        }

        /** The source name of a field descriptor ({@code [Ljava/lang/String;} → {@code java.lang.String[]}). */
        String fieldType(String descriptor) throws ClassFormatException {
            int dims = 0;
            while (dims < descriptor.length() && descriptor.charAt(dims) == '[') {
                dims++;
            }
            if (dims == descriptor.length()) {
                throw new ClassFormatException("bad descriptor " + descriptor);
            }
            String base = switch (descriptor.charAt(dims)) {
                case 'B' -> "byte";
                case 'C' -> "char";
                case 'D' -> "double";
                case 'F' -> "float";
                case 'I' -> "int";
                case 'J' -> "long";
                case 'S' -> "short";
                case 'Z' -> "boolean";
                case 'V' -> "void";
                case 'L' -> {
                    if (!descriptor.endsWith(";")) {
                        throw new ClassFormatException("bad descriptor " + descriptor);
                    }
                    yield source(descriptor.substring(dims + 1, descriptor.length() - 1));
                }
                default -> throw new ClassFormatException("bad descriptor " + descriptor);
            };
            return dims == 0 ? base : base + "[]".repeat(dims);
        }

        /** Splits {@code (ILjava/lang/String;)V} into its parameter descriptors and returns the return descriptor. */
        static String splitMethodDescriptor(String descriptor, List<String> parameters) throws ClassFormatException {
            if (descriptor.isEmpty() || descriptor.charAt(0) != '(') {
                throw new ClassFormatException("bad method descriptor " + descriptor);
            }
            int i = 1;
            while (i < descriptor.length() && descriptor.charAt(i) != ')') {
                int start = i;
                while (i < descriptor.length() && descriptor.charAt(i) == '[') {
                    i++;
                }
                if (i < descriptor.length() && descriptor.charAt(i) == 'L') {
                    i = descriptor.indexOf(';', i);
                    if (i < 0) {
                        throw new ClassFormatException("bad method descriptor " + descriptor);
                    }
                }
                i++;
                parameters.add(descriptor.substring(start, Math.min(i, descriptor.length())));
            }
            if (i >= descriptor.length() - 1) {
                throw new ClassFormatException("bad method descriptor " + descriptor);
            }
            return descriptor.substring(i + 1);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Bytes

    /** A bounds-checked reader over a slice of the class file. */
    private static final class Cursor {
        private final byte[] bytes;
        private final int limit;
        private int position;

        Cursor(byte[] bytes, int position, int limit) {
            this.bytes = bytes;
            this.position = position;
            this.limit = limit;
        }

        int position() {
            return position;
        }

        private void need(int count) throws ClassFormatException {
            if (count < 0 || position + count > limit) {
                throw new ClassFormatException("truncated class file (at byte " + position + ")");
            }
        }

        int u1() throws ClassFormatException {
            need(1);
            return bytes[position++] & 0xFF;
        }

        int u2() throws ClassFormatException {
            need(2);
            int value = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
            position += 2;
            return value;
        }

        int u4() throws ClassFormatException {
            need(4);
            int value = ((bytes[position] & 0xFF) << 24) | ((bytes[position + 1] & 0xFF) << 16)
                    | ((bytes[position + 2] & 0xFF) << 8) | (bytes[position + 3] & 0xFF);
            position += 4;
            return value;
        }

        void skip(int count) throws ClassFormatException {
            need(count);
            position += count;
        }

        /** The next {@code length} bytes as their own cursor; this one moves past them. */
        Cursor sub(int length) throws ClassFormatException {
            need(length);
            Cursor sub = new Cursor(bytes, position, position + length);
            position += length;
            return sub;
        }
    }

    /** The constant pool (JVMS §4.4): entry offsets, UTF-8 decoded on demand. */
    private static final class ConstantPool {
        private final byte[] bytes;
        private final int[] offsets;
        private final byte[] tags;
        private final String[] strings;
        private final int end;
        private final int majorVersion;
        private final boolean mentionsPdguard;

        private ConstantPool(byte[] bytes, int[] offsets, byte[] tags, int end, int majorVersion,
                             boolean mentionsPdguard) {
            this.bytes = bytes;
            this.offsets = offsets;
            this.tags = tags;
            this.strings = new String[offsets.length];
            this.end = end;
            this.majorVersion = majorVersion;
            this.mentionsPdguard = mentionsPdguard;
        }

        static ConstantPool parse(byte[] bytes) throws ClassFormatException {
            if (bytes.length < 10) {
                throw new ClassFormatException("not a class file (only " + bytes.length + " bytes)");
            }
            Cursor in = new Cursor(bytes, 0, bytes.length);
            if (in.u4() != MAGIC) {
                throw new ClassFormatException("not a class file (no 0xCAFEBABE magic number)");
            }
            in.skip(2);
            int major = in.u2();
            int count = in.u2();
            int[] offsets = new int[count];
            byte[] tags = new byte[count];
            boolean pdguard = false;
            for (int i = 1; i < count; i++) {
                int tag = in.u1();
                tags[i] = (byte) tag;
                offsets[i] = in.position();
                switch (tag) {
                    case 1 -> {
                        int length = in.u2();
                        if (!pdguard && length >= PDGUARD_PREFIX.length) {
                            pdguard = startsWithPrefix(bytes, in.position());
                        }
                        in.skip(length);
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skip(4);
                    case 5, 6 -> {
                        in.skip(8);
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.skip(2);
                    case 15 -> in.skip(3);
                    default -> throw new ClassFormatException("bad constant pool tag " + tag + " at entry " + i);
                }
            }
            return new ConstantPool(bytes, offsets, tags, in.position(), major, pdguard);
        }

        private static boolean startsWithPrefix(byte[] bytes, int at) {
            if (at + PDGUARD_PREFIX.length > bytes.length) {
                return false;
            }
            for (int k = 0; k < PDGUARD_PREFIX.length; k++) {
                if (bytes[at + k] != PDGUARD_PREFIX[k]) {
                    return false;
                }
            }
            return true;
        }

        int end() {
            return end;
        }

        int majorVersion() {
            return majorVersion;
        }

        boolean mentionsPdguard() {
            return mentionsPdguard;
        }

        private int offset(int index, int tag) throws ClassFormatException {
            if (index <= 0 || index >= offsets.length || tags[index] != tag) {
                throw new ClassFormatException("constant pool entry " + index + " is not of the expected kind " + tag);
            }
            return offsets[index];
        }

        String utf8(int index) throws ClassFormatException {
            int offset = offset(index, 1);
            String cached = strings[index];
            if (cached == null) {
                int length = ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
                cached = decodeModifiedUtf8(bytes, offset + 2, length);
                strings[index] = cached;
            }
            return cached;
        }

        /** The internal name of a CONSTANT_Class ({@code a/b/C}). */
        String className(int index) throws ClassFormatException {
            int offset = offset(index, 7);
            return utf8(((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF));
        }

        int integer(int index) throws ClassFormatException {
            int offset = offset(index, 3);
            return u4(offset);
        }

        float floatValue(int index) throws ClassFormatException {
            return Float.intBitsToFloat(u4(offset(index, 4)));
        }

        long longValue(int index) throws ClassFormatException {
            return u8(offset(index, 5));
        }

        double doubleValue(int index) throws ClassFormatException {
            return Double.longBitsToDouble(u8(offset(index, 6)));
        }

        private long u8(int offset) {
            return ((long) u4(offset) << 32) | (u4(offset + 4) & 0xFFFFFFFFL);
        }

        /** A ConstantValue attribute's value. */
        Object constantValue(int index) throws ClassFormatException {
            if (index <= 0 || index >= tags.length) {
                throw new ClassFormatException("constant pool index " + index + " out of range");
            }
            int offset = offsets[index];
            return switch (tags[index]) {
                case 3 -> u4(offset);
                case 4 -> floatValue(index);
                case 5 -> longValue(index);
                case 6 -> doubleValue(index);
                case 8 -> utf8(((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF));
                default -> throw new ClassFormatException("constant pool entry " + index + " is not a constant value");
            };
        }

        private int u4(int offset) {
            return ((bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
                    | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
        }
    }

    /** Decodes the class file's modified UTF-8 (JVMS §4.4.7): no four-byte forms, NUL as two bytes. */
    static String decodeModifiedUtf8(byte[] bytes, int offset, int length) throws ClassFormatException {
        int end = offset + length;
        boolean ascii = true;
        for (int i = offset; i < end; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[length];
        int n = 0;
        int i = offset;
        while (i < end) {
            int c = bytes[i] & 0xFF;
            if (c < 0x80) {
                chars[n++] = (char) c;
                i++;
            } else if ((c & 0xE0) == 0xC0 && i + 1 < end && (bytes[i + 1] & 0xC0) == 0x80) {
                chars[n++] = (char) (((c & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
                i += 2;
            } else if ((c & 0xF0) == 0xE0 && i + 2 < end && (bytes[i + 1] & 0xC0) == 0x80
                    && (bytes[i + 2] & 0xC0) == 0x80) {
                chars[n++] = (char) (((c & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
                i += 3;
            } else {
                throw new ClassFormatException("malformed modified UTF-8 in the constant pool");
            }
        }
        return new String(chars, 0, n);
    }
}
