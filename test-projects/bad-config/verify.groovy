// A bad parameter is a user error: one clear message naming it, no stack trace (SPEC 5).
// Not compared with expected-findings.txt: the analysis never starts. Two builds ran
// (invoker.properties): check with an unknown rule id, discover with a file as outputDirectory.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> wanted = ["Parameter 'rules': unknown rule id 'no-such-rule'",
                       "Parameter 'outputDirectory': "]
wanted.each {
    if (!log.contains(it)) {
        throw new AssertionError("[bad-config] build.log does not contain: " + it)
    }
}
List<String> traces = log.readLines().findAll { it.startsWith('\tat ') || it.contains('Exception in thread') }
if (!traces.isEmpty()) {
    throw new AssertionError("[bad-config] build.log shows a stack trace for a user error:\n" + traces.take(5).join('\n'))
}
return true
