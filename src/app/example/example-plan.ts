/**
 * The example plan sheet: a region's Verksamhetsplan 2021 and its Handlingsplan för klimat och miljö, followed up in
 * April and August. Every value form of SPEC §2 appears, plus a few deliberate problems a controller would meet:
 * an unreadable target, a cell error, a date typed into an Utfall cell, an unknown level.
 */
import { cellError, date, formula, MERGED_ABOVE as M, pct, type ExampleSheet } from "./example-cells";

const _ = null;

export const PLAN_SHEET: ExampleSheet = {
  name: "Plan 2021",
  titleRows: [
    "Verksamhetsplan 2021 – Hälso- och sjukvårdsnämnden",
    "Uppföljning per april (tertial 1) och augusti (delår). Kolumnen Status fylls i av Målstyrning.",
  ],
  header: [
    "Nivå",
    "Perspektiv",
    "Namn",
    "Dnr",
    "Målvärde",
    "Jämförelsevärde",
    "Riktning",
    "Regel",
    "Utfall april",
    "Utfall augusti",
    "Bedömning",
    "Status",
    "Kommentar",
    "Ansvarig",
  ],
  // prettier-ignore
  rows: [
    // Nivå            Perspektiv     Namn                                                          Dnr             Målvärde                         Jämförelsevärde  Riktning            Regel              Utfall april        Utfall augusti        Bedömning  Status  Kommentar                                                   Ansvarig
    ["Verksamhetsplan", _,             "Verksamhetsplan 2021",                                       "RS/1841/2018", _,                               _,               _,                  _,                 _,                  _,                    _,         _,      "Fastställd av regionfullmäktige 2020-11-24.",             "Hälso- och sjukvårdsnämnden"],

    ["Strategiskt mål", "Samhälle",    "Minskad klimatpåverkan från verksamheten",                   _,              _,                               _,               _,                  _,                 _,                  _,                    _,         _,      _,                                                          "Regiondirektören"],
    ["Mätetal",         M,             "Energianvändning i egna lokaler",                            _,              "Högst 203,5 kWh/m2",            _,               _,                  _,                 "198,2 kWh/m2",     "205,1 kWh/m2",       _,         _,      "Kall vår ökade uppvärmningen.",                            "Regionfastigheter"],
    ["Mätetal",         M,             "Andel förnybart drivmedel i fordonsflottan",                 _,              pct(0.9),                        _,               _,                  _,                 pct(0.84),          pct(0.88),            _,         _,      _,                                                          "Regionservice"],
    ["Mätetal",         M,             "Koldioxidutsläpp från tjänsteresor",                         _,              "867 ton",                       _,               "Lägre är bättre",  _,                 402,                "610 ton",            _,         _,      "Utfall april i ton, utan enhet i cellen.",                 "Regionservice"],
    ["Strategiskt mål", "Samhälle",    "God och jämlik hälsa",                                       _,              _,                               _,               _,                  _,                 _,                  _,                    _,         _,      _,                                                          "Folkhälsoenheten"],
    ["Mätetal",         M,             "Andel vaccinerade mot influensa, 65 år och äldre",           _,              "minst 75 %",                    _,               _,                  _,                 "58%",              "61 %",               _,         _,      "Vaccinationen startar först i november.",                  "Smittskydd"],
    ["Mätetal",         M,             "Antal deltagare i hälsosamtal",                              _,              "1 600",                         _,               "Högre är bättre",  _,                 "1\u00a0412",       "1\u202f655",         _,         _,      _,                                                          "Primärvårdsförvaltningen"],
    ["Mätetal",         M,             "Andel rökfria inför operation",                              _,              "> 80 %",                        _,               _,                  _,                 pct(0.78),          pct(0.82),            _,         _,      _,                                                          "Operationscentrum"],

    ["Strategiskt mål", "Patient",     "God tillgänglighet",                                         _,              _,                               _,               _,                  _,                 _,                  _,                    _,         _,      _,                                                          "Hälso- och sjukvårdsdirektören"],
    ["Mätetal",         M,             "Första besök i specialiserad vård inom 30 dagar",            _,              "90 % inom 30 dagar",            _,               _,                  _,                 "86 %",             "88,5 %",             _,         _,      _,                                                          "Specialistvårdsförvaltningen"],
    ["Mätetal",         M,             "Genomsnittlig vårdtid i slutenvården",                       _,              "Max 4,65 dagar",                _,               _,                  _,                 "4,8 dagar",        "4.6 dagar",          _,         _,      _,                                                          "Sjukhusförvaltningen"],
    ["Mätetal",         M,             "Antal patienter som väntat >90 dagar på operation",          _,              "Under 200",                     _,               _,                  _,                 "340",              "312",                _,         _,      "- Ny mätmetod från april.",                                "Operationscentrum"],
    ["Resultatmål",     "Patient",     "Patienten är delaktig i sin vård",                           _,              _,                               _,               _,                  _,                 _,                  _,                    _,         _,      _,                                                          "Hälso- och sjukvårdsdirektören"],
    ["Mätetal",         M,             "Andel patienter som upplever att de varit delaktiga",        _,              "≥ 85 %",                        _,               _,                  _,                 "81",               "83",                 _,         _,      "Utfall från Nationell patientenkät.",                      "Kvalitetsavdelningen"],
    ["Mätetal",         M,             "Patientkontrakt infört i alla förvaltningar",                _,              "Ja",                            _,               _,                  _,                 "Pågår",            "Genomfört",          _,         _,      _,                                                          "Hälso- och sjukvårdsdirektören"],
    ["Mätetal",         M,             "Digitala vårdmöten erbjuds på alla vårdcentraler",           _,              "Genomfört ja/nej",              _,               _,                  _,                 "Påbörjad",         "Påbörjad",           "↑",       _,      "Bedöms uppfyllt: 41 av 43 vårdcentraler erbjuder det.",   "Primärvårdsförvaltningen"],
    ["Mätetal",         M,             "Vårdrelaterade infektioner",                                 _,              "Lägre än 2020",                 "7,2 %",         _,                  _,                 "6,8 %",            "6,1 %",              _,         _,      _,                                                          "Vårdhygien"],

    ["Strategiskt mål", "Medarbetare", "Attraktiv arbetsgivare",                                     _,              _,                               _,               _,                  _,                 _,                  _,                    _,         _,      _,                                                          "HR-direktören"],
    ["Mätetal",         M,             "Sjukfrånvaron ska minska",                                   _,              "5,8 % helår",                   _,               _,                  _,                 "6,4 %",            "6,0 %",              _,         _,      _,                                                          "HR-staben"],
    ["Mätetal",         M,             "Förändring av sjukfrånvaro jämfört med 2020",                _,              "\u22121,0 %",                   _,               "Lägre är bättre",  _,                 "-0,7 %",           "Minus 2,5%",         _,         _,      _,                                                          "HR-staben"],
    ["Mätetal",         M,             "Hållbart medarbetarengagemang (HME), index",                 _,              "minst 78",                      _,               _,                  _,                 _,                  "76",                 _,         _,      "Mäts vartannat år; nästa mätning hösten 2021.",            "HR-staben"],
    ["Mätetal",         M,             "Chefsutbildning genomförd för nya chefer",                   _,              true,                            _,               _,                  _,                 "Pågår",            "x",                  _,         _,      _,                                                          "HR-staben"],
    ["Mätetal",         M,             "Personalomsättning",                                         _,              "Under 10 %",                    _,               _,                  _,                 "9,1 %",            cellError("#N/A"),    _,         _,      "Länken till personalsystemet är bruten.",                  "HR-staben"],
    ["Aktivt mål",      "Medarbetare", "Minskat beroende av inhyrd personal",                        _,              "Högst 37,8 mkr",                _,               _,                  _,                 "14,1 mkr",         "41,2 mkr",           _,         _,      "Inhyrda sjuksköterskor under sommaren.",                   "HR-direktören"],

    ["Strategiskt mål", "Verksamhetsresultat", "Ekonomi i balans",                                   _,              _,                               _,               _,                  _,                 _,                  _,                    _,         _,      _,                                                          "Ekonomidirektören"],
    ["Mätetal",         M,             "Nettokostnadsutveckling",                                    _,              "Högst 3,5 %",                   _,               _,                  _,                 pct(0.041, "0.0 %"), formula("(2814-2731)/2731", 83 / 2731, "0.0 %"), _, _, "Beräknas ur bokslutsprognosen.",                 "Ekonomistaben"],
    ["Mätetal",         M,             "Ekonomiskt resultat",                                        _,              "37,8 mkr",                      _,               "Högre är bättre",  _,                 "12,5 mkr",         "30 000 tkr",         _,         _,      "Augusti angivet i tkr.",                                   "Ekonomistaben"],
    ["Mätetal",         M,             "Andel återinskrivningar inom 30 dagar",                      _,              "Högst 12 %",                    _,               _,                  "Absolut 2 p.e.",  "12,9 %",           "13,5 %",             _,         _,      _,                                                          "Sjukhusförvaltningen"],
    ["Mätetal",         M,             "Avtalstrohet vid inköp",                                     _,              pct(0.9),                        _,               _,                  _,                 pct(0.91),          pct(0.92),            _,         _,      _,                                                          "Upphandlingsenheten"],
    ["Strategiskt mål", "Verksamhetsresultat", "Säker vård",                                         _,              _,                               _,               _,                  _,                 _,                  _,                    _,         _,      _,                                                          "Chefläkaren"],
    ["Mätetal",         M,             "Följsamhet till basala hygienrutiner",                       _,              "100 %",                         _,               _,                  _,                 "93%",              date("2021-08-31"),   _,         _,      "Augusti: mätdatum inskrivet i stället för utfall.",        "Vårdhygien"],
    ["Mätetal",         M,             "Andel digitala besök i primärvården",                        _,              "Ska öka jämfört med 2020",      "18 %",          _,                  _,                 "22 %",             "24 %",               _,         _,      _,                                                          "Primärvårdsförvaltningen"],
    ["Mätetal",         M,             "Samverkan med kommunerna om utskrivning",                    _,              "Enligt plan",                   _,               _,                  _,                 "Följer plan",      "Följer plan",        _,         _,      "Målvärdet behöver formuleras om.",                         "Hälso- och sjukvårdsdirektören"],
    ["Aktivitet",       M,             "Informationsinsats om 1177 Vårdguiden",                      _,              _,                               _,               _,                  _,                 _,                  "Klar",               _,         _,      "Nivån Aktivitet finns inte i modellen.",                   "Kommunikationsavdelningen"],

    ["Handlingsplan",   "Samhälle",    "Handlingsplan för klimat och miljö",                         "RS/2346/2019", _,                               _,               _,                  _,                 _,                  _,                    "Gul",     _,      "Plan 2019–2022.",                                          "Miljöenheten"],
    ["Mål",             _,             "Fossilfria transporter 2030",                                _,              _,                               _,               _,                  _,                 _,                  _,                    _,         _,      _,                                                          "Miljöenheten"],
    ["Mätetal",         _,             "Andel fossilfritt drivmedel i egna fordon",                  _,              "minst 80 %",                    _,               _,                  _,                 "69 %",             "71,5 %",             _,         _,      _,                                                          "Regionservice"],
    ["Mätetal",         _,             "Utsläpp från transporter, ton koldioxidekvivalenter",        _,              "Högst 867 ton",                 _,               _,                  _,                 "455 ton",          "910 ton",            _,         _,      _,                                                          "Regionservice"],
    ["Mätetal",         _,             "Laddinfrastruktur vid alla sjukhus",                         _,              "Ja",                            _,               _,                  _,                 "Nej",              "Nej",                _,         _,      "Upphandlingen överprövad.",                                "Regionfastigheter"],
    ["Mål",             _,             "Minskad energianvändning",                                   _,              _,                               _,               _,                  _,                 _,                  _,                    _,         _,      _,                                                          "Miljöenheten"],
    ["Mätetal",         _,             "Energianvändning per kvadratmeter",                          _,              "Minska med 10 % jämfört med 2019", "226 kWh/m2", _,                  _,                 "214 kWh/m2",       "199,1 kWh/m2",       _,         _,      _,                                                          "Regionfastigheter"],
    ["Mätetal",         _,             "Installerad effekt i solcellsanläggningar",                  _,              "1 200 kW",                      _,               "Högre är bättre",  _,                 "640 kW",           "850 kW",             _,         _,      _,                                                          "Regionfastigheter"],
    ["Mätetal",         _,             "Matsvinn i sjukhusköken",                                    _,              "Högst 30 g per portion",        _,               _,                  _,                 "34 g per portion", _,                    _,         _,      "Mäts i april och oktober.",                                "Regionservice"],
  ],
  columnWidths: {
    Nivå: 16,
    Perspektiv: 14,
    Namn: 52,
    Dnr: 14,
    Målvärde: 24,
    Jämförelsevärde: 15,
    Riktning: 16,
    Regel: 15,
    "Utfall april": 14,
    "Utfall augusti": 15,
    Bedömning: 12,
    Status: 9,
    Kommentar: 48,
    Ansvarig: 30,
  },
};
