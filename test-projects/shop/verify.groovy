// Two builds ran (invoker.properties): both must print exactly expected-findings.txt; the first
// analysed everything, the second answered from the cache the first one wrote.
invocations = 2
evaluate(new File(compareScript))

File projectDir = basedir instanceof File ? (File) basedir : new File(basedir.toString())
String cacheNote = 'findings from the cache'
List<String> summaries = new File(projectDir, 'build.log').getText('UTF-8').readLines()
        .findAll { it.contains('pdguard: ') && it.contains(' lines analysed in ') }
assert summaries.size() == 2: "[shop] expected one pdguard summary line per build, found ${summaries.size()}"
assert !summaries[0].contains(cacheNote): "[shop] the first build cannot have used a cache: ${summaries[0]}"
assert summaries[1].contains(cacheNote): "[shop] the second build should have answered from the cache: ${summaries[1]}"
assert new File(projectDir, 'target/pdguard/cache/analysis.json').isFile(): '[shop] no target/pdguard/cache/analysis.json'
