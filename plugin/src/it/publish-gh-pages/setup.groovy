// A bare repository stands in for GitHub: publishing must push the site to its gh-pages branch.
def remote = new File(basedir, 'remote.git')
def run = { List<String> cmd, File dir ->
    def p = new ProcessBuilder(cmd).directory(dir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0 : "${cmd.join(' ')} failed: $out"
}
run(['git', 'init', '--bare', '-q', remote.path], basedir)
// The one-time step the README asks of a user: a gh-pages branch must exist before the first publish.
def seed = new File(basedir, 'seed')
run(['git', 'clone', '-q', remote.path, seed.path], basedir)
run(['git', '-c', 'user.name=IT', '-c', 'user.email=it@briefing.invalid', 'checkout', '-q', '--orphan', 'gh-pages'], seed)
run(['git', '-c', 'user.name=IT', '-c', 'user.email=it@briefing.invalid', 'commit', '-q', '--allow-empty', '-m', 'Start gh-pages'], seed)
run(['git', 'push', '-q', 'origin', 'gh-pages'], seed)
return true
