// Two builds of this reactor ran (invoker.properties): serially into target/pdguard-serial, then
// with -T 2 into target/pdguard-parallel, in every module.
// (a) Each build printed exactly the findings of expected-findings.txt.
// (b) In every module the two builds wrote byte-identical pdguard.sarif and pdguard.json.
// (c) Those reports hold the module's expected findings, so (b) cannot pass on empty files.
// (d) The second build did run with two threads.
// All problems are collected and reported together.
import groovy.json.JsonSlurper

File projectDir = basedir instanceof File ? (File) basedir : new File(basedir.toString())
List<String> problems = []

invocations = 2
try {
    evaluate(new File(compareScript))
} catch (AssertionError | IllegalStateException e) {
    problems << e.message
}

// The second build really ran with two threads (Maven says so once per multi-threaded build).
String parallelBuilder = 'Using the MultiThreadedBuilder implementation with a thread count of 2'
if (!new File(projectDir, 'build.log').getText('UTF-8').contains(parallelBuilder)) {
    problems << "[multi-module] build.log does not say '${parallelBuilder}': the second build did not run with -T 2".toString()
}

Map<String, String> modules = ['(aggregator)': '.', 'domain': 'domain', 'service': 'service', 'portal': 'portal']
List<String> expected = new File(projectDir, 'expected-findings.txt').readLines('UTF-8')
        .collect { it.trim() }
        .findAll { it && !it.startsWith('#') }

modules.each { String module, String dir ->
    for (String name : ['pdguard.sarif', 'pdguard.json']) {
        File serial = new File(projectDir, "${dir}/target/pdguard-serial/${name}")
        File parallel = new File(projectDir, "${dir}/target/pdguard-parallel/${name}")
        List<File> absent = [serial, parallel].findAll { !it.isFile() }
        if (!absent.isEmpty()) {
            problems << "[multi-module] ${module}: no ${absent.collect { projectDir.toPath().relativize(it.toPath()) }.join(' and ')}".toString()
            continue
        }
        if (!Arrays.equals(serial.bytes, parallel.bytes)) {
            List<String> a = serial.readLines('UTF-8')
            List<String> b = parallel.readLines('UTF-8')
            int line = (0..<Math.max(a.size(), b.size())).find { a[it] != b[it] } ?: 0
            problems << ("[multi-module] ${module}: ${name} of the serial build (-T 1) and of the parallel build (-T 2)"
                    + " differ (${serial.length()} and ${parallel.length()} bytes), first at line ${line + 1}:\n"
                    + "    serial:   ${line < a.size() ? a[line] : '(end of file)'}\n"
                    + "    parallel: ${line < b.size() ? b[line] : '(end of file)'}").toString()
        }
    }
    File json = new File(projectDir, "${dir}/target/pdguard-serial/pdguard.json")
    if (json.isFile()) {
        String prefix = dir == '.' ? null : dir + '/'
        List<String> reported = new JsonSlurper().parse(json, 'UTF-8')
                .collect { "${it.file}:${it.line} ${it.rule}".toString() }.sort()
        List<String> wanted = expected.findAll { prefix != null && it.startsWith(prefix) }
                .collect { it.replaceAll(/\s+/, ' ') }.sort()
        List<String> unlisted = reported - wanted
        List<String> absentFromReport = wanted - reported
        if (unlisted || absentFromReport) {
            problems << ("[multi-module] ${module}: ${dir}/target/pdguard-serial/pdguard.json lists ${reported.size()}"
                    + " findings, expected ${wanted.size()}" + (absentFromReport ? "; missing: ${absentFromReport}" : '')
                    + (unlisted ? "; not expected: ${unlisted}" : '')).toString()
        }
    }
}

if (!problems.isEmpty()) {
    throw new AssertionError(problems.join('\n'))
}
println "[multi-module] serial and -T 2 reports are byte-identical in ${modules.size()} modules"
return true
