// discover wrote its reports and declared the fields in the sources; check then reported what is missing.
File projectDir = basedir instanceof File ? (File) basedir : new File(basedir.toString())
File markdown = new File(projectDir, 'target/pdguard/discover.md')
File json = new File(projectDir, 'target/pdguard/discover.json')
assert markdown.isFile() : "no ${markdown}"
assert json.isFile() : "no ${json}"
assert json.getText('UTF-8').contains('"element": "Subscriber.email"')
String subscriber = new File(projectDir, 'src/main/java/com/example/newsletter/Subscriber.java').getText('UTF-8')
assert subscriber.contains('    @PersonalData(category = Category.CONTACT, purposes = {}, retention = "")\n    private final String email;')
assert subscriber.contains('import io.github.pdguard.annotations.PersonalData;')
String log = new File(projectDir, 'build.log').getText('UTF-8')
assert log.contains('pdguard: declared 4 fields and record components in 2 files')
evaluate(new File(compareScript))
