/** The Swedish help text: printed for --help, and on stderr after a usage error. */

export const HELP_TEXT = `Målstyrning – beräknar status (↑ → ↓ –) för mål och mätetal i planarbetsböcker.

Användning:
  malstyrning validate <fil.xlsx> [--json] [--period <namn>]
  malstyrning recalc   <fil.xlsx> [-o <ut.xlsx>] [--period <namn>] [--json] [--no-summaries]
                       [--allow-lossy]
  malstyrning rapport  <fil.xlsx> [-o <ut.docx>] [--period <namn>] [--json]
  malstyrning example  [-o <fil.xlsx>]

Kommandon:
  validate   Läser och bedömer arbetsboken och visar rapporten. Skriver ingenting.
  recalc     Som validate, och skriver dessutom Status-kolumnen och sammanställningarna
             (Översikt, ett blad per perspektiv och per plan) till en ny fil
             (standard: <fil>-status.xlsx bredvid indatafilen; indatafilen skrivs
             bara över om -o anger just den).
  rapport    Skriver redovisningen av måluppfyllelse som Word-dokument (standard:
             <fil>-rapport.docx bredvid indatafilen): teckenförklaring, sammanfattning,
             ett avsnitt per perspektiv med diagram och tabeller, planerna och en
             bilaga över rader utan bedömning. Arbetsboken ändras inte.
             Med --json skrivs dokumentets disposition (rubriker, tabeller) som JSON.
  example    Skriver exempelarbetsboken (standard: exempel.xlsx).

Flaggor:
  -o, --output <fil>   Filen som ska skrivas.
  --period <namn>      Utfallsperiod, t.ex. "augusti" eller "Utfall 2021-08-31".
                       Standard: kolumnen Utfall längst till höger som har värden.
  --json               Skriv exakt ett JSON-dokument på stdout (rapporten, eller felet
                       vid slutkod 2). Övriga meddelanden går till stderr.
  --no-summaries       Skriv bara Status-kolumnen, inga sammanställningsblad.
  --allow-lossy        Skriv även om arbetsboken har delar som går förlorade
                       (diagram, pivottabeller, makron …).
  -h, --help           Visa den här hjälpen.
  --version            Visa versionen.

Slutkoder:
  0  inga fel (varningar kan finnas)
  1  arbetsboken har fel; statusar skrevs för de rader som kunde bedömas
  2  fel i kommandot, filen eller formatet; ingenting skrevs
`;
