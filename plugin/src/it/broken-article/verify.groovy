def log = new File(basedir, 'build.log').text
// Every problem at once, each with its file (and line), and what to do.
assert log.contains('empty.txt') && log.contains('the file is empty')
assert log.contains('records.jsonl:2') && log.contains('malformed JSON')
assert log.contains('records.jsonl:3') && log.contains('2024-02-30')
assert log.contains('front.md') && log.contains('never closed')
assert log.contains('briefing.skipInvalid=true')
// A user's mistake is no crash: no stack trace from the plugin, no exception named in the errors.
assert !log.contains('at io.github.briefing.')
assert !log.readLines().any { it.startsWith('[ERROR]') && it.contains('Exception:') }
assert !new File(basedir, 'target/site/index.html').exists()
return true
