/**
 * Table names are unique in a workbook, case-insensitively, and may not equal a defined name (Excel repairs the file,
 * openpyxl refuses it, LibreOffice renames one). A generated table whose planned name (`Malstyrning_3`) is taken — by
 * a table on a sheet the user kept from an earlier run and renamed, or by a name of theirs — gets the first free
 * `Malstyrning_3_2`, `_3_3`…: the taken names are the same on every run over the same input, so the choice is too.
 */

export class TableNames {
  private readonly taken: Set<string>;

  constructor(existing: Iterable<string>) {
    this.taken = new Set([...existing].map(key));
  }

  /** `wanted` when free, else the first free numbered variant; either way it is taken from now on. */
  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(key(name)); n++) name = `${wanted}_${n}`;
    this.taken.add(key(name));
    return name;
  }
}

const key = (name: string): string => name.normalize("NFC").toLowerCase();
