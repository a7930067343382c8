def git = { String... args ->
    def p = new ProcessBuilder(['git', '--git-dir', new File(basedir, 'remote.git').path] + args.toList())
            .redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "git ${args.join(' ')} failed: $out"
    out
}
def files = git('ls-tree', '-r', '--name-only', 'gh-pages').readLines()
['index.html', 'briefing.json', '.nojekyll', 'sitemap.xml'].each { assert files.contains(it) : "gh-pages lacks $it" }
assert files.any { it.startsWith('articles/') }
assert git('show', 'gh-pages:index.html').contains('<html')
return true
