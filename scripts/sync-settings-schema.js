#!/usr/bin/env node
// Writes the `copydesk.rules` settings schema in package.json from the rule
// registry (id, default level, title), so the two never drift apart. Run after
// adding a rule: `npm run -s build && node scripts/sync-settings-schema.js [package.json]`.
// test/unit/features.package-schema.test.ts fails until they agree.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const { RULES } = require(path.join(root, 'out', 'server', 'src', 'analysis', 'rules'));
const { LEVELS } = require(path.join(root, 'out', 'server', 'src', 'analysis', 'ruleIds'));

const file = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'package.json');
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
const rules = pkg.contributes.configuration.properties['copydesk.rules'];
const previous = rules.properties || {};
rules.properties = {};
for (const rule of RULES) {
  rules.properties[rule.id] = {
    type: 'string',
    enum: [...LEVELS],
    default: rule.defaultLevel,
    markdownDescription: `${rule.title}. ${rule.fix} (default: \`${rule.defaultLevel}\`)`,
  };
}
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
// The project config file's schema (schemas/copydesk-config.schema.json) lists the same rules.
const configSchemaFile = path.join(path.dirname(file), 'schemas', 'copydesk-config.schema.json');
if (fs.existsSync(configSchemaFile)) {
  const schema = JSON.parse(fs.readFileSync(configSchemaFile, 'utf8'));
  schema.properties.rules.properties = {};
  for (const rule of RULES) {
    schema.properties.rules.properties[rule.id] = { enum: [...LEVELS], default: rule.defaultLevel, description: `${rule.title} (default: ${rule.defaultLevel})` };
  }
  fs.writeFileSync(configSchemaFile, JSON.stringify(schema, null, 2) + '\n');
}
const added = RULES.map((r) => r.id).filter((id) => !previous[id]);
console.log(`copydesk.rules schema: ${RULES.length} rules${added.length ? ` (added ${added.join(', ')})` : ''}`);
