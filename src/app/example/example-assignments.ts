/**
 * A second, smaller plan sheet as a committee secretary might keep it: no title, no Perspektiv and no Status column
 * (Målstyrning adds one), goals without a plan row (they form a plan named after the sheet) and an indicator typed
 * above the first goal.
 */
import type { ExampleSheet } from "./example-cells";

const _ = null;

export const ASSIGNMENTS_SHEET: ExampleSheet = {
  name: "Nämndens uppdrag",
  titleRows: [],
  header: ["Nivå", "Namn", "Målvärde", "Utfall april", "Utfall augusti", "Kommentar"],
  // prettier-ignore
  rows: [
    // Nivå     Namn                                                   Målvärde       Utfall april  Utfall augusti  Kommentar
    ["Mätetal", "Antal dialogmöten med patientföreningar",             "4",           "1",          "3",            "Raden hamnade ovanför första uppdraget."],
    ["Mål",     "Utveckla den nära vården tillsammans med kommunerna", _,             _,            _,              _],
    ["Mätetal", "Andel listade med fast vårdkontakt",                  "minst 50 %",  "31 %",       "38 %",         _],
    ["Mätetal", "Överenskommelse om hemsjukvård undertecknad",         "Klar",        "Pågår",      "Klar",         _],
    ["Mål",     "Stärkt psykisk hälsa hos barn och unga",              _,             _,            _,              _],
    ["Mätetal", "Väntetid till första besök i barn- och ungdomspsykiatrin, dagar", "Högst 30 dagar", "41 dagar", "35 dagar", _],
    ["Mätetal", "Första linjens vård öppen på alla vårdcentraler",     "Ja",          "Nej",        "Pågår",        _],
  ],
  columnWidths: { Nivå: 12, Namn: 60, Målvärde: 16, "Utfall april": 14, "Utfall augusti": 15, Kommentar: 44 },
};
