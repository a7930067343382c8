import groovy.json.JsonSlurper

def out = new File(basedir, 'out')
assert new File(out, 'index.html').isFile()
def json = new JsonSlurper().parse(new File(out, 'briefing.json'))
// Folders are searched recursively; ids keep the sub-folder, '/' as separator.
assert json.articles*.id as Set == ['harbour', 'nested/haven'] as Set
json.articles.each { assert new File(out, it.url).isFile() }
// Nothing but the site is written: no target/ folder, no cache.
assert !new File(basedir, 'target').exists()
return true
