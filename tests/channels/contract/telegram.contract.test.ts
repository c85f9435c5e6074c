/** The channel contract suite run against the Telegram adapter (real grammY) and the fake Bot API server. */
import { describeChannelContract } from "./channel-contract.js";
import { makeTelegramHarness } from "../../support/telegram-harness.js";

describeChannelContract("telegram", () => makeTelegramHarness());
