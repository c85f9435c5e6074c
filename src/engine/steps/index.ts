/** The step kinds every engine knows. A flow set may register more (EngineDefinition.stepKinds). */
import { amountKind } from "./amount.js";
import { choiceKind } from "./choice.js";
import { countKind } from "./count.js";
import { dateTimeKind } from "./date-time.js";
import { locationKind } from "./location.js";
import { orderedPickKind } from "./ordered-pick.js";
import { optionalAmountKind, optionalCountKind } from "./optional-number.js";
import { pagedPickKind } from "./paged-pick.js";
import { photoKind } from "./photo.js";
import type { StepKind } from "./step-kind.js";
import { textKind } from "./text.js";

export const BUILT_IN_STEP_KINDS: readonly StepKind[] = [
  choiceKind,
  textKind,
  locationKind,
  photoKind,
  orderedPickKind,
  amountKind,
  countKind,
  dateTimeKind,
  pagedPickKind,
  optionalAmountKind,
  optionalCountKind,
];
