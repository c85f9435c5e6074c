/** Type tests (checked by tsc through the house rules): flow data read through readData has its declared shape. */
import { describe, expectTypeOf, it } from "vitest";
import type { Category } from "../../src/core/domain.js";
import { readData } from "../../src/engine/flow-data.js";
import { aspirasiData } from "../../flows/aspirasi.js";
import { areaData } from "../../flows/area.js";

describe("typed flow data", () => {
  it("gives each field its declared type, without casts", () => {
    const d = readData(aspirasiData, { data: { category: "drainase", description: "Got mampet di depan rumah" } });
    expectTypeOf(d.category).toEqualTypeOf<Category | undefined>();
    expectTypeOf(d.description).toEqualTypeOf<string | undefined>();
    expectTypeOf(d.lat).toEqualTypeOf<number | null | undefined>();
    expectTypeOf(readData(areaData, { data: {} }).rw).toEqualTypeOf<number | undefined>();
    // @ts-expect-error: a field the flow does not declare
    void d.unknownField;
  });
});
