/** The channel contract suite run against the in-memory fake channel. */
import { describeChannelContract } from "./channel-contract.js";
import { makeFakeHarness } from "./fake-harness.js";

describeChannelContract("fake", () => makeFakeHarness());
