'use strict';
/*
 * Preload (`node -r ./test/robustness/no-network-preload.js …`) that makes
 * every way of opening a network connection throw, and says so on stderr.
 * Standard input and output stay usable: their pipes are created from handles
 * Node already holds, not through the functions stubbed here. Used by the
 * no-network tests to show that the server and the CLI open no socket besides
 * their stdio transport.
 */
const MARK = 'COPYDESK-NETWORK-ATTEMPT';

function blocked(what) {
  return function () {
    const msg = `${MARK}: ${what}`;
    try {
      process.stderr.write(msg + '\n');
    } catch {
      // stderr may be closed; the throw below still stops the attempt.
    }
    throw new Error(msg);
  };
}

function stub(mod, name, fns) {
  const m = require(mod);
  for (const f of fns) if (typeof m[f] === 'function') m[f] = blocked(`${name}.${f}`);
}

stub('net', 'net', ['connect', 'createConnection', 'createServer']);
const net = require('net');
net.Socket.prototype.connect = blocked('net.Socket.connect');
net.Server.prototype.listen = blocked('net.Server.listen');
stub('http', 'http', ['request', 'get', 'createServer']);
stub('https', 'https', ['request', 'get', 'createServer']);
stub('http2', 'http2', ['connect', 'createServer', 'createSecureServer']);
stub('tls', 'tls', ['connect', 'createServer', 'createSecureContext']);
stub('dgram', 'dgram', ['createSocket']);
stub('dns', 'dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'reverse']);
const dnsPromises = require('dns').promises;
for (const f of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  if (typeof dnsPromises[f] === 'function') dnsPromises[f] = blocked(`dns.promises.${f}`);
}
if (typeof globalThis.fetch === 'function') globalThis.fetch = blocked('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = blocked('WebSocket');
