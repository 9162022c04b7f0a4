// Shared post-build check of the integration tests (maven-invoker-plugin, scriptVariable
// `compareScript`); each test project's verify.groovy evaluates it with its own binding.
//
// Compares the pdguard findings that the build printed to build.log, in the Maven compiler's format
//     [ERROR] /abs/path/src/main/java/a/B.java:[42,13] pdguard:log-leak message
// (also [WARNING] and [INFO]), with expected-findings.txt beside the project's pom:
//     src/main/java/a/B.java:42 log-leak
// one finding per line, `#` comments and blank lines ignored, paths relative to the project. The
// comparison is of the multiset of `PATH:LINE RULE` (columns are not compared). The off-by-default
// rule undeclared-purpose is not compared; name-based inference (unannotated-personal-data,
// probable-log-leak) is. Fails when the build printed no pdguard summary line, so a skipped or
// unbound plugin cannot pass.
//
// A project whose invoker.properties runs Maven several times (invoker.goals.1, invoker.goals.2, ...)
// sets `invocations = N` in its verify.groovy before evaluating this script. The invoker appends
// the N builds to the one build.log, each starting with Maven's `Scanning for projects...` line;
// the log is cut there and every build must report exactly the expected findings. Without the
// variable the whole log is one build, as before.

import java.util.regex.Matcher
import java.util.regex.Pattern

final Set<String> IGNORED_RULES = ['undeclared-purpose'] as Set
final Pattern FINDING = ~/^\[(?:ERROR|WARNING|INFO)\] (.+\.java):\[(\d+),(\d+)\] pdguard:([a-z][a-z0-9-]*)(?: (.*))?$/
final Pattern EXPECTED = ~/^(\S.*?):(\d+)\s+([a-z][a-z0-9-]*)$/

File projectDir = basedir instanceof File ? (File) basedir : new File(basedir.toString())
File log = new File(projectDir, 'build.log')
File expectedFile = new File(projectDir, 'expected-findings.txt')
String project = projectDir.name

if (!log.isFile()) {
    throw new IllegalStateException("[${project}] no build.log in ${projectDir}")
}
if (!expectedFile.isFile()) {
    throw new IllegalStateException("[${project}] no expected-findings.txt beside the pom in ${projectDir}"
            + " (list the expected findings as PATH:LINE RULE-ID, or only comments when none are expected)")
}

// Prefixes by which the log may name the project directory (symbolic links resolved or not).
List<String> prefixes = [projectDir.absoluteFile.toPath().normalize(), projectDir.canonicalFile.toPath()]
        .collect { it.toString().replace('\\', '/') + '/' }
        .unique()

List<String> lines = log.getText('UTF-8').readLines()

int invocationCount = binding.hasVariable('invocations') ? (binding.getVariable('invocations') as int) : 1
List<List<String>> builds = [lines]
if (invocationCount != 1) {
    List<Integer> starts = lines.findIndexValues { it ==~ /^\[INFO\] Scanning for projects\.\.\.$/ }*.intValue()
    if (starts.size() != invocationCount) {
        throw new IllegalStateException("[${project}] verify.groovy says invocations = ${invocationCount}, but build.log"
                + " shows ${starts.size()} Maven builds ('[INFO] Scanning for projects...' lines)")
    }
    builds = starts.withIndex().collect { Integer start, int i ->
        lines.subList(start, i + 1 < starts.size() ? starts[i + 1] : lines.size())
    }
}
// How a build is named in messages: nothing for a single build, `invocation 2 of 2` otherwise.
Closure<String> label = { int i -> invocationCount == 1 ? "[${project}]".toString() : "[${project}] invocation ${i + 1} of ${invocationCount}:".toString() }

