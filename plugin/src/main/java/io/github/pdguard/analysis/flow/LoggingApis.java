package io.github.pdguard.analysis.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The log sinks of SPEC 3.2, by the qualified name of the logger type, so a logger is recognised
 * by its type whatever its variable is called. Every argument of a sink method is checked.
 */
public final class LoggingApis {
    /** The types System.out and System.err are given, so only they (not any PrintStream) are sinks. */
    public static final String CONSOLE_OUT = "java.lang.System#out";
    public static final String CONSOLE_ERR = "java.lang.System#err";
    private static final Set<String> CONSOLE_METHODS = Set.of("print", "println", "printf", "format", "append", "write");

    private static final Set<String> SLF4J_LEVELS = Set.of("trace", "debug", "info", "warn", "error");
    private static final Set<String> LOG4J_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "fatal", "log",
            "printf", "entry", "traceEntry", "traceExit", "catching", "throwing");
    private static final Set<String> JUL_LEVELS = Set.of("severe", "warning", "info", "config", "fine", "finer",
            "finest", "log", "logp", "logrb", "entering", "exiting");
    private static final Set<String> JBOSS_LEVELS = Set.of("trace", "debug", "info", "warn", "error", "fatal", "log",
            "tracef", "debugf", "infof", "warnf", "errorf", "fatalf", "logf", "tracev", "debugv", "infov", "warnv",
            "errorv", "fatalv", "logv");

    /** A logger family: its display name, its direct sink methods, and the fluent builder its at-methods return. */
    public record Family(String displayName, Set<String> sinkMethods, String fluentBuilder) {
    }

    private static final Map<String, Family> LOGGERS = Map.ofEntries(
            Map.entry("org.slf4j.Logger", new Family("SLF4J Logger", SLF4J_LEVELS, "org.slf4j.spi.LoggingEventBuilder")),
            Map.entry("org.slf4j.ext.XLogger", new Family("SLF4J Logger", SLF4J_LEVELS, "org.slf4j.spi.LoggingEventBuilder")),
            Map.entry("org.apache.logging.log4j.Logger", new Family("Log4j 2 Logger", LOG4J_LEVELS, "org.apache.logging.log4j.LogBuilder")),
            Map.entry("org.apache.logging.log4j.spi.ExtendedLogger", new Family("Log4j 2 Logger", LOG4J_LEVELS, "org.apache.logging.log4j.LogBuilder")),
            Map.entry("org.apache.log4j.Logger", new Family("Log4j 1 Logger", LOG4J_LEVELS, null)),
            Map.entry("org.apache.log4j.Category", new Family("Log4j 1 Logger", LOG4J_LEVELS, null)),
            Map.entry("java.util.logging.Logger", new Family("JUL Logger", JUL_LEVELS, null)),
            Map.entry("java.lang.System.Logger", new Family("System.Logger", Set.of("log"), null)),
            Map.entry("org.apache.commons.logging.Log", new Family("Commons Logging Log", LOG4J_LEVELS, null)),
            Map.entry("org.jboss.logging.Logger", new Family("JBoss Logger", JBOSS_LEVELS, null)),
            Map.entry("org.jboss.logging.BasicLogger", new Family("JBoss Logger", JBOSS_LEVELS, null)),
            Map.entry("com.google.common.flogger.FluentLogger", new Family("Flogger", Set.of(), "com.google.common.flogger.LoggingApi")),
            Map.entry("com.google.common.flogger.GoogleLogger", new Family("Flogger", Set.of(), "com.google.common.flogger.LoggingApi")),
            Map.entry(CONSOLE_OUT, new Family("System.out", CONSOLE_METHODS, null)),
            Map.entry(CONSOLE_ERR, new Family("System.err", CONSOLE_METHODS, null)));

    /** Fluent log-event builders and the calls of theirs that take part of the event. */
    private static final Map<String, Set<String>> FLUENT_SINKS = Map.of(
            "org.slf4j.spi.LoggingEventBuilder", Set.of("addArgument", "addKeyValue", "setMessage", "log"),
            "org.apache.logging.log4j.LogBuilder", Set.of("log"),
            "com.google.common.flogger.LoggingApi", Set.of("log", "logVarargs"));

    /** Static context maps: every argument goes into every later log line. */
    private static final Map<String, Set<String>> STATIC_SINKS = Map.of(
            "org.slf4j.MDC", Set.of("put", "putCloseable", "pushByKey"),
            "org.apache.logging.log4j.ThreadContext", Set.of("put", "putAll", "putIfNull", "push"),
            "org.apache.log4j.MDC", Set.of("put"),
            "org.jboss.logging.MDC", Set.of("put"),
            "org.jboss.logging.NDC", Set.of("push"));

    /** Lombok's logger annotations and the type of the {@code log} field each generates. */
    private static final Map<String, String> LOMBOK_LOGGERS = Map.of(
            "Slf4j", "org.slf4j.Logger",
            "XSlf4j", "org.slf4j.ext.XLogger",
            "Log4j2", "org.apache.logging.log4j.Logger",
            "Log4j", "org.apache.log4j.Logger",
            "Log", "java.util.logging.Logger",
            "CommonsLog", "org.apache.commons.logging.Log",
            "JBossLog", "org.jboss.logging.Logger",
            "Flogger", "com.google.common.flogger.FluentLogger");

    private LoggingApis() {
    }

    /** Every library type name pdguard knows, so that on-demand imports can be resolved against it. */
    public static List<String> knownTypes() {
        return List.copyOf(new java.util.TreeSet<String>() {
            {
                addAll(LOGGERS.keySet());
                addAll(FLUENT_SINKS.keySet());
                addAll(STATIC_SINKS.keySet());
            }
        });
    }

    public static Optional<Family> logger(String typeName) {
        return Optional.ofNullable(LOGGERS.get(typeName));
    }

    public static boolean isFluentBuilder(String typeName) {
        return FLUENT_SINKS.containsKey(typeName);
    }

    public static boolean isFluentSink(String builderType, String method) {
        return FLUENT_SINKS.getOrDefault(builderType, Set.of()).contains(method);
    }

    /** {@code atInfo()}, {@code atLevel(...)}, Flogger's {@code at(Level)}, {@code atWarning()}: the start of a fluent event. */
    public static boolean isFluentEntry(String method) {
        return method.equals("at") || method.startsWith("at") && method.length() > 2 && Character.isUpperCase(method.charAt(2));
    }

    public static boolean isStaticSink(String typeName, String method) {
        return STATIC_SINKS.getOrDefault(typeName, Set.of()).contains(method);
    }

    public static String staticSinkName(String typeName) {
        return typeName.substring(typeName.lastIndexOf('.') + 1);
    }

    public static Optional<String> lombokLoggerType(String annotationSimpleName) {
        return Optional.ofNullable(LOMBOK_LOGGERS.get(annotationSimpleName));
    }
}
