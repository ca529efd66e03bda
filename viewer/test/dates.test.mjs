// Dates are read as the Python verifier reads them (datetime.fromisoformat of Python 3.11, UTC when
// no offset is given): each text with the moment Python gives it (ms since the epoch), or null
// where Python refuses it.
import "../tools/node-globals.mjs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { friendlyDate, parseDateTime } from "../src/engine/dates.js";

const PYTHON = [
  ["2024-01-01", 1704067200000],
  ["2024-01-01T00:00:00Z", 1704067200000],
  ["2024-01-01T00:00:00z", 1704067200000],
  ["2024-01-01T10:00Z", 1704103200000],
  ["2024-01-01T10Z", 1704103200000],
  ["20240101T100000Z", 1704103200000],
  ["20240101", 1704067200000],
  ["2024-01-01 10:00:00+0100", 1704099600000],
  ["2024-01-01T10:00:00+01", 1704099600000],
  ["2024-01-01T10:00:00-05:30", 1704123000000],
  ["2024-01-01T24:00:00Z", null],
  ["2024-02-29T10:00:00Z", 1709200800000],
  ["2023-02-29T10:00:00Z", null],
  ["2024-01-01T10:00:00.1Z", 1704103200100],
  ["2024-01-01T10:00:00.123456789Z", 1704103200123],
  ["2024-01-01T10:00:00,5Z", 1704103200500],
  ["2024-W01-1", 1704067200000],
  ["+2024-01-01T00:00:00Z", null],
  ["2024-01-01T10:00:60Z", null],
  ["2024-01-01x10:00:00", 1704103200000],
  ["2024-01-01T10:00:00.1234567+01:00:30", 1704099570123],
  ["2024-1-01", null],
  [" 2024-01-01", null],
  ["2024-01-01T10:00:00 ", null],
  ["2024-01-01T10:00:00Z[UTC]", null],
  ["0001-01-01T00:00:00Z", -62135596800000],
  ["9999-12-31T23:59:59Z", 253402300799000],
  ["2024-01-01T10:00:00+25:00", null],
  ["2024-01-01T1000", 1704103200000],
  ["2024-01-01T10:0", null],
  ["2024-01-01T", null],
  ["2024-01-01TZ", null],
  ["2024-0101", null],
  ["202401-01", null],
  ["2024-W01", 1704067200000],
  ["2024W011", 1704067200000],
  ["2024W01", 1704067200000],
  ["2024-W01-1T10:00Z", 1704103200000],
  ["2024W011T10:00Z", 1704103200000],
  ["2024-W53-1", null],
  ["2020-W53-7", 1609632000000],
  ["2024-W01-8", null],
  ["2024-W00-1", null],
  ["0004-02-29T00:00:00Z", -62035891200000],
  ["0099-12-31", -59011545600000],
  ["2024-W01-1x10", 1704103200000],
  ["2026-W49-4T12:00:00+01:00", 1796295600000],
];

test("every date text gets the moment Python gives it, or is refused as Python refuses it", () => {
  for (const [text, ms] of PYTHON) assert.equal(parseDateTime(text)?.ms ?? null, ms, JSON.stringify(text));
});

test("dates are written as the Python verifier writes them, on the day the credential states", () => {
  assert.equal(friendlyDate(parseDateTime("2027-03-12T23:30:00-05:00")), "12 March 2027");
  assert.equal(friendlyDate(new Date("2026-12-03T12:00:00Z")), "3 December 2026");
});
