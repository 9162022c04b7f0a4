package io.github.pdguard.analysis.flow;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The API sources of SPEC 3.1 that need no annotation, for javax and jakarta alike. */
public final class ApiSources {
    private static final List<String> CATEGORY_IDENTITY = List.of("IDENTITY");
    private static final List<String> CATEGORY_ONLINE = List.of("ONLINE_IDENTIFIER");
    private static final Set<String> PERSONAL_HEADERS = Set.of("user-agent", "x-forwarded-for", "cookie");

    private static final Map<String, List<String>> METHOD_SOURCES = Map.ofEntries(
            Map.entry("HttpServletRequest#getRemoteAddr", CATEGORY_ONLINE),
            Map.entry("HttpServletRequest#getRemoteHost", CATEGORY_ONLINE),
            Map.entry("HttpServletRequest#getRemoteUser", CATEGORY_IDENTITY),
            Map.entry("Cookie#getValue", CATEGORY_ONLINE),
            Map.entry("HttpSession#getId", CATEGORY_ONLINE),
            Map.entry("java.security.Principal#getName", CATEGORY_IDENTITY),
            Map.entry("org.springframework.security.core.Authentication#getName", CATEGORY_IDENTITY),
            Map.entry("org.springframework.security.core.userdetails.UserDetails#getUsername", CATEGORY_IDENTITY),
            Map.entry("org.springframework.security.core.userdetails.UserDetails#getPassword", List.of("CREDENTIAL")));

    /** Return types of the calls that lead from one known API type to another. */
    private static final Map<String, String> RETURN_TYPES = Map.of(
            "org.springframework.security.core.context.SecurityContextHolder#getContext",
            "org.springframework.security.core.context.SecurityContext",
            "HttpServletRequest#getSession", "HttpSession",
            "HttpServletRequest#getUserPrincipal", "java.security.Principal",
            "org.springframework.security.core.context.SecurityContext#getAuthentication",
            "org.springframework.security.core.Authentication");

    private ApiSources() {
    }

    /** Servlet types live in javax.servlet.http and jakarta.servlet.http: both map to one key. */
    private static String key(String typeName, String method) {
        for (String prefix : List.of("jakarta.servlet.http.", "javax.servlet.http.")) {
            if (typeName.startsWith(prefix)) {
                return typeName.substring(prefix.length()) + "#" + method;
            }
        }
        return typeName + "#" + method;
    }

    /** The categories of a known source method, if it is one. */
    public static Optional<List<String>> method(String typeName, String method) {
        return Optional.ofNullable(METHOD_SOURCES.get(key(typeName, method)));
    }

    public static boolean isServletRequest(String typeName) {
        return typeName.equals("jakarta.servlet.http.HttpServletRequest")
                || typeName.equals("javax.servlet.http.HttpServletRequest");
    }

    /** {@code getHeader("User-Agent")} and the other personal headers, matched case-insensitively. */
    public static boolean isPersonalHeader(String headerName) {
        return PERSONAL_HEADERS.contains(headerName.toLowerCase(Locale.ROOT));
    }

    public static Optional<String> returnType(String typeName, String method) {
        String key = key(typeName, method);
        String result = RETURN_TYPES.get(key);
        if (result == null) {
            return Optional.empty();
        }
        if (result.contains(".")) {
            return Optional.of(result);
        }
        String prefix = typeName.startsWith("jakarta.") ? "jakarta.servlet.http." : "javax.servlet.http.";
        return Optional.of(prefix + result);
    }

    public static List<String> knownTypes() {
        return List.of("jakarta.servlet.http.HttpServletRequest", "javax.servlet.http.HttpServletRequest",
                "jakarta.servlet.http.Cookie", "javax.servlet.http.Cookie", "jakarta.servlet.http.HttpSession",
                "javax.servlet.http.HttpSession", "java.security.Principal",
                "org.springframework.security.core.Authentication",
                "org.springframework.security.core.userdetails.UserDetails",
                "org.springframework.security.core.context.SecurityContextHolder",
                "org.springframework.security.core.context.SecurityContext");
    }
}