List<Map<String, Integer>> actuals = []
List<Map<String, List<String>>> messagesPerBuild = []
builds.eachWithIndex { List<String> buildLines, int i ->
    if (!buildLines.any { it.contains('pdguard: ') && it.contains('analysed in') }) {
        throw new IllegalStateException("${label(i)} build.log has no pdguard summary line ('pdguard: ... analysed in ...'):"
                + " the check goal did not run, so its findings cannot be compared")
    }
    Map<String, Integer> actual = [:]
    Map<String, List<String>> messages = [:].withDefault { [] }
    buildLines.each { String line ->
        Matcher m = FINDING.matcher(line)
        if (!m.matches()) {
            return
        }
        String rule = m.group(4)
        if (rule in IGNORED_RULES) {
            return
        }
        String path = m.group(1).replace('\\', '/')
        String prefix = prefixes.find { path.startsWith(it) }
        if (prefix != null) {
            path = path.substring(prefix.length())
        }
        String key = "${path}:${m.group(2)} ${rule}".toString()
        actual.merge(key, 1, Integer::sum)
        messages[key] << "[${m.group(2)},${m.group(3)}] ${m.group(5) ?: ''}".toString()
    }
    actuals << actual
    messagesPerBuild << messages
}

Map<String, Integer> expected = [:]
List<String> malformed = []
expectedFile.getText('UTF-8').readLines().eachWithIndex { String raw, int index ->
    String line = raw.trim()
    if (line.isEmpty() || line.startsWith('#')) {
        return
    }
    Matcher m = EXPECTED.matcher(line)
    if (!m.matches()) {
        malformed << "  line ${index + 1}: '${raw}' (want PATH:LINE RULE-ID)".toString()
        return
    }
    if (m.group(3) in IGNORED_RULES) {
        return
    }
    String key = "${m.group(1).replace('\\', '/')}:${m.group(2)} ${m.group(3)}".toString()
    expected.merge(key, 1, Integer::sum)
}
if (!malformed.isEmpty()) {
    throw new IllegalStateException("[${project}] expected-findings.txt has malformed lines:\n" + malformed.join('\n'))
}

// In file order: path, then line number, then rule.
Closure<List> parts = { String key ->
    Matcher m = key =~ /^(.*):(\d+) (\S+)$/
    m.matches()
    [m.group(1), m.group(2) as int, m.group(3)]
}

List<String> reports = []
actuals.eachWithIndex { Map<String, Integer> actual, int i ->
    Map<String, List<String>> messages = messagesPerBuild[i]
    List<String> missing = []
    List<String> unexpected = []
    List<String> keys = (expected.keySet() + actual.keySet()).unique().sort { String a, String b ->
        List x = parts(a)
        List y = parts(b)
        (x[0] <=> y[0]) ?: (x[1] <=> y[1]) ?: (x[2] <=> y[2])
    }
    keys.each { String key ->
        int want = expected.getOrDefault(key, 0)
        int got = actual.getOrDefault(key, 0)
        for (int n = got; n < want; n++) {
            missing << key
        }
        for (int n = want; n < got; n++) {
            unexpected << key
        }
    }
    // A key with several findings lists its messages once, beside its first row.
    Set<String> described = [] as Set
    List<String> unexpectedRows = unexpected.collect { String key ->
        described.add(key) ? "    ${key}    <- ${messages[key].join(' | ')}".toString() : "    ${key}".toString()
    }

    int total = actual.values().sum(0) as int
    if (missing.isEmpty() && unexpected.isEmpty()) {
        println "${label(i)} pdguard findings match expected-findings.txt (${total} compared)"
        return
    }
    StringBuilder report = new StringBuilder("${label(i)} pdguard findings differ from expected-findings.txt"
            + " (${missing.size()} missing, ${unexpected.size()} unexpected; expected ${expected.values().sum(0)},"
            + " reported ${total})\n")
    if (!missing.isEmpty()) {
        report << "  missing (expected, not reported):\n"
        missing.each { report << "    ${it}\n" }
    }
    if (!unexpected.isEmpty()) {
        report << "  unexpected (reported, not expected):\n"
        unexpectedRows.each { report << "${it}\n" }
    }
    reports << report.toString().trim()
}
if (reports.isEmpty()) {
    return true
}
throw new AssertionError(reports.join('\n'))
