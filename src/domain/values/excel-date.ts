/** Excel date serials shown as ISO text, so that a date found in a value cell can be named in a message. */

const MS_PER_DAY = 86_400_000;
// Excel's 1900 system counts a 29 February 1900 that never was; from serial 61 on, day 0 is 1899-12-30.
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31);
const LAST_SERIAL = 2_958_466; // 9999-12-31, Excel's last date

/** "2021-03-31", "2021-03-31 08:30", "08:30"; the number itself when it is no date Excel can show. */
export function excelSerialToText(serial: number): string {
  if (!Number.isFinite(serial) || serial < 0 || serial >= LAST_SERIAL) return String(serial);
  const day = Math.floor(serial);
  const minutes = Math.round((serial - day) * 24 * 60);
  const time = minutes === 0 ? "" : `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  if (day === 0) return time === "" ? "00:00" : time;
  if (day === 60) return time === "" ? "1900-02-29" : `1900-02-29 ${time}`;
  const epoch = day < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG;
  const date = new Date(epoch + day * MS_PER_DAY).toISOString().slice(0, 10);
  return time === "" ? date : `${date} ${time}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
