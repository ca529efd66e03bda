// Dates in credentials, read as Backpack's Python verifier reads them (datetime.fromisoformat of
// Python 3.11: ISO 8601 date, optional time and offset; no offset means UTC).
const DATE = /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{4})(\d{2})(\d{2})|(\d{4})-?W(\d{2})(?:-?([1-7]))?)/;
const TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?$/;
const OFFSET = /^([+-])(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?$/;
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** ms since the epoch of a UTC date and time (any year from 1, unlike Date.UTC's 0-99). */
function utcMs(y, mo, d, h = 0, mi = 0, sec = 0) {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, sec, 0);
  return date.getTime();
}

function daysIn(year, month) {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/** [y, m, d] of an ISO week date (week 53 only in a year that has one), or null. */
function weekDate(year, week, day) {
  const jan4 = new Date(utcMs(year, 1, 4));
  const monday = utcMs(year, 1, 4) - ((jan4.getUTCDay() + 6) % 7) * 86400000;
  const jan1 = new Date(utcMs(year, 1, 1)).getUTCDay();
  const leap = daysIn(year, 2) === 29;
  const weeks = jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
  if (week < 1 || week > weeks) return null;
  const at = new Date(monday + ((week - 1) * 7 + (day - 1)) * 86400000);
  return [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
}

/**
 * `{ms, y, m, d, text}` for an ISO 8601 date-time string (ms since the epoch; y/m/d as written,
 * in its own offset), or null when it is not one.
 */
export function parseDateTime(value) {
  if (typeof value !== "string" || value.length > 64) return null;
  const text = value.replace(/z/g, "Z");
  const dm = DATE.exec(text);
  if (!dm) return null;
  let rest = text.slice(dm[0].length);
  let y, mo, d;
  if (dm[7] !== undefined) {
    const found = weekDate(Number(dm[7]), Number(dm[8]), Number(dm[9] ?? 1));
    if (!found) return null;
    [y, mo, d] = found;
  } else {
    [y, mo, d] = dm[1] !== undefined ? [dm[1], dm[2], dm[3]].map(Number) : [dm[4], dm[5], dm[6]].map(Number);
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || y < 1) return null;
  }
  let h = 0, mi = 0, s = 0, frac = 0, offsetMs = 0;
  if (rest) {
    rest = rest.slice(1); // any one separator character
    let zone = "";
    const at = rest.search(/[Z+-]/);
    if (at >= 0) {
      zone = rest.slice(at);
      rest = rest.slice(0, at);
    }
    const tm = TIME.exec(rest);
    if (!tm) return null;
    h = Number(tm[1]);
    mi = Number(tm[2] ?? 0);
    s = Number(tm[3] ?? 0);
    frac = tm[4] ? Number(`0.${tm[4].slice(0, 6)}`) : 0;
    if (h > 23 || mi > 59 || s > 59) return null;
    if (zone && zone !== "Z") {
      const om = OFFSET.exec(zone);
      if (!om) return null;
      const oh = Number(om[2]), omi = Number(om[3] ?? 0), os = Number(om[4] ?? 0);
      if (oh > 23 || omi > 59 || os > 59) return null;
      offsetMs = (om[1] === "-" ? -1 : 1) * ((oh * 60 + omi) * 60 + os) * 1000;
    }
  }
  const ms = utcMs(y, mo, d, h, mi, s) + Math.floor(frac * 1000) - offsetMs;
  return { ms, y, m: mo, d, text: value };
}

/** "12 March 2027", as the Python verifier writes a date (the day as the credential states it). */
export function friendlyDate(parsed) {
  if (parsed instanceof Date) {
    return `${parsed.getUTCDate()} ${MONTHS[parsed.getUTCMonth()]} ${parsed.getUTCFullYear()}`;
  }
  return `${parsed.d} ${MONTHS[parsed.m - 1]} ${parsed.y}`;
}

/** The moment a `now` option names (a Date, an ISO string or ms), as ms since the epoch. */
export function nowMs(now) {
  if (now === undefined || now === null) return Date.now();
  if (now instanceof Date) return now.getTime();
  if (typeof now === "number") return now;
  const parsed = parseDateTime(String(now));
  if (!parsed) throw new TypeError(`not a date and time: ${now}`);
  return parsed.ms;
}
