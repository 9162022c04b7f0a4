/**
 * Reads pdguard declarations from compiled classes (class directories and jars) without loading
 * or initialising any class: the class-file format (JVMS §4) is parsed directly, and nothing here
 * uses a {@code ClassLoader} or reflection on the analysed classes. Imports nothing from Maven and
 * nothing outside the JDK.
 *
 * <ul>
 *   <li>{@link io.github.pdguard.analysis.classpath.ClassFileReader} reads one class file into a
 *       {@link io.github.pdguard.analysis.classpath.ClassDeclarations}: names (binary and source),
 *       supertypes, kind, nesting, type annotations, fields, methods with parameter annotations,
 *       record components.</li>
 *   <li>{@link io.github.pdguard.analysis.classpath.GetterConventions} matches getters, whose bodies
 *       are not read, to the annotated fields they return by the JavaBeans, Lombok and record naming
 *       conventions.</li>
 *   <li>{@link io.github.pdguard.analysis.classpath.ClasspathScanner} reads a whole classpath into a
 *       {@link io.github.pdguard.analysis.classpath.ClasspathDeclarations} index by source name,
 *       keeping only classes with pdguard annotations and their type hierarchy, and reports
 *       unreadable input as {@link io.github.pdguard.analysis.classpath.ClasspathProblem}s.</li>
 * </ul>
 *
 * <p>Only runtime-visible annotations are in class files' {@code RuntimeVisible*} attributes; all
 * pdguard annotations are {@code @Retention(RUNTIME)}. Element values a use site leaves at their
 * default are not in the class file, which is the same as "not given".
 */
package io.github.pdguard.analysis.classpath;
