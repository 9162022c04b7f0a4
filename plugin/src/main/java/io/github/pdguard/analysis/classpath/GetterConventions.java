package io.github.pdguard.analysis.classpath;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the getters of compiled classes by naming convention, since their bodies are not read.
 * Hand-written getters, Lombok's {@code @Getter}/{@code @Data}/{@code @Value} (which exist only in
 * bytecode) and record accessors all follow the same conventions:
 * <ul>
 *   <li>{@code getEmail()} returns field {@code email} (JavaBeans; Lombok capitalises the first
 *       letter only, so {@code xCoordinate} has {@code getXCoordinate()});</li>
 *   <li>{@code isActive()} returns a {@code boolean} field {@code active}, and Lombok's
 *       {@code isActive()} a {@code boolean} field named {@code isActive};</li>
 *   <li>a record's accessor {@code email()} returns its component {@code email}.</li>
 * </ul>
 * A getter takes no parameters, returns something, is not a bridge, and is static exactly when the
 * field is. A primitive field needs the same return type; a reference-typed field any
 * reference return type (a getter may widen it, or wrap it as {@code Optional<String>}).
 */
public final class GetterConventions {

    private GetterConventions() {
    }

    /**
     * The getters of {@code type} that return one of its fields carrying {@code @PersonalData} or
     * {@code @Sensitive}, by method name, in class-file method order. A record's accessor maps to the
     * component's field (which carries the component's annotations).
     */
    public static Map<String, FieldDeclaration> annotatedGetters(ClassDeclarations type) {
        Map<String, FieldDeclaration> byGetterName = new LinkedHashMap<>();
        for (FieldDeclaration field : type.fields()) {
            boolean annotated = field.dataDeclaration().isPresent()
                    || (type.isRecord() && !field.isStatic() && type.recordComponent(field.name())
                    .flatMap(RecordComponentDeclaration::dataDeclaration).isPresent());
            if (!annotated) {
                continue;
            }
            for (String name : getterNames(field, type.isRecord())) {
                byGetterName.putIfAbsent(name, field);
            }
        }
        if (byGetterName.isEmpty()) {
            return Map.of();
        }
        Map<String, FieldDeclaration> result = new LinkedHashMap<>();
        for (MethodDeclaration method : type.methods()) {
            FieldDeclaration field = byGetterName.get(method.name());
            if (field != null && isGetterOf(method, field)) {
                result.putIfAbsent(method.name(), field);
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** The names a getter of {@code field} may have, by convention. */
    public static List<String> getterNames(FieldDeclaration field, boolean recordComponent) {
        List<String> names = new ArrayList<>();
        String name = field.name();
        if (recordComponent && !field.isStatic()) {
            names.add(name);
        }
        names.add("get" + capitalize(name));
        if (field.descriptor().equals("Z")) {
            names.add("is" + capitalize(name));
            if (name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether {@code method}'s shape fits a getter of {@code field}: no parameters, a compatible return type. */
    public static boolean isGetterOf(MethodDeclaration method, FieldDeclaration field) {
        if (method.parameterCount() != 0 || method.isConstructor() || method.isStaticInitializer()
                || method.isBridge() || method.isStatic() != field.isStatic()) {
            return false;
        }
        String returned = method.descriptor().substring(method.descriptor().indexOf(')') + 1);
        if (returned.equals("V")) {
            return false;
        }
        boolean fieldIsReference = isReference(field.descriptor());
        return fieldIsReference ? isReference(returned) : returned.equals(field.descriptor());
    }

    private static boolean isReference(String descriptor) {
        return descriptor.startsWith("L") || descriptor.startsWith("[");
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
