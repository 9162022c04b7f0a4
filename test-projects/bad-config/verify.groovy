// A bad parameter is a user error: one clear message naming it, no stack trace (SPEC 5).
// Not compared with expected-findings.txt: the analysis never starts. Four builds ran
// (invoker.properties): check with an unknown rule id, discover with a file as outputDirectory,
// check forked with a bad maxHeap and with a JVM option the forked JVM does not know.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> wanted = ["Parameter 'rules': unknown rule id 'no-such-rule'",
                       "Parameter 'outputDirectory': ",
                       "Parameter 'maxHeap': '2GB' is not a heap size",
                       "pdguard's analysis in a separate JVM stopped without a result (exit status 1). The end of its log",
                       "NoSuchOptionForPdguard"]
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
