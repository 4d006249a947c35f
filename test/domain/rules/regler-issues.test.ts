import { reglerIssueOf } from "../../../src/domain/rules/regler-issues";

describe("the Regler issue a zod issue carries", () => {
  it("is the custom issue's params", () => {
    const params = { issue: "tolerance-not-number", text: "tio" };
    expect(reglerIssueOf({ code: "custom", params })).toEqual(params);
  });

  it("is an unreadable entry for an issue zod raised itself (no Regler issue in it)", () => {
    expect(reglerIssueOf({ code: "invalid_type" })).toEqual({ issue: "unreadable-entry" });
    expect(reglerIssueOf({ code: "custom" })).toEqual({ issue: "unreadable-entry" });
  });
});
