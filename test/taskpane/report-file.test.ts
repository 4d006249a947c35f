import { handoverFor, reportFileName } from "../../taskpane/report-file";

describe("the task pane's report file", () => {
  it.each([
    ["Plan 2021.xlsx", "Plan 2021-rapport.docx"],
    ["Uppföljning.XLSM", "Uppföljning-rapport.docx"],
    ['Plan: "ny"?.xlsx', "Plan- -ny---rapport.docx"],
    [null, "Målstyrning-rapport.docx"],
    ["", "Målstyrning-rapport.docx"],
  ])("%j → %s", (name, file) => expect(reportFileName(name)).toBe(file));

  it("is offered as a download except where the webview ignores downloads (Mac, iPad)", () => {
    expect(handoverFor("OFFICE_ONLINE")).toBe("download");
    expect(handoverFor("PC")).toBe("download");
    expect(handoverFor(null)).toBe("download");
    expect(handoverFor("MAC")).toBe("unsupported");
    expect(handoverFor("IOS")).toBe("unsupported");
  });
});
