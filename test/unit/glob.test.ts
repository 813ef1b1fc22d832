/**
 * files/glob.ts, the one glob implementation (tinyglobby + picomatch):
 * relative, absolute and ~/ globs, ignore globs and gitignore-style lines.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expandHome, findFiles, globMatcher, ignoreMatcher, isGlob, isRootless, splitGlob } from '../../server/src/files/glob';

describe('files/glob', () => {
  let dir: string;
  const touch = (rel: string): string => {
    const f = path.join(dir, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, 'x');
    return f;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-glob-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds files by relative and absolute globs, dot folders included, node_modules and .git never', () => {
    const a = touch('.copydesk/profiles/a.yaml');
    const b = touch('.copydesk/profiles/team/b.json');
    touch('.copydesk/profiles/c.txt');
    touch('node_modules/x/.copydesk/profiles/d.yaml');
    touch('.git/e.yaml');
    assert.deepStrictEqual(findFiles(dir, ['.copydesk/profiles/**/*.{yaml,yml,json}']), [a, b].sort());
    assert.deepStrictEqual(findFiles('/somewhere/else', [path.join(dir, '.copydesk/profiles/**/*.yaml')]), [a]);
    assert.deepStrictEqual(findFiles(dir, ['**/*.yaml']), [a]);
    assert.deepStrictEqual(findFiles(dir, ['missing/**/*.yaml']), []);
    assert.deepStrictEqual(findFiles(dir, ['.copydesk/profiles/**/*'], { ignore: ['.copydesk/profiles/team/**'] }).map((f) => path.basename(f)), ['a.yaml', 'c.txt']);
  });

  it('~/ is the home folder; absolute and ~/ globs are rootless', () => {
    assert.strictEqual(expandHome('~/p/*.yaml'), path.join(os.homedir(), 'p/*.yaml'));
    assert.ok(isRootless('~/p/*.yaml') && isRootless('/srv/p/*.yaml') && !isRootless('p/*.yaml'));
    assert.deepStrictEqual(splitGlob('~/news/profiles/**/*.yaml', '/w'), { base: path.join(os.homedir(), 'news/profiles').split(path.sep).join('/'), pattern: '**/*.yaml' });
    assert.ok(globMatcher('/w', ['~/news/*.yaml'])(path.join(os.homedir(), 'news', 'a.yaml')));
    assert.ok(isGlob('drafts/**/*.md') && isGlob('a/{b,c}.md') && !isGlob('drafts/a.md'));
  });

  it('ignore lines: a bare name at any depth, a path from the root, folders exclude what is under them, comments skipped', () => {
    const ignored = ignoreMatcher('/w', ['# comment', '', 'archive', '*.tmp', '/drafts/old/', 'wip/**']);
    for (const f of ['/w/archive/a.md', '/w/x/archive/b.md', '/w/a.tmp', '/w/drafts/old/c.md', '/w/wip/d.md']) assert.ok(ignored(f), f);
    for (const f of ['/w/archives/a.md', '/w/drafts/new/c.md', '/w/x/wip/d.md', '/w/a.md']) assert.ok(!ignored(f), f);
  });
});
