/** The namespaces and relationship types of the parts the CLI reads and writes (ECMA-376, transitional). */

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Relationship ids in part content (`r:id`). */
export const OFFICE_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The relationships parts themselves (`_rels/*.rels`). */
export const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
export const EXTENDED_PROPERTIES_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
export const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

/** A relationship type of the officeDocument family: `relType("worksheet")`. */
export const relType = (name: string): string => `${OFFICE_REL_NS}/${name}`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
