package io.github.pdguard.analysis.classpath;

import java.util.List;

/**
 * The identity and supertypes of a class file, readable without decoding the rest of it.
 * Names are binary names ({@code a.b.Outer$Inner}).
 *
 * @param binaryName   the class's binary name
 * @param superclass   the superclass's binary name, {@code null} for {@code java.lang.Object} and {@code module-info}
 * @param interfaces   the binary names of the directly implemented (or, for an interface, extended) interfaces
 * @param accessFlags  the class file's access flags
 * @param majorVersion the class-file version (52 = Java 8, 61 = Java 17)
 */
public record ClassHeader(String binaryName, String superclass, List<String> interfaces, int accessFlags,
                          int majorVersion) {

    public ClassHeader {
        interfaces = List.copyOf(interfaces);
    }
}
