import groovy.json.JsonSlurper

def site = new File(basedir, 'target/site')
['index.html', 'timeline.html', 'matches.html', 'about.html', '404.html', 'sitemap.xml', 'feed.xml', '.nojekyll',
 'sources/index.html', 'stories/index.html', 'briefing.json', 'assets/style.css'].each {
    assert new File(site, it).isFile() : "missing $it"
}
def json = new JsonSlurper().parse(new File(site, 'briefing.json'))
assert json.schemaVersion == 1
assert json.articles.size() == 3
assert json.articles*.id as Set == ['harbour', 'haven', 'wire-1'] as Set
json.articles.each { a ->
    assert new File(site, a.url).isFile() : "no page for ${a.id}"
    ['id', 'url', 'lang', 'title', 'date', 'dateBasis', 'outlet', 'wires', 'story'].each { assert a.containsKey(it) }
}
def haven = json.articles.find { it.id == 'haven' }
assert haven.lang == 'nl' && haven.date == '2024-03-14' && haven.dateBasis == 'metadata' && haven.outlet == 'Voorbeeldkrant'
assert json.articles.find { it.id == 'harbour' }.lang == 'en'
// The Dutch article and the English wire copy share rare anchors (Rotterdam, FNV, 2,300, 7, 40).
assert json.matches.any { it.crossLingual && [it.a, it.b] as Set == ['haven', 'harbour'] as Set }
// Reproducible: the generated date is the project's outputTimestamp, not the clock.
assert new File(site, 'index.html').text.contains('2024-05-01')
// Maven's default skin and reports must not leak into the briefing.
assert !new File(site, 'project-info.html').exists() && !new File(site, 'css/maven-base.css').exists()
return true
