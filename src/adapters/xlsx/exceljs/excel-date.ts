/**
 * Dates as Excel serial numbers, the way Office.js reports them and the domain expects them.
 *
 * ExcelJS turns a date-formatted number into a `Date` with `25569 + ms / 86 400 000` (UTC, no correction for
 * Excel's fictitious 1900-02-29). Using the exact inverse gives back the serial stored in the file, also for
 * serials below 61 where a "corrected" conversion would shift them by one day.
 */

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/** The 1900-system serial of a Date that ExcelJS produced (from either date system: ExcelJS already applied the 1904 offset). */
export function excelSerialFromDate(date: Date): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
}

/** The Date ExcelJS writes back as the given 1900-system serial: what a test or the example workbook hands to ExcelJS. */
export function dateFromExcelSerial(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}
