#!/usr/bin/env node
// node tools/verify.mjs [--at ISO-DATETIME] [--status FILE]... FILE...
// Verifies credential files (JSON or VC-JWT) with the page's engine and prints a JSON list of
// reports, shaped as `backpack verify --json` prints them (the differential test compares them).
import "./node-globals.mjs";
import { readFileSync } from "node:fs";
import { verifyCredential } from "../src/engine/index.js";
import { looksLikeJwt } from "../src/engine/jwt.js";
import { malformedReport } from "../src/engine/verify.js";
import { malformed } from "../src/engine/problems.js";
import { jsonDepth } from "../src/engine/container.js";

const MAX_FILE_BYTES = 64 * 1024 * 1024;

function parseArgs(argv) {
  const out = { at: undefined, status: [], files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--at") out.at = argv[++i];
    else if (argv[i] === "--status") out.status.push(argv[++i]);
    else out.files.push(argv[i]);
  }
  return out;
}

/** A credential file's content: a VC-JWT string, a parsed object, or a report why not. */
export function readCredential(path) {
  let data;
  try {
    data = readFileSync(path);
  } catch (error) {
    return { report: malformedReport(malformed("file_unreadable", { reason: error.code })) };
  }
  if (data.length > MAX_FILE_BYTES) return { report: malformedReport(malformed("too_large", {})) };
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data).replace(/^\ufeff/, "");
  } catch {
    return { report: malformedReport(malformed("not_text", {})) };
  }
  if (looksLikeJwt(text)) return { credential: text.trim() };
  let credential;
  try {
    credential = JSON.parse(text);
  } catch {
    return { report: malformedReport(malformed("not_json", {})) };
  }
  if (jsonDepth(credential) > 64) return { report: malformedReport(malformed("too_deep", {})) };
  return { credential };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.files.length) {
    console.error("Name at least one credential file to verify.");
    process.exit(2);
  }
  const statusLists = args.status.map((path) => {
    const read = readCredential(path);
    return { credential: read.credential ?? "" };
  });
  const reports = [];
  for (const file of args.files) {
    const read = readCredential(file);
    const report = read.report ?? (await verifyCredential(read.credential, { now: args.at, statusLists }));
    reports.push({ ...report, file });
  }
  process.stdout.write(JSON.stringify(reports, null, 2) + "\n");
  process.exitCode = reports.every((r) => r.valid) ? 0 : 1;
}

main();
