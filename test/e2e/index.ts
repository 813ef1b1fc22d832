/**
 * Entry point of the extension-host tests (VS Code's `extensionTestsPath`): runs Mocha over `test/e2e/*.e2e.ts`
 * (compiled to `out/test/e2e/*.e2e.js`) inside the editor and settles with the outcome. Started by
 * `scripts/e2e/run.js` on a desktop VS Code or the offline Code-OSS host; never by the unit `mocha` run.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.e2e.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const grep = process.env.COPYDESK_E2E_GREP;
  if (grep) mocha.grep(grep);
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const stats = runner.stats;
      // The plain closing line CI reads, whatever the reporter printed before it.
      console.log(`e2e: ${stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0 || files.length === 0 || (stats?.passes ?? 0) === 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
  });
}
