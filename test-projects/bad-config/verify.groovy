// A bad parameter is a user error: one clear message naming it, no stack trace (SPEC 5).
// Not compared with expected-findings.txt: the analysis never starts.
String log = new File(basedir, 'build.log').getText('UTF-8')
String wanted = "Parameter 'rules': unknown rule id 'no-such-rule'"
if (!log.contains(wanted)) {
    throw new AssertionError("[bad-config] build.log does not contain: " + wanted)
}
List<String> traces = log.readLines().findAll { it.startsWith('\tat ') || it.contains('Exception in thread') }
if (!traces.isEmpty()) {
    throw new AssertionError("[bad-config] build.log shows a stack trace for a user error:\n" + traces.take(5).join('\n'))
}
return true
