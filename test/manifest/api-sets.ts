/**
 * Which ExcelApi version each Excel method needs, read from @types/office-js's "[Api set: ExcelApi 1.x]" remarks,
 * so the manifest's requirement can be checked against the methods the Office-side code really calls.
 */
import * as fs from "node:fs";

export type Version = readonly [number, number];

export function parseVersion(text: string): Version {
  const [major, minor] = text.split(".").map(Number);
  return [major ?? 0, minor ?? 0];
}

const BASE: Version = [1, 1];

export function compareVersions(a: Version, b: Version): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

/**
 * Method name -> the lowest ExcelApi version in which any Excel interface has a method of that name.
 * The lowest, because a name such as `add` exists on many objects: the check must never claim more than is true.
 */
export function excelMethodVersions(dtsPath: string): Map<string, Version> {
  const lines = fs.readFileSync(dtsPath, "utf8").split("\n");
  const versions = new Map<string, Version>();
  let inExcel = false;
  let pending: Version | null = null;
  for (const line of lines) {
    if (/^declare namespace Excel \{/.test(line)) inExcel = true;
    else if (/^declare namespace /.test(line)) inExcel = false;
    if (!inExcel) continue;
    if (/^\s+\/\*\*/.test(line)) pending = null;
    const apiSet = /\[Api set: ExcelApi (\d+\.\d+)/.exec(line);
    if (apiSet?.[1]) pending = parseVersion(apiSet[1]);
    const method = /^\s+(\w+)(<[^>]*>)?\(/.exec(line);
    if (method?.[1]) {
      // A declaration without a remark (load, toJSON, track…) belongs to the first API version.
      const needs = pending ?? BASE;
      const known = versions.get(method[1]);
      if (!known || compareVersions(needs, known) < 0) versions.set(method[1], needs);
      pending = null;
    } else if (/^\s+(readonly\s+)?\w+\??:/.test(line)) {
      pending = null;
    }
  }
  return versions;
}

/** Method names called in a source file: `.name(`. */
export function calledMethods(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/\.(\w+)\s*\(/g)) if (m[1]) names.add(m[1]);
  return names;
}
